package dev.sslform.mockcloud.testkit;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.http.Tc3Signer;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A REST Assured client that signs each call as the official Java SDK does, for contract tests
 * against a server on a real port. Returns the raw response so tests can assert the envelope.
 */
public final class SignedClient {
    private final String host;
    private final String secretId;
    private final String secretKey;
    private final String region;

    public SignedClient(String host, String secretId, String secretKey, String region) {
        this.host = host;
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.region = region;
    }

    public static SignedClient of(MockCloud server) {
        return new SignedClient(server.endpoint(), Account.DEFAULT_SECRET_ID, Account.DEFAULT_SECRET_KEY, "ap-guangzhou");
    }

    public SignedClient withRegion(String r) {
        return new SignedClient(host, secretId, secretKey, r);
    }

    public SignedClient withKey(String id, String key) {
        return new SignedClient(host, id, key, region);
    }

    /** A signed POST of {@code json} as action {@code action}. */
    public Response call(String action, String json) {
        return request(action, json).post("http://" + host + "/");
    }

    /** {@code HOST:PORT} as the client signs it. */
    public String host() {
        return host;
    }

    /** The service a Java SDK derives from this host: its first dot-separated label. */
    public String service() {
        return host.split("\\.", 2)[0];
    }

    /**
     * A bare signed POST: only {@code Authorization}, {@code X-TC-Timestamp} and
     * {@code Content-Type} (sent exactly as given, no charset appended); the test adds the
     * {@code X-TC-*} headers it wants, so it can leave any of them out.
     */
    public RequestSpecification bare(String contentType, byte[] body, long timestamp) {
        Map<String, String> headers = Tc3Signer.sign(host, contentType, body, secretId, secretKey, service(), timestamp);
        return RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", headers.get("Authorization"))
                .header("X-TC-Timestamp", headers.get("X-TC-Timestamp"))
                .contentType(contentType).body(body);
    }

    /** A signed GET of the raw (already URL-encoded) query string, as the API's GET form is sent. */
    public Response get(String action, String rawQuery) {
        String contentType = "application/x-www-form-urlencoded";
        long ts = System.currentTimeMillis() / 1000;
        Tc3Signer.Signature s = Tc3Signer.compute(Tc3Signer.Request.get(host, contentType, rawQuery), secretId, secretKey, service(), ts);
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", s.authorization()).header("X-TC-Timestamp", Long.toString(ts))
                .header("X-TC-Action", action).header("X-TC-Version", "2018-03-28").contentType(contentType);
        if (region != null) {
            spec = spec.header("X-TC-Region", region);
        }
        return spec.get("http://" + host + "/?" + rawQuery);
    }

    /** The signed request, before it is sent, for tests that tamper with it. */
    public RequestSpecification request(String action, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        long ts = System.currentTimeMillis() / 1000;
        String service = host.split("\\.", 2)[0];
        Map<String, String> headers = Tc3Signer.sign(host, "application/json; charset=utf-8", body, secretId, secretKey, service, ts);
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .header("X-TC-Action", action).header("X-TC-Version", "2018-03-28")
                .contentType("application/json; charset=utf-8").body(body);
        if (region != null) {
            spec = spec.header("X-TC-Region", region);
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().equals("Host") && !h.getKey().equals("Content-Type")) {
                spec = spec.header(h.getKey(), h.getValue());
            }
        }
        return spec;
    }
}
