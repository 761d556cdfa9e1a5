package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.testkit.ChildMockCloud;
import dev.sslform.mockcloud.testkit.Lab;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ModifyMaintenanceSpan} racing the maintenance check that starts the waiting operation:
 * the span change must not write its stale WAITING copy over the operation the check has just
 * set RUNNING (which would run the operation a second time at the new window).
 */
class SpanChangeRaceTest {
    @Test
    void a_span_change_racing_the_check_that_starts_the_operation_leaves_it_running() throws Exception {
        try (Lab lab = Lab.start("span-race", "2026-12-01T17:05:00+08:00")) {
            String id = lab.create(0, List.of(1, 2, 3, 4, 5, 6, 7), "17:00", 1).id();
            long flow = lab.accepted(id, "enable", 1);
            Instant check = OffsetDateTime.parse("2026-12-01T17:10:00+08:00").toInstant();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread checker = new Thread(() -> lab.server.store().transaction(tx -> {
                // What SslLifecycle does at the 17:10 check, held open until the span change is blocked.
                SslOperation op = tx.claimDue(check, 10).get(0);
                tx.updateOperation(op.running(check, check.plusSeconds(15), check.plusSeconds(20)));
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }), "checker");
            checker.start();
            assertTrue(started.await(30, TimeUnit.SECONDS));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread spanner = new Thread(() -> {
                try {
                    lab.server.instances().modifyMaintenanceSpan(new Caller(Account.DEFAULT_APP_ID, "ap-guangzhou"), id,
                            null, "19:00", null);
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "spanner");
            spanner.start();
            // The span change must wait for the check's row lock (or be done, if it never touched the row).
            ChildMockCloud.pollUntil(Duration.ofSeconds(10), () -> spanner.getState() == Thread.State.WAITING
                    || spanner.getState() == Thread.State.TIMED_WAITING || !spanner.isAlive(), spanner::toString);
            release.countDown();
            checker.join(30_000);
            spanner.join(30_000);
            assertNull(failure.get(), () -> "span change failed: " + failure.get());
            SslOperation op = lab.server.store().transaction(tx -> tx.operation(flow)).orElseThrow();
            assertEquals(OperationPhase.RUNNING, op.phase(), op::toString);
            assertEquals(check.plusSeconds(20), op.dueAt(), op::toString);
            assertEquals("19:00", lab.server.instances().maintenanceSpan(
                    new Caller(Account.DEFAULT_APP_ID, "ap-guangzhou"), id).startTimeText(), "the span change itself is kept");
        }
    }
}
