package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.ModifySslCommand;
import dev.sslform.mockcloud.core.NewInstance;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.SslOperation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two mockcloud servers on one PostgreSQL database, each with its own manual clock, advance
 * through the maintenance window at the same time: every waiting operation is picked up and
 * completed exactly once (one certificate per instance, two transitions per operation in total
 * across both servers) and every flow ends at 0.
 */
class MultiProcessExactlyOnceIT {
    static final int INSTANCES = 300;
    static final Instant START = OffsetDateTime.parse("2026-12-01T17:05:00+08:00").toInstant();
    static final Caller CALLER = new Caller(Account.DEFAULT_APP_ID, "ap-guangzhou");

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void two_servers_advancing_through_the_window_run_every_operation_exactly_once() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        MockCloudConfig config = MockCloudConfig.forTests("unused", START).withDb(url).withDbCredentials("postgres", "postgres");
        try (MockCloud a = MockCloud.start(config); MockCloud b = MockCloud.start(config)) {
            // Two windows, so both servers meet two waves of pick-ups (17:10 and 17:30) and their completions.
            MaintenanceWindow at17 = new MaintenanceWindow(List.of(1, 2, 3, 4, 5, 6, 7), LocalTime.of(17, 0), 1);
            MaintenanceWindow at1725 = new MaintenanceWindow(List.of(1, 2, 3, 4, 5, 6, 7), LocalTime.of(17, 25), 1);
            List<String> ids = new ArrayList<>();
            Map<String, Long> flows = new TreeMap<>();
            for (int i = 0; i < INSTANCES; i++) {
                MockCloud via = i % 2 == 0 ? a : b;
                String id = via.instances().create(new NewInstance(null, null, "ap-guangzhou", null, null, null, null, 0,
                        i % 3 == 0 ? at1725 : at17, Account.DEFAULT_APP_ID, "api")).get(0);
                long flow = via.lifecycle().modify(CALLER, new ModifySslCommand(id, OperationType.ENABLE, 1, false, null, null));
                ids.add(id);
                flows.put(id, flow);
            }
            assertEquals(2, a.lifecycle().flowStatus(CALLER, flows.get(ids.get(0))));

            Instant end = OffsetDateTime.parse("2026-12-01T18:00:00+08:00").toInstant();
            // Both servers step to the same instant together, so they meet on the same due rows.
            CyclicBarrier step = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (MockCloud server : List.of(a, b)) {
                    runs.add(threads.submit(() -> {
                        int ran = 0;
                        for (Instant t = START; !t.isAfter(end); t = t.plusSeconds(5)) {
                            step.await(1, TimeUnit.MINUTES);
                            ran += server.lifecycle().advanceTo(t);
                        }
                        return ran;
                    }));
                }
                int ranByA = runs.get(0).get(5, TimeUnit.MINUTES);
                int ranByB = runs.get(1).get(5, TimeUnit.MINUTES);
                System.out.printf("transitions run: server A %d, server B %d%n", ranByA, ranByB);
                assertEquals(2 * INSTANCES, ranByA + ranByB, "a pick-up and a completion per operation, each run once");
                // Not asserted: that each server ran some of it. Both reach every step together, and
                // whichever reaches the store first claims the whole wave of due rows (the other
                // finds them taken and runs none); on a quiet machine the barrier's last arrival is
                // that one every time (A 0, B 600 seen), so a share depends on scheduling, not on
                // the store. What the store guarantees is asserted: the total above, and below one
                // certificate and one finished flow per instance, whoever ran them.
            } finally {
                threads.shutdownNow();
            }

            for (String id : ids) {
                assertEquals(1, a.store().transaction(tx -> tx.certificates(id)).size(), () -> "certificates of " + id);
                assertEquals(0, b.lifecycle().flowStatus(CALLER, flows.get(id)), () -> "flow of " + id);
                assertEquals("enable", a.instances().adminView(id).orElseThrow().encryption().wire());
            }
            List<SslOperation> ops = a.store().transaction(tx -> tx.allOperations());
            assertEquals(INSTANCES, ops.size());
            for (SslOperation op : ops) {
                assertEquals(OperationPhase.SUCCEEDED, op.phase(), op::toString);
                Instant pickUp = OffsetDateTime.parse(isLate(op, ids) ? "2026-12-01T17:30:00+08:00"
                        : "2026-12-01T17:10:00+08:00").toInstant();
                assertEquals(pickUp, op.startedAt(), () -> "picked up at its check: " + op);
                assertEquals(pickUp.plus(Duration.ofSeconds(20)), op.finishedAt(), () -> "finished on time: " + op);
            }
        }
    }

    private static boolean isLate(SslOperation op, List<String> ids) {
        return ids.indexOf(op.instanceId()) % 3 == 0;
    }
}
