package dev.sslform.mockcloud.bench;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.ModifySslCommand;
import dev.sslform.mockcloud.core.OperationType;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (not a test) of the SSL life cycle at fleet scale, on in-memory H2 with a manual
 * clock, through the domain API (no HTTP):
 * <ol>
 *   <li>enable 1,000 instances at once with WaitSwitch 0, then advance the clock until all finish;</li>
 *   <li>the same with WaitSwitch 1 through one maintenance window;</li>
 *   <li>one maintenance check with a fleet of N instances of which 1,000 are due, for several N:
 *       its cost must follow the due work, not the fleet.</li>
 * </ol>
 * Prints wall and process CPU time for each.
 *
 * <p>Run (see docs/performance.md for the classpath):
 * {@code java -cp $CP dev.sslform.mockcloud.bench.LifecycleBench [fleet sizes, default 10000 100000]}.
 */
public final class LifecycleBench {
    private static final Instant START = Instant.parse("2026-12-01T09:05:00Z"); // 17:05 in Asia/Shanghai
    private static final MaintenanceWindow DAILY_17 = new MaintenanceWindow(List.of(1, 2, 3, 4, 5, 6, 7), LocalTime.of(17, 0), 1);
    private static final Caller CALLER = new Caller(Account.DEFAULT_APP_ID, "ap-guangzhou");

    private LifecycleBench() {
    }

    public static void main(String[] args) {
        List<Integer> fleets = new ArrayList<>();
        for (String a : args) {
            fleets.add(Integer.parseInt(a));
        }
        if (fleets.isEmpty()) {
            fleets = List.of(10_000, 100_000);
        }
        enableAtOnce(0, "warm-up", 200);
        enableAtOnce(0, "enable 1,000 now (WaitSwitch 0)", 1000);
        enableAtOnce(1, "enable 1,000 in one window (WaitSwitch 1)", 1000);
        for (int fleet : fleets) {
            checkCost(fleet, 1000);
        }
    }

    private static void enableAtOnce(int waitSwitch, String label, int n) {
        try (MockCloud mock = MockCloud.start(MockCloudConfig.forTests("lc-" + System.nanoTime(), START))) {
            List<String> ids = createFleet(mock, n);
            Meter m = Meter.start();
            for (String id : ids) {
                mock.lifecycle().modify(CALLER, new ModifySslCommand(id, OperationType.ENABLE, waitSwitch, false, null, null));
            }
            Meter.Reading accept = m.read();
            int transitions = mock.lifecycle().advanceTo(START.plus(Duration.ofMinutes(10)));
            Meter.Reading total = m.read();
            long enabled = mock.instances().adminList().stream().filter(v -> v.encryption().wire().equals("enable")).count();
            System.out.printf("%-44s accept %6d ms wall %6d ms CPU | accept+advance %6d ms wall %6d ms CPU | %d transitions, %d enabled%n",
                    label, accept.wallMs(), accept.cpuMs(), total.wallMs(), total.cpuMs(), transitions, enabled);
        }
    }

    /** One maintenance check (17:10) over a fleet of {@code fleet} instances of which {@code due} have a waiting operation. */
    private static void checkCost(int fleet, int due) {
        try (MockCloud mock = MockCloud.start(MockCloudConfig.forTests("check-" + fleet, START))) {
            List<String> ids = createFleet(mock, fleet);
            // A tenth of the fleet also waits for a window on another day: present, but not due.
            MaintenanceWindow later = new MaintenanceWindow(List.of(3), LocalTime.of(3, 0), 1);
            mock.store().transaction(tx -> {
                for (int i = due; i < fleet / 10 + due && i < ids.size(); i++) {
                    tx.updateInstance(tx.instance(ids.get(i)).orElseThrow().withWindow(later));
                }
                return null;
            });
            for (int i = 0; i < Math.min(ids.size(), fleet / 10 + due); i++) {
                mock.lifecycle().modify(CALLER, new ModifySslCommand(ids.get(i), OperationType.ENABLE, 1, false, null, null));
            }
            Instant check = START.plus(Duration.ofMinutes(5));
            mock.clock().moveTo(check);
            Meter m = Meter.start();
            int ran = mock.lifecycle().runDue(check);
            Meter.Reading r = m.read();
            System.out.printf("maintenance check: fleet %7d, waiting %6d, due %5d -> ran %5d in %5d ms wall %5d ms CPU%n",
                    fleet, Math.min(ids.size(), fleet / 10 + due), due, ran, r.wallMs(), r.cpuMs());
        }
    }

    /** Inserts {@code n} primaries with the daily 17:00 window straight into the store, 1,000 per transaction. */
    private static List<String> createFleet(MockCloud mock, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int from = 0; from < n; from += 1000) {
            int to = Math.min(n, from + 1000);
            int base = from;
            mock.store().transaction(tx -> {
                for (int i = base; i < to; i++) {
                    String id = String.format("mssql-%08d", i);
                    tx.insertInstance(new Instance(id, Account.DEFAULT_APP_ID, "ap-guangzhou", "ap-guangzhou-1", id, "2019",
                            "10.0." + (i / 250) % 250 + "." + (1 + i % 250), 1433, "HA", null, DAILY_17, false, null, null, false,
                            "", "", START, "api"));
                    ids.add(id);
                }
                return null;
            });
        }
        return ids;
    }

    /** Wall and whole-process CPU time since a start. */
    private record Meter(long wall0, long cpu0) {
        record Reading(long wallMs, long cpuMs) {
        }

        static Meter start() {
            return new Meter(System.nanoTime(), cpu());
        }

        Reading read() {
            return new Reading((System.nanoTime() - wall0) / 1_000_000, (cpu() - cpu0) / 1_000_000);
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
