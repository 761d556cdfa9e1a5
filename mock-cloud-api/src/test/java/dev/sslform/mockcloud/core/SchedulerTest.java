package dev.sslform.mockcloud.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:05:00Z");
    static final Duration PERIOD = Duration.ofMillis(200);

    @Test
    void the_loop_sleeps_until_the_next_due_time_but_never_past_its_period() {
        assertEquals(Duration.ofMillis(37), Scheduler.sleepFor(NOW, Optional.of(NOW.plusMillis(37)), PERIOD));
        assertEquals(PERIOD, Scheduler.sleepFor(NOW, Optional.of(NOW.plusSeconds(600)), PERIOD), "a window check far off");
        assertEquals(PERIOD, Scheduler.sleepFor(NOW, Optional.empty(), PERIOD), "nothing due: look again after the period");
        assertEquals(Duration.ZERO, Scheduler.sleepFor(NOW, Optional.of(NOW.minusMillis(5)), PERIOD), "overdue: at once");
    }

    @Test
    void an_accepted_operation_wakes_the_scheduler_and_a_refused_one_does_not() {
        try (MockCloud cloud = MockCloud.start(MockCloudConfig.forTests("scheduler", NOW))) {
            cloud.instances().create(new NewInstance("mssql-sched001", null, "ap-guangzhou", null, null, null, null, 0, null,
                    Account.DEFAULT_APP_ID, "api"));
            AtomicInteger wakes = new AtomicInteger();
            cloud.lifecycle().onScheduled(wakes::incrementAndGet);
            Caller caller = new Caller(Account.DEFAULT_APP_ID, "ap-guangzhou");
            long flow = cloud.lifecycle().modify(caller, new ModifySslCommand("mssql-sched001", OperationType.ENABLE, 0, false, null, null));
            assertEquals(1, wakes.get());
            assertEquals(Optional.of(NOW.plus(cloud.config().lifecycle().taskDuration())), cloud.lifecycle().nextDueAt(),
                    "the next due time is the task's end");
            assertThrows(ApiException.class, () ->
                    cloud.lifecycle().modify(caller, new ModifySslCommand("mssql-sched001", OperationType.ENABLE, 0, false, null, null)));
            assertEquals(1, wakes.get());
            assertEquals(2, cloud.lifecycle().flowStatus(caller, flow));
        }
    }
}
