package dev.sslform.mockcloud.bench;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.NewInstance;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): the console's pages for one account holding N instances in one region
 * (1 in 100 with a read-only replica): the list's first page, a search, a sort, and an instance
 * page. For each, {@code requests} sequential requests after a warm-up; prints the server's own
 * time (its {@code Server-Timing} header) and the client's round trip, p50 and p99.
 *
 * <p>Run: build the test class path as in docs/performance.md, then
 * {@code java -cp $CP dev.sslform.mockcloud.bench.ConsoleBench [instances] [requests]} (10000 1000).
 */
public final class ConsoleBench {
    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        try (MockCloud server = MockCloud.start(MockCloudConfig.forTests("console-bench", Instant.parse("2026-12-01T09:05:00Z")))) {
            long t0 = System.nanoTime();
            for (int i = 1; i <= count; i++) {
                server.instances().create(new NewInstance(String.format("mssql-b%07d", i), String.format("shop-%05d", i), "ap-guangzhou",
                        null, null, null, null, i % 100 == 0 ? 1 : 0, null, Account.DEFAULT_APP_ID, "api"));
            }
            System.out.printf(Locale.ROOT, "created %d instances in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
            HttpClient http = HttpClient.newHttpClient();
            String form = "SecretId=" + Account.DEFAULT_SECRET_ID + "&SecretKey=" + URLEncoder.encode(Account.DEFAULT_SECRET_KEY, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.url())
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            String some = String.format("mssql-b%07d", count / 2);
            String[][] pages = {
                    {"list, first page", "/console/instances?region=ap-guangzhou"},
                    {"list, search by name", "/console/instances?region=ap-guangzhou&q=shop-0777"},
                    {"list, sorted by name, descending", "/console/instances?region=ap-guangzhou&sort=name&dir=desc"},
                    {"list, last page, sorted by id", "/console/instances?region=ap-guangzhou&sort=id&page=" + (count / 20)},
                    {"instance page, Data Security tab", "/console/instances/" + some + "?tab=security"},
            };
            System.out.printf(Locale.ROOT, "%-40s %12s %12s %12s %12s%n", "page (" + requests + " requests)", "server p50", "server p99",
                    "client p50", "client p99");
            for (String[] page : pages) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + page[1])).header("Cookie", cookie).GET().build();
                for (int i = 0; i < Math.max(50, requests / 10); i++) {
                    check(http.send(req, HttpResponse.BodyHandlers.ofString()), page[1]);
                }
                List<Double> server1 = new ArrayList<>();
                List<Double> client = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    long s = System.nanoTime();
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    client.add((System.nanoTime() - s) / 1e6);
                    check(r, page[1]);
                    String timing = r.headers().firstValue("Server-Timing").orElseThrow();
                    server1.add(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)));
                }
                System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms %9.1f ms %9.1f ms%n", page[0], pct(server1, 50), pct(server1, 99),
                        pct(client, 50), pct(client, 99));
            }
        }
    }

    private static void check(HttpResponse<String> r, String path) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
