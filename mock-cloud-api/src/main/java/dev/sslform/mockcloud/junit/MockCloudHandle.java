package dev.sslform.mockcloud.junit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A running mockcloud as a test sees it: where it listens, the key pair to sign with, and the
 * admin surface as plain methods (instances, clock, faults, journal, CA bundle, state). Every
 * method is one {@code /_mock} call; an answer other than the expected status throws
 * {@link IllegalStateException} with the status and the server's message.
 */
public final class MockCloudHandle implements AutoCloseable {
    /** The region instances are created in unless the JSON says otherwise. */
    public static final String REGION = "ap-guangzhou";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final dev.sslform.mockcloud.MockCloud server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    MockCloudHandle(dev.sslform.mockcloud.MockCloud server) {
        this.server = server;
    }

    /** The server itself, for what the handle does not cover. */
    public dev.sslform.mockcloud.MockCloud server() {
        return server;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return server.url();
    }

    /**
     * {@code 127.0.0.1:PORT}: what the official SDK's {@code HttpProfile.setEndpoint} takes (with
     * {@code setProtocol("http://")}); the SDK then signs for service {@code 127}, which mockcloud accepts.
     */
    public String endpoint() {
        return server.endpoint();
    }

    public String secretId() {
        return server.config().secretId();
    }

    public String secretKey() {
        return server.config().secretKey();
    }

    public int port() {
        return server.port();
    }

    // --- instances --------------------------------------------------------------------------------

    /** Creates an instance in {@value #REGION} with the defaults; returns its id. */
    public String createInstance() {
        return createInstance("{\"Region\":\"" + REGION + "\"}");
    }

    /** {@code POST /_mock/instances} with {@code json} (see docs/mockcloud.md); returns the InstanceId. */
    public String createInstance(String json) {
        return (String) object(send("POST", "/_mock/instances", json, 201)).get("InstanceId");
    }

    /** {@code GET /_mock/instances/{id}}: the instance with its derived Status and SSLConfig. */
    public Map<String, Object> instance(String id) {
        return object(send("GET", "/_mock/instances/" + id, null, 200));
    }

    /** {@code POST /_mock/reset}: back to the start-up state (faults and journal are kept). */
    public void reset() {
        send("POST", "/_mock/reset", null, 200);
    }

    // --- clock ------------------------------------------------------------------------------------

    public Instant now() {
        return OffsetDateTime.parse((String) object(send("GET", "/_mock/clock", null, 200)).get("now")).toInstant();
    }

    /** Moves the clock forward, running every check and completion due on the way. */
    public Instant advance(Duration d) {
        return moved(send("POST", "/_mock/clock", "{\"advance\":\"" + d + "\"}", 200));
    }

    /** Sets the clock (forward only), e.g. {@code OffsetDateTime.parse("2026-12-01T17:10:00+08:00")}. */
    public Instant set(OffsetDateTime t) {
        return moved(send("POST", "/_mock/clock", "{\"set\":\"" + t + "\"}", 200));
    }

    private Instant moved(String body) {
        return OffsetDateTime.parse((String) object(body).get("now")).toInstant();
    }

    // --- faults -----------------------------------------------------------------------------------

    /** {@code POST /_mock/faults}; returns the rule's id. */
    public String addFault(String ruleJson) {
        return (String) object(send("POST", "/_mock/faults", ruleJson, 201)).get("id");
    }

    public List<Map<String, Object>> faults() {
        return list(send("GET", "/_mock/faults", null, 200));
    }

    public void removeFault(String id) {
        send("DELETE", "/_mock/faults/" + id, null, 204);
    }

    public void clearFaults() {
        send("DELETE", "/_mock/faults", null, 204);
    }

    // --- journal ----------------------------------------------------------------------------------

    /** Every journaled call, oldest first. */
    public List<Map<String, Object>> requests() {
        return requests("");
    }

    /** The journal with a query, e.g. {@code "action=ModifyDBInstanceSSL&limit=5"}. */
    public List<Map<String, Object>> requests(String query) {
        return list(send("GET", "/_mock/requests" + (query.isEmpty() ? "" : "?" + query), null, 200));
    }

    public void clearRequests() {
        send("DELETE", "/_mock/requests", null, 204);
    }

    // --- CA bundle and state ----------------------------------------------------------------------

    /** The bytes of {@code TencentDB-SSL-CA.zip} for the instance. */
    public byte[] caBundle(String instanceId) {
        return bytes("/_mock/instances/" + instanceId + "/ssl/ca.zip");
    }

    /** The PEM chain the instance presents: its certificate, then the CA. */
    public String serverChainPem(String instanceId) {
        return new String(bytes("/_mock/instances/" + instanceId + "/ssl/server.pem"), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@code GET /_mock/state}: the whole state document. */
    public String exportState() {
        return send("GET", "/_mock/state", null, 200);
    }

    /** {@code PUT /_mock/state}. */
    public void importState(String document) {
        send("PUT", "/_mock/state", document, 200);
    }

    /** Stops the server (the extension does this; only for handles you own). */
    @Override
    public void close() {
        server.close();
    }

    // --- plumbing ---------------------------------------------------------------------------------

    private byte[] bytes(String path) {
        HttpResponse<byte[]> r = exchange("GET", path, null, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw failure("GET", path, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private String send(String method, String path, String body, int expected) {
        HttpResponse<String> r = exchange(method, path, body, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw failure(method, path, r.statusCode(), r.body());
        }
        return r.body();
    }

    private <T> HttpResponse<T> exchange(String method, String path, String body, HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return http.send(b.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private static IllegalStateException failure(String method, String path, int status, String body) {
        String message = body;
        try {
            Object error = JSON.readValue(body, Map.class).get("error");
            if (error != null) {
                message = error.toString();
            }
        } catch (IOException | RuntimeException ignored) {
            // Not our JSON: show the body as it is.
        }
        return new IllegalStateException(method + " " + path + " answered " + status + ": " + message);
    }

    private static Map<String, Object> object(String body) {
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON object: " + body, e);
        }
    }

    private static List<Map<String, Object>> list(String body) {
        try {
            return JSON.readValue(body, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON array: " + body, e);
        }
    }
}
