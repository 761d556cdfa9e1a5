package dev.sslform.plugin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.plugin.cli.Cli;
import dev.sslform.plugin.cli.CliEnv;
import dev.sslform.plugin.provider.api.ApiConfig;
import dev.sslform.plugin.provider.api.DescribeDBInstances;
import dev.sslform.plugin.provider.api.DescribeDBInstancesAttribute;
import dev.sslform.plugin.provider.api.ResilientSqlServerApi;
import dev.sslform.plugin.provider.api.SqlServerApi;
import dev.sslform.plugin.support.Sleeper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The fleet benchmark (a main class, not a test): against mockcloud in this JVM on the system
 * clock with a short SSL task duration, N instances; for each parallelism and each mock rate
 * limit (off, or a throttle fault rule of R calls/s per action), an {@code apply} enabling all of
 * them with WaitSwitch 0, then a {@code plan} with nothing to do. Prints one markdown row per run:
 * wall time, API calls by action (from the mock's journal, throttled answers counted apart), and
 * the floor the run is compared with.
 *
 * <p>Floors: with a rate limit R, the busiest action's calls ÷ R (actions have separate limits);
 * without one, apply's floor is task duration × ⌈N ÷ P⌉ (the flows themselves, P at a time) and
 * plan's is the time the same calls take on this machine through the provider's client, P at a
 * time, with nothing else ({@link #bareCalls}).
 *
 * <p>Usage: {@code FleetBench [instances=1000] [taskMillis=500] [parallelisms=10,50] [rate=20] [modes=off,limited]}
 */
public final class FleetBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> ACTIONS = List.of("DescribeDBInstances", "DescribeDBInstancesAttribute", "ModifyDBInstanceSSL",
            "DescribeFlowStatus", "DescribeMaintenanceSpan");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration task = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 500);
        List<Integer> ps = (args.length > 2 ? List.of(args[2].split(",")) : List.of("10", "50")).stream().map(Integer::parseInt).toList();
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        System.out.printf("instances=%d task=%dms rate=%d/s per action%n%n", n, task.toMillis(), rate);
        System.out.println("| command | -parallelism | mock rate limit | client rate_limit | wall | API calls (throttled) | by action | floor | wall ÷ floor |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<Boolean> modes = args.length > 4 ? List.of(args[4].split(",")).stream().map(m -> !m.equals("off")).toList()
                : List.of(false, true);
        for (boolean throttled : modes) {
            for (int p : ps) {
                run(n, task, p, throttled, rate);
            }
        }
    }

    static void run(int n, Duration task, int p, boolean throttled, int rate) throws Exception {
        MockCloud mock = MockCloud.start(MockCloudConfig.forTests("bench-" + UUID.randomUUID(), Instant.now())
                .withSystemClock().withDurations(task, task));
        Path dir = Files.createTempDirectory("fleetbench");
        try {
            StringBuilder ids = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String id = "mssql-bench%04d".formatted(i);
                post(mock, "/_mock/instances", "{\"InstanceId\":\"" + id + "\",\"Region\":\"ap-guangzhou\"}");
                ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
            }
            if (throttled) {
                for (String a : ACTIONS) {
                    post(mock, "/_mock/faults", "{\"action\":\"" + a + "\",\"throttlePerSecond\":" + rate + "}");
                }
            }
            // Unthrottled, the client limit is lifted too, so the run shows what parallelism alone gives.
            int clientRate = throttled ? rate : 100_000;
            Files.writeString(dir.resolve("main.tf"), """
                    provider "tencentcloud" {
                      region     = "ap-guangzhou"
                      endpoint   = "http://%s"
                      rate_limit = %d
                    }
                    resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                      for_each    = toset([%s])
                      instance_id = each.value
                      encryption  = "enable"
                    }
                    """.formatted(mock.endpoint(), clientRate, ids));
            for (String cmd : List.of("apply", "plan")) {
                double bare = !throttled && cmd.equals("plan") ? bareCalls(mock, n, p) : 0;
                delete(mock, "/_mock/requests");
                long t0 = System.nanoTime();
                int code = cli(dir, cmd.equals("apply") ? new String[] {"apply", "-auto-approve", "-parallelism=" + p}
                        : new String[] {"plan", "-detailed-exitcode", "-parallelism=" + p});
                double wall = (System.nanoTime() - t0) / 1e9;
                if (code != 0) {
                    throw new IllegalStateException(cmd + " exited " + code);
                }
                JsonNode journal = JSON.readTree(get(mock, "/_mock/requests?limit=10000"));
                JsonNode list = journal.isArray() ? journal : journal.path("requests");
                Map<String, Integer> ok = new TreeMap<>();
                int throttledCalls = 0;
                double serviceSeconds = 0;
                for (JsonNode r : list) {
                    if (r.path("outcome").asText().equals("error")
                            && r.path("error").path("code").asText().startsWith("RequestLimitExceeded")) {
                        throttledCalls++;
                    } else {
                        ok.merge(r.path("action").asText(), 1, Integer::sum);
                    }
                    serviceSeconds += r.path("durationMs").asDouble() / 1000;
                }
                int total = list.size();
                double floor;
                String floorText;
                if (throttled) {
                    int busiest = ok.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                    floor = (double) busiest / rate;
                    floorText = String.format(Locale.ROOT, "%.1f s (%d calls ÷ %d/s)", floor, busiest, rate);
                } else if (cmd.equals("apply")) {
                    long batches = (n + p - 1) / p;
                    floor = task.toMillis() / 1000.0 * batches;
                    floorText = String.format(Locale.ROOT, "%.1f s (%d ms × %d batches)", floor, task.toMillis(), batches);
                } else {
                    floor = bare;
                    floorText = String.format(Locale.ROOT, "%.2f s (the same calls alone, %d at a time; Σ service %.2f s ÷ %d)",
                            floor, p, serviceSeconds, p);
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %.1f s | %d (%d) | %s | %s | %.2f |%n", cmd, p,
                        throttled ? rate + "/s per action" : "off", throttled ? rate + "/s" : "off (100000)", wall, total,
                        throttledCalls, ok, floorText, wall / floor);
                System.out.flush();
            }
        } finally {
            try {
                mock.close();
            } catch (RuntimeException e) {
                // a graceful-stop timeout with keep-alive connections does not matter here
            }
        }
    }

    /**
     * The unlimited plan's floor: how long this machine takes to make the plan's own calls (the
     * batched DescribeDBInstances pages, then one DescribeDBInstancesAttribute per instance)
     * through the provider's client, {@code p} at a time, with nothing else — signing, HTTP,
     * the mock's verification and store. The best of two passes (the first also warms up).
     */
    static double bareCalls(MockCloud mock, int n, int p) throws Exception {
        SqlServerApi api = ResilientSqlServerApi.create(new ApiConfig("ap-guangzhou", "AKIDmockcloud", "mockcloud-secret", null,
                "http://" + mock.endpoint(), null), Clock.systemUTC(), Sleeper.SYSTEM, 100_000);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("mssql-bench%04d".formatted(i));
        }
        double best = Double.MAX_VALUE;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(p);
        try {
            for (int pass = 0; pass < 2; pass++) {
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<?>> pages = new java.util.ArrayList<>();
                for (int from = 0; from < n; from += 100) {
                    List<String> page = ids.subList(from, Math.min(n, from + 100));
                    pages.add(pool.submit(() -> api.describeDBInstances(DescribeDBInstances.Request.byIds(page, 0, 100))));
                }
                for (var f : pages) {
                    f.get();
                }
                List<java.util.concurrent.Future<?>> reads = new java.util.ArrayList<>();
                for (String id : ids) {
                    reads.add(pool.submit(() -> api.describeDBInstancesAttribute(new DescribeDBInstancesAttribute.Request(id))));
                }
                for (var f : reads) {
                    f.get();
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            pool.shutdown();
        }
        return best;
    }

    static int cli(Path dir, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(new CliEnv(Map.of("TENCENTCLOUD_SECRET_ID", "AKIDmockcloud", "TENCENTCLOUD_SECRET_KEY", "mockcloud-secret"),
                Clock.systemUTC(), Sleeper.SYSTEM, new BufferedReader(new StringReader("")), false));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(full);
        if (code != 0 && code != 2) {
            System.err.println(out.toString().lines().skip(Math.max(0, out.toString().lines().count() - 30)).reduce("", (a, b) -> a + "\n" + b));
            System.err.println(err);
        }
        return code == 2 ? 0 : code;
    }

    static void post(MockCloud mock, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(mock.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
    }

    static void delete(MockCloud mock, String path) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(mock.url() + path)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    static String get(MockCloud mock, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(mock.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
