package dev.sslform.mockcloud.bench;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.http.Tc3Signer;
import io.javalin.Javalin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Benchmark (not a test): signed, stored {@code DescribeDBInstancesAttribute} calls from N
 * concurrent clients against mockcloud, beside the same load on a bare Javalin endpoint that
 * does nothing, in one JVM. Prints requests per second, p50 and p99 for both, and the ratio.
 *
 * <p>Run: {@code mvn -q -o -pl mock-cloud-api test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test} then
 * {@code java -cp mock-cloud-api/target/classes:mock-cloud-api/target/test-classes:$(cat /tmp/cp.txt)
 * dev.sslform.mockcloud.bench.SignedCallBench [clients] [seconds]}.
 */
public final class SignedCallBench {
    private SignedCallBench() {
    }

    record Result(String name, long requests, double seconds, long p50Micros, long p99Micros, long errors, double cpuMicrosPerRequest) {
        double rps() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        try (MockCloud mock = MockCloud.start(MockCloudConfig.forTests("bench", Instant.parse("2026-12-01T09:00:00Z")))) {
            String id = mock.instances().create(new dev.sslform.mockcloud.core.NewInstance(null, "bench", "ap-guangzhou", null, null,
                    null, null, 1, null, Account.DEFAULT_APP_ID, "api")).get(0);
            Javalin bare = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                // It reads the body (as any real endpoint must, or Jetty cannot reuse the connection) and
                // answers a fixed envelope: the floor of what Javalin and the HTTP client cost.
                cfg.routes.post("/", ctx -> {
                    ctx.bodyAsBytes();
                    ctx.contentType("application/json").result("{\"Response\":{}}");
                });
            }).start("127.0.0.1", 0);
            try {
                byte[] body = ("{\"InstanceId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
                HttpRequest signed = signedRequest(mock.endpoint(), body);
                // The bare endpoint gets the very same request, headers and signature included, so
                // the difference is what mockcloud does with it, not what HTTP costs.
                HttpRequest plain = signedRequest("127.0.0.1:" + bare.port(), body);
                run("warm-up bare", plain, clients, 5);
                run("warm-up signed", signed, clients, 5);
                Result b = run("bare Javalin endpoint", plain, clients, seconds);
                Result s = run("signed DescribeDBInstancesAttribute", signed, clients, seconds);
                System.out.printf("%n%d clients, %d s each, store %s%n", clients, seconds, mock.store().dialect());
                for (Result r : List.of(b, s)) {
                    System.out.printf("%-38s %9.0f req/s   p50 %6d us   p99 %6d us   CPU %5.0f us/req (client+server)   errors %d%n",
                            r.name(), r.rps(), r.p50Micros(), r.p99Micros(), r.cpuMicrosPerRequest(), r.errors());
                }
                System.out.printf("ratio signed/bare: %.2f by rate, %.2f by CPU per request%n", s.rps() / b.rps(),
                        b.cpuMicrosPerRequest() / s.cpuMicrosPerRequest());
            } finally {
                bare.stop();
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static HttpRequest signedRequest(String host, byte[] body) {
        long ts = System.currentTimeMillis() / 1000;
        // A signature stays valid for 300 s and the mock keeps no nonce, so one signed request
        // is replayed: the benchmark measures the server, not client-side signing.
        Map<String, String> h = Tc3Signer.sign(host, "application/json; charset=utf-8", body, Account.DEFAULT_SECRET_ID,
                Account.DEFAULT_SECRET_KEY, host.split("\\.", 2)[0], ts);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("X-TC-Action", "DescribeDBInstancesAttribute").header("X-TC-Version", "2018-03-28")
                .header("X-TC-Region", "ap-guangzhou");
        h.forEach((k, v) -> {
            if (!k.equals("Host")) {
                b.header(k, v);
            }
        });
        return b.build();
    }

    private static Result run(String name, HttpRequest request, int clients, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients];
        long[] errors = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[4_000_000 / clients];
            latencies.add(lat);
            int me = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            String s = new String(r.body(), StandardCharsets.UTF_8);
                            if (r.statusCode() != 200 || s.contains("\"Error\"")) {
                                errors[me]++;
                                continue;
                            }
                        } catch (java.io.IOException e) {
                            // A failed request counts as an error and the client carries on.
                            if (errors[me]++ == 0 && me == 0) {
                                System.err.println(name + ": " + e);
                            }
                            continue;
                        }
                        long dt = System.nanoTime() - t0;
                        if (counts[me] < lat.length) {
                            lat[(int) counts[me]] = dt;
                        }
                        counts[me]++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        long start = System.nanoTime();
        long cpu0 = processCpuNanos();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L); // the measurement window of a benchmark, not a wait in a test
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        long total = Arrays.stream(counts).sum();
        int kept = 0;
        for (int c = 0; c < clients; c++) {
            kept += (int) Math.min(counts[c], latencies.get(c).length);
        }
        long[] all = new long[kept];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            int n = (int) Math.min(counts[c], latencies.get(c).length);
            System.arraycopy(latencies.get(c), 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        long p50 = all.length == 0 ? 0 : all[all.length / 2] / 1000;
        long p99 = all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1000;
        return new Result(name, total, elapsed, p50, p99, Arrays.stream(errors).sum(), total == 0 ? 0 : cpu / 1000.0 / total);
    }
}
