package dev.sslform.plugin.testkit;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.plugin.support.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * mockcloud started in-process with a manual clock, plus what tests need around it: the admin
 * calls (create instance, move the clock) and a {@link Sleeper} that advances the mock's clock by
 * the requested duration instead of sleeping, so pollers make progress in virtual time.
 */
public final class MockCloudHarness implements AutoCloseable {

    public static final String SECRET_ID = "AKIDmockcloud";
    public static final String SECRET_KEY = "mockcloud-secret";

    private final MockCloud server;
    private final HttpClient http = HttpClient.newHttpClient();

    public MockCloudHarness(Instant start) {
        server = MockCloud.start(MockCloudConfig.forTests("sslform-" + UUID.randomUUID(), start));
    }

    /** As above, with the instances (and accounts) of a mockcloud seed file created at start. */
    public MockCloudHarness(Instant start, java.nio.file.Path seed) {
        server = MockCloud.start(MockCloudConfig.forTests("sslform-" + UUID.randomUUID(), start).withSeed(seed));
    }

    public MockCloud server() {
        return server;
    }

    public String endpointUrl() {
        return "http://" + server.endpoint();
    }

    public Clock clock() {
        return server.clock();
    }

    /**
     * Sleeps by advancing the mock's clock (POST /_mock/clock), running whatever falls due. Safe
     * for parallel workers: a sleep of d starting at t moves the clock to t + d unless another
     * sleeper already moved it past that, so concurrent sleeps overlap in virtual time as they
     * would in real time instead of adding up (and the mock's clock never sees a stale target).
     */
    public Sleeper sleeper() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Instant target = clock().instant().plus(d);
                synchronized (this) {
                    Duration left = Duration.between(clock().instant(), target);
                    if (!left.isNegative() && !left.isZero()) {
                        admin("/_mock/clock", "{\"advance\":\"" + left + "\"}");
                    }
                }
            }
        };
    }

    /** Creates a primary with one replica and a daily window; returns the admin answer's JSON. */
    public String createInstance(String id, String startTime) {
        return admin("/_mock/instances", "{\"InstanceId\":\"" + id + "\",\"Region\":\"ap-guangzhou\",\"ReadOnlyReplicas\":1,"
                + "\"Maintenance\":{\"Weekly\":[1,2,3,4,5,6,7],\"StartTime\":\"" + startTime + "\",\"Span\":1}}");
    }

    public void advance(Duration d) {
        admin("/_mock/clock", "{\"advance\":\"" + d + "\"}");
    }

    public void set(String isoOffsetTime) {
        admin("/_mock/clock", "{\"set\":\"" + isoOffsetTime + "\"}");
    }

    public String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DELETE /_mock/instances/{id}: the instance (and its replicas) vanish. */
    public void deleteInstance(String id) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(server.url() + "/_mock/instances/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public String admin(String path, String json) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException("admin " + path + " " + json + " -> " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (RuntimeException e) {
            // Jetty's graceful stop can time out while the SDK's pooled keep-alive connections are
            // still open; the server is stopped either way, and this is not what the tests are about.
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
        }
    }
}
