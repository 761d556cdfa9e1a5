package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static dev.sslform.mockcloud.http.EnvelopeContractTest.envelope;
import static dev.sslform.mockcloud.http.EnvelopeContractTest.refused;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented size limits, over a real port: each is answered in the surface's own shape (the
 * API 3.0 envelope on {@code /}, {@code {"error": …}} on {@code /_mock}), never by Jetty's HTML or
 * plain-text error pages, and the limits are where docs/mockcloud.md says.
 */
class SizeLimitsContractTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static MockCloud server;
    static SignedClient api;
    static MockAdmin admin;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("size-limits", Instant.parse("2026-12-01T09:05:00Z")));
        api = SignedClient.of(server);
        admin = MockAdmin.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A raw GET, so nothing in a client library shapes what the server sees. */
    static HttpResponse<String> rawGet(String pathAndQuery, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery));
        if (header != null) {
            b.header(header, value);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "content type " + r.headers().firstValue("Content-Type") + ", body " + r.body());
        return JSON.readTree(r.body());
    }

    static String pad(int n) {
        char[] c = new char[n];
        Arrays.fill(c, 'a');
        return new String(c);
    }

    @Test
    void a_GET_query_of_20_KB_is_answered_normally() {
        envelope(api.get("DescribeDBInstances", "Limit=5&SearchKey=" + pad(20_000)))
                .body("Response.Error", nullValue()).body("Response.TotalCount", equalTo(0));
    }

    @Test
    void a_GET_query_of_exactly_32_KB_is_answered_normally() {
        String head = "Limit=5&SearchKey=";
        envelope(api.get("DescribeDBInstances", head + pad(32 * 1024 - head.length()))).body("Response.Error", nullValue());
    }

    @Test
    void a_GET_query_over_32_KB_is_RequestSizeLimitExceeded_in_the_envelope() {
        String head = "Limit=5&SearchKey=";
        refused(api.get("DescribeDBInstances", head + pad(32 * 1024 - head.length() + 1)), "RequestSizeLimitExceeded",
                "The query string is 32769 bytes; a GET request may carry at most 32 KB (32768 bytes)");
        refused(api.get("DescribeDBInstances", head + pad(200_000)), "RequestSizeLimitExceeded", "at most 32 KB");
    }

    @Test
    void a_request_line_too_long_for_the_server_to_read_is_still_the_API_envelope() throws Exception {
        HttpResponse<String> r = rawGet("/?SearchKey=" + pad(RequestLimits.REQUEST_HEAD_BYTES + 1000), null, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode error = json(r).path("Response").path("Error");
        assertEquals("RequestSizeLimitExceeded", error.path("Code").asText(), r.body());
        assertTrue(error.path("Message").asText().contains("exceed 1048576 bytes"), r.body());
        assertTrue(json(r).path("Response").path("RequestId").isTextual(), r.body());
    }

    @Test
    void headers_too_large_for_the_server_on_the_API_are_the_envelope() throws Exception {
        HttpResponse<String> r = rawGet("/", "X-Pad", pad(RequestLimits.REQUEST_HEAD_BYTES + 1000));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("RequestSizeLimitExceeded", json(r).path("Response").path("Error").path("Code").asText(), r.body());
    }

    @Test
    void headers_too_large_for_the_server_on_the_admin_surface_are_431_with_an_error() throws Exception {
        HttpResponse<String> r = rawGet("/_mock/health", "X-Pad", pad(RequestLimits.REQUEST_HEAD_BYTES + 1000));
        assertEquals(431, r.statusCode(), r.body());
        assertTrue(json(r).path("error").asText().contains("exceed 1048576 bytes"), r.body());
    }

    @Test
    void an_admin_query_of_100_KB_reaches_its_route() throws Exception {
        HttpResponse<String> r = rawGet("/_mock/requests?action=" + pad(100_000), null, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(json(r).isArray(), r.body());
    }

    @Test
    void an_admin_body_over_1_MiB_is_413_with_an_error_naming_the_limit() {
        RestAssured.given().contentType("application/json").body("{" + " ".repeat(RequestLimits.ADMIN_BODY_BYTES) + "}")
                .post(server.url() + "/_mock/instances").then().statusCode(413).contentType(startsWith("application/json"))
                .body("error", equalTo("the request body exceeds 1048576 bytes, the limit of POST /_mock/instances"));
    }

    @Test
    void a_state_import_over_its_limit_is_413_with_an_error_and_changes_nothing() throws Exception {
        admin.reset();
        String id = admin.create("ap-guangzhou", "kept");
        byte[] body = new byte[RequestLimits.STATE_BODY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        RestAssured.given().contentType("application/json").body(body).put(server.url() + "/_mock/state").then()
                .statusCode(413).contentType(startsWith("application/json"))
                .body("error", equalTo("the request body exceeds 67108864 bytes, the limit of PUT /_mock/state"));
        admin.get("/_mock/instances/" + id).then().statusCode(200).body("Name", equalTo("kept"));
    }

    @Test
    void a_state_import_of_a_few_MiB_is_not_refused_for_its_size() {
        // Padding is legal JSON whitespace: the document is read, and refused only for what it says.
        String body = "{" + " ".repeat(4 << 20) + "\"formatVersion\": 2}";
        RestAssured.given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .put(server.url() + "/_mock/state").then().statusCode(400)
                .body("error", containsString("state not imported, nothing changed: "));
    }

    /** Sends {@code raw} on a fresh connection and returns everything the server writes back. */
    static String rawExchange(String raw) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_request_Jetty_cannot_parse_is_InvalidParameter_in_the_envelope_on_the_API() throws Exception {
        String answer = rawExchange("GET /?Limit=1 HTTP/1.1\r\nHost: x\r\nthis line is no header\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals("InvalidParameter", body.path("Response").path("Error").path("Code").asText(), answer);
        assertTrue(body.path("Response").path("Error").path("Message").asText().startsWith("The HTTP request could not be read: "),
                answer);
    }

    @Test
    void a_request_Jetty_cannot_parse_on_the_admin_surface_is_400_with_an_error() throws Exception {
        String answer = rawExchange("GET /_mock/health HTTP/1.1\r\nHost: x\r\nthis line is no header\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertTrue(body.path("error").asText().startsWith("the HTTP request could not be read: "), answer);
    }
}
