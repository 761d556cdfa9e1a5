package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static dev.sslform.mockcloud.http.EnvelopeContractTest.envelope;
import static dev.sslform.mockcloud.http.EnvelopeContractTest.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** TC3-HMAC-SHA256 verification end to end over HTTP: each AuthFailure code from a real request. */
class SignatureContractTest {
    static MockCloud server;
    static SignedClient api;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("signature-contract", Instant.parse("2026-12-01T09:05:00Z")));
        api = SignedClient.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String url() {
        return server.url() + "/";
    }

    private static RequestSpecification headers(RequestSpecification spec) {
        return spec.header("X-TC-Action", "DescribeDBInstances").header("X-TC-Version", "2018-03-28").header("X-TC-Region", "ap-guangzhou");
    }

    /** An unsigned request with the given Authorization header (null = none). */
    private static RequestSpecification withAuthorization(String authorization) {
        RequestSpecification spec = headers(io.restassured.RestAssured.given().contentType("application/json; charset=utf-8")
                .header("X-TC-Timestamp", Long.toString(now())).body("{}"));
        return authorization == null ? spec : spec.header("Authorization", authorization);
    }

    @Test
    void a_correctly_signed_request_is_accepted() {
        envelope(api.call("DescribeDBInstances", "{}")).body("Response.Error", nullValue());
    }

    @Test
    void a_missing_Authorization_is_InvalidAuthorization() {
        refused(withAuthorization(null).post(url()), "AuthFailure.InvalidAuthorization", "the Authorization header is missing");
    }

    @Test
    void another_scheme_is_InvalidAuthorization() {
        refused(withAuthorization("Bearer abc").post(url()), "AuthFailure.InvalidAuthorization", "must start with 'TC3-HMAC-SHA256 '");
    }

    @Test
    void an_Authorization_without_a_Signature_part_is_InvalidAuthorization() {
        refused(withAuthorization("TC3-HMAC-SHA256 Credential=AKIDmockcloud/2026-12-01/127/tc3_request, SignedHeaders=content-type;host")
                .post(url()), "AuthFailure.InvalidAuthorization", "Signature");
    }

    @Test
    void an_unknown_SecretId_is_SecretIdNotFound_naming_it() {
        refused(api.withKey("AKIDnobody", "whatever").call("DescribeDBInstances", "{}"), "AuthFailure.SecretIdNotFound", "AKIDnobody");
    }

    @Test
    void a_wrong_SecretKey_is_SignatureFailure() {
        refused(api.withKey("AKIDmockcloud", "not-the-key").call("DescribeDBInstances", "{}"), "AuthFailure.SignatureFailure",
                "does not match");
    }

    @Test
    void a_body_changed_after_signing_is_SignatureFailure() {
        refused(api.request("DescribeDBInstances", "{\"Limit\":1}").body("{\"Limit\":2}").post(url()),
                "AuthFailure.SignatureFailure", "does not match");
    }

    @Test
    void a_timestamp_ten_minutes_old_is_SignatureExpire() {
        long old = now() - 600;
        refused(headers(api.bare("application/json", "{}".getBytes(StandardCharsets.UTF_8), old)).post(url()),
                "AuthFailure.SignatureExpire", "seconds behind");
    }

    @Test
    void a_timestamp_ten_minutes_ahead_is_SignatureExpire() {
        long ahead = now() + 600;
        refused(headers(api.bare("application/json", "{}".getBytes(StandardCharsets.UTF_8), ahead)).post(url()),
                "AuthFailure.SignatureExpire", "seconds ahead");
    }

    @Test
    void expiry_is_measured_on_the_real_clock_not_the_virtual_one() {
        io.restassured.RestAssured.given().contentType("application/json").body("{\"advance\":\"30d\"}")
                .post(server.url() + "/_mock/clock").then().statusCode(200);
        envelope(api.call("DescribeDBInstances", "{}")).body("Response.Error", nullValue());
    }

    @Test
    void a_scope_date_other_than_the_timestamps_UTC_date_is_SignatureFailure() {
        long ts = now();
        Map<String, String> h = Tc3Signer.sign(api.host(), "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "AKIDmockcloud", "mockcloud-secret", api.service(), ts);
        String today = Tc3Signer.utcDate(ts).toString();
        String auth = h.get("Authorization").replace(today, Tc3Signer.utcDate(ts).minusDays(1).toString());
        refused(headers(io.restassured.RestAssured.given().contentType("application/json").body("{}")
                        .header("X-TC-Timestamp", Long.toString(ts)).header("Authorization", auth)).post(url()),
                "AuthFailure.SignatureFailure", "credential scope");
    }

    @Test
    void a_missing_timestamp_is_MissingParameter_naming_it() {
        long ts = now();
        Map<String, String> h = Tc3Signer.sign(api.host(), "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "AKIDmockcloud", "mockcloud-secret", api.service(), ts);
        refused(headers(io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .header("Authorization", h.get("Authorization"))).post(url()), "MissingParameter", "X-TC-Timestamp");
    }

    @Test
    void the_signature_covers_the_GET_query() {
        envelope(api.get("DescribeDBInstances", "Limit=5")).body("Response.Error", nullValue()).body("Response.TotalCount", equalTo(0));
    }

    /**
     * A POST whose signature is correct but covers only {@code signed} (header names separated by
     * ';', from content-type, host and x-tc-action), sent as the client signed it.
     */
    private static RequestSpecification signedOnly(String signed) {
        long ts = now();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> values = Map.of("content-type", "application/json", "host", api.host(),
                "x-tc-action", "DescribeDBInstances");
        TreeMap<String, String> toSign = new TreeMap<>();
        for (String name : signed.split(";")) {
            toSign.put(name, values.get(name));
        }
        Tc3Signer.Signature s = Tc3Signer.compute(new Tc3Signer.Request("POST", "", toSign, body, false),
                "AKIDmockcloud", "mockcloud-secret", api.service(), ts);
        return headers(io.restassured.RestAssured.given().contentType("application/json").body(body)
                .header("X-TC-Timestamp", Long.toString(ts)).header("Authorization", s.authorization()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "content-type  | does not include host;",
            "host          | does not include content-type;",
            "x-tc-action   | does not include content-type and host;"})
    void a_signature_that_does_not_cover_both_content_type_and_host_is_SignatureFailure(String signed, String missing) {
        refused(signedOnly(signed.trim()).post(url()), "AuthFailure.SignatureFailure",
                "SignedHeaders=" + signed.trim() + " " + missing.trim());
    }

    @Test
    void a_signature_over_content_type_host_and_x_tc_action_is_accepted() {
        envelope(signedOnly("content-type;host;x-tc-action").post(url())).body("Response.Error", nullValue());
    }
}
