package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import dev.sslform.plugin.testkit.ScriptedSqlServerApi;
import dev.sslform.plugin.testkit.SteppedSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FlowWaiterTest {

    private static final Duration WATCH = Duration.ofMillis(100);

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final List<FlowWaiter.Progress> progress = new ArrayList<>();

    private FlowWaiter waiter(SqlServerApi api) {
        return new FlowWaiter(api, clock, sleeper, WATCH);
    }

    private static DescribeDBInstances.Response instance(String id, long status) {
        return new DescribeDBInstances.Response(1L, List.of(new DBInstance(id, "n", status, "ap-guangzhou", "ap-guangzhou-3",
                "10.0.0.1", 1433L, "HA", "")), "req-watch");
    }

    private static DescribeDBInstances.Response none() {
        return new DescribeDBInstances.Response(0L, List.of(), "req-watch");
    }

    /** The DescribeFlowStatus answers only, one per poll (progress also carries heartbeats). */
    private List<FlowWaiter.Progress> polls() {
        List<FlowWaiter.Progress> out = new ArrayList<>();
        for (FlowWaiter.Progress p : progress) {
            if (out.isEmpty() || out.get(out.size() - 1).poll() != p.poll()) {
                out.add(p);
            }
        }
        out.removeIf(p -> p.poll() == 0);
        return out;
    }

    @Test
    void a_flow_is_confirmed_once_when_its_instance_goes_from_task_running_back_to_running() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 2))
                .flowStatuses(0);
        waiter(api).await("mssql-a", 100001, Duration.ofMinutes(10), progress::add);
        assertEquals(1, api.calls().stream().filter(DescribeFlowStatus.ACTION::equals).count(), api.calls().toString());
        assertEquals(4, api.calls().stream().filter(DescribeDBInstances.ACTION::equals).count());
        FlowWaiter.Progress done = polls().get(0);
        assertEquals("success", done.statusName());
        // looks at 0, 100, 200 and 300 ms: the flow is known done at the fourth, not at a 2 s poll
        assertEquals(Duration.ofMillis(300), done.elapsed());
    }

    @Test
    void an_instance_that_never_shows_the_task_is_asked_once_at_the_first_look_then_on_the_slow_schedule() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 2))
                .flowStatuses(2, 2, 2, 2, 2, 2, 0);
        waiter(api).await("mssql-a", 100001, Duration.ofMinutes(10), progress::add);
        List<Long> at = polls().stream().map(p -> p.elapsed().toMillis()).toList();
        // first look (0 s), then 2 s after start, and 4, 8, 10, 10 s apart: the direct schedule
        assertEquals(List.of(0L, 2000L, 6000L, 14000L, 24000L, 34000L, 44000L), at);
        assertEquals("success", polls().get(6).statusName());
        assertEquals(7, polls().get(6).poll());
    }

    @Test
    void a_failed_flow_is_an_error_at_once_naming_instance_and_flow() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-j8kv137v", 7))
                .then(DescribeDBInstances.ACTION, instance("mssql-j8kv137v", 2))
                .flowStatuses(1);
        FlowException e = assertThrows(FlowException.class, () ->
                waiter(api).await("mssql-j8kv137v", 100001, Duration.ofMinutes(5), progress::add));
        assertEquals(FlowException.Kind.FAILED, e.kind());
        assertEquals(1L, e.lastStatus());
        assertTrue(e.getMessage().contains("mssql-j8kv137v") && e.getMessage().contains("100001")
                && e.getMessage().contains("failed"), e.getMessage());
        assertEquals(Duration.ofMillis(100), sleeper.total(), "did not wait out the timeout");
    }

    @Test
    void a_flow_whose_instance_shows_the_task_is_asked_directly_only_every_30_s() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .flowStatuses(2);
        FlowException e = assertThrows(FlowException.class, () ->
                waiter(api).await("mssql-a", 7, Duration.ofSeconds(75), progress::add));
        assertEquals(FlowException.Kind.TIMEOUT, e.kind());
        assertEquals(List.of(30000L, 60000L, 75000L), polls().stream().map(p -> p.elapsed().toMillis()).toList());
    }

    @Test
    void a_timeout_asks_once_more_at_the_deadline_names_the_last_status_and_never_sleeps_past_it() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 2))
                .flowStatuses(2);
        FlowException e = assertThrows(FlowException.class, () ->
                waiter(api).await("mssql-a", 7, Duration.ofSeconds(20), progress::add));
        assertEquals(FlowException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("last status: running (2)") && e.getMessage().contains("flow 7")
                && e.getMessage().contains("mssql-a") && e.getMessage().contains("20s"), e.getMessage());
        assertEquals(Duration.ofSeconds(20), sleeper.total());
        assertEquals(List.of(0L, 2000L, 6000L, 14000L, 20000L), polls().stream().map(p -> p.elapsed().toMillis()).toList());
    }

    @Test
    void an_unknown_status_keeps_polling_and_is_reported_as_unknown_on_timeout() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .flowStatuses(5);
        FlowException e = assertThrows(FlowException.class, () ->
                waiter(api).await("mssql-a", 7, Duration.ofSeconds(1), progress::add));
        assertTrue(e.getMessage().contains("unknown (5)"), e.getMessage());
    }

    @Test
    void a_direct_poll_error_that_is_not_absorbed_propagates_as_api_error() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 2))
                .thenFail(DescribeFlowStatus.ACTION, "InternalError.SystemError");
        ApiError e = assertThrows(ApiError.class, () -> waiter(api).await("mssql-a", 7, Duration.ofSeconds(1), progress::add));
        assertEquals("InternalError.SystemError", e.code());
    }

    @Test
    void a_failing_watch_is_skipped_and_the_direct_polls_still_find_the_end() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .thenFail(DescribeDBInstances.ACTION, "InternalError.SystemError")
                .flowStatuses(2, 0);
        waiter(api).await("mssql-a", 7, Duration.ofMinutes(1), progress::add);
        assertEquals(List.of(2000L, 6000L), polls().stream().map(p -> p.elapsed().toMillis()).toList());
        assertTrue(api.calls().stream().filter(DescribeDBInstances.ACTION::equals).count() > 10, "the watch kept looking");
    }

    @Test
    void an_instance_the_api_stops_returning_has_its_flow_asked_once_not_on_every_look() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .then(DescribeDBInstances.ACTION, none())
                .flowStatuses(2, 0);
        waiter(api).await("mssql-a", 7, Duration.ofMinutes(1), progress::add);
        assertEquals(List.of(100L, 2000L), polls().stream().map(p -> p.elapsed().toMillis()).toList());
    }

    @Test
    void an_interrupt_stops_waiting_and_says_the_flow_goes_on() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi().then(DescribeDBInstances.ACTION, instance("mssql-a", 7));
        Instant stopAt = clock.instant().plusMillis(450);
        FlowException e = assertThrows(FlowException.class, () ->
                waiter(api).await("mssql-a", 7, Duration.ofMinutes(1), progress::add, () -> !clock.instant().isBefore(stopAt)));
        assertEquals(FlowException.Kind.INTERRUPTED, e.kind());
        assertTrue(e.getMessage().contains("goes on remotely"), e.getMessage());
        assertTrue(sleeper.total().compareTo(Duration.ofMillis(500)) <= 0, sleeper.total().toString());
    }

    @Test
    void progress_is_heard_about_every_second_between_polls() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi()
                .then(DescribeDBInstances.ACTION, instance("mssql-a", 7))
                .flowStatuses(0);
        waiter(api).await("mssql-a", 7, Duration.ofMinutes(1), progress::add);
        // a heartbeat each second, then the success at the first direct poll (30 s: the instance showed the task)
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 30).map(i -> i * 1000).boxed().toList(),
                progress.stream().map(p -> p.elapsed().toMillis()).toList());
        assertEquals("running", progress.get(0).statusName());
        assertEquals("success", progress.get(29).statusName());
    }

    @Test
    void the_watch_interval_spends_a_quarter_of_the_rate_limit_within_20_ms_and_1_s() {
        assertEquals(Duration.ofMillis(200), FlowWaiter.watchInterval(20));
        assertEquals(Duration.ofMillis(400), FlowWaiter.watchInterval(10));
        assertEquals(Duration.ofSeconds(1), FlowWaiter.watchInterval(2));
        assertEquals(Duration.ofMillis(20), FlowWaiter.watchInterval(100000));
        assertThrows(IllegalArgumentException.class, () -> FlowWaiter.watchInterval(0));
    }

    /**
     * 250 flows waited for at once by 250 threads on one virtual clock: the watch describes them
     * together, at most 100 ids a call, and each flow is asked about once, when its instance is
     * seen back at running.
     */
    @Test
    void concurrent_waiters_share_one_batched_watch() throws Exception {
        SteppedSleeper stepped = new SteppedSleeper(clock);
        FakeCloud cloud = new FakeCloud(clock, Duration.ofMillis(700));
        FlowWaiter waiter = new FlowWaiter(cloud, clock, stepped, WATCH);
        int n = 250;
        Instant start = clock.instant();
        Map<String, Instant> finished = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            stepped.join(n);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "mssql-" + i;
                long flow = cloud.start(id);
                done.add(pool.submit(() -> {
                    try {
                        waiter.await(id, flow, Duration.ofMinutes(5), p -> { });
                        finished.put(id, clock.instant());
                    } finally {
                        stepped.leave();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, cloud.succeededSeen.size());
        assertEquals(n, cloud.flowCalls.get(), "each flow asked exactly once, when the watch saw it back at running");
        assertEquals(100, cloud.largestBatch.get());
        // looks at 0, 100, ..., 700 ms; from 100 ms on each is three calls (100 + 100 + 50 ids; the
        // first look may come before every thread has registered); the 700 ms look sees every flow done
        List<Long> looks = cloud.describedAt.stream().map(t -> Duration.between(start, t).toMillis()).distinct().sorted().toList();
        assertEquals(List.of(0L, 100L, 200L, 300L, 400L, 500L, 600L, 700L), looks);
        assertEquals(7 * 3, cloud.describedAt.stream().filter(t -> t.isAfter(start)).count());
        // ... and each waiter learns it at its next wake-up, at most a quarter interval later
        for (Instant t : finished.values()) {
            assertTrue(!t.isBefore(start.plusMillis(700)) && !t.isAfter(start.plusMillis(725)), t.toString());
        }
    }

    /** Flows that finish a fixed time after they start; Status 7 until then, 2 after. */
    private static final class FakeCloud implements SqlServerApi {
        private final FakeClock clock;
        private final Duration task;
        private final Map<String, Instant> doneAt = new ConcurrentHashMap<>();
        private final Map<Long, String> flows = new ConcurrentHashMap<>();
        final AtomicInteger largestBatch = new AtomicInteger();
        final AtomicInteger flowCalls = new AtomicInteger();
        final List<Instant> describedAt = Collections.synchronizedList(new ArrayList<>());
        final java.util.Set<Long> succeededSeen = Collections.newSetFromMap(new ConcurrentHashMap<>());

        FakeCloud(FakeClock clock, Duration task) {
            this.clock = clock;
            this.task = task;
        }

        long start(String id) {
            long flow = flows.size() + 1L;
            flows.put(flow, id);
            doneAt.put(id, clock.instant().plus(task));
            return flow;
        }

        private boolean done(String id) {
            return !clock.instant().isBefore(doneAt.get(id));
        }

        @Override
        public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request r) {
            describedAt.add(clock.instant());
            largestBatch.accumulateAndGet(r.instanceIdSet().size(), Math::max);
            List<DBInstance> out = new ArrayList<>();
            for (String id : r.instanceIdSet()) {
                out.add(new DBInstance(id, id, done(id) ? 2L : 7L, "ap-guangzhou", "z", "v", 1433L, "HA", ""));
            }
            return new DescribeDBInstances.Response((long) out.size(), out, "req");
        }

        @Override
        public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request r) {
            flowCalls.incrementAndGet();
            boolean d = done(flows.get(r.flowId()));
            if (d) {
                succeededSeen.add(r.flowId());
            }
            return new DescribeFlowStatus.Response(d ? 0L : 2L, "req");
        }

        @Override
        public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request r) {
            throw new AssertionError("not used");
        }

        @Override
        public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request r) {
            throw new AssertionError("not used");
        }

        @Override
        public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request r) {
            throw new AssertionError("not used");
        }

        @Override
        public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request r) {
            throw new AssertionError("not used");
        }
    }
}
