package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real vendor CommonClient against a tiny JDK HTTP server on port 0: checks what goes on the
 * wire and how canned answers (including an error envelope) come back.
 */
class TencentSqlServerApiTest {

    record Seen(String method, String path, Map<String, String> headers, JsonNode body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private SqlServerApi api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    ApiJson.MAPPER.readTree(in)));
            String action = headers.getOrDefault("x-tc-action", "");
            byte[] out = answers.getOrDefault(action, "{\"Response\":{\"Error\":{\"Code\":\"InvalidAction\",\"Message\":\"?\"},\"RequestId\":\"x\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(statuses.getOrDefault(action, 200), out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        api = new TencentSqlServerApi(new ApiConfig("ap-guangzhou", "AKIDTEST", "test-secret", null,
                "http://127.0.0.1:" + server.getAddress().getPort(), null));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void modify_ssl_is_sent_signed_with_the_api_headers_and_json_body() {
        answers.put("ModifyDBInstanceSSL", "{\"Response\":{\"FlowId\":100001,\"RequestId\":\"9db13c19\",\"Extra\":1}}");
        ModifyDBInstanceSSL.Response r = api.modifyDBInstanceSSL(ModifyDBInstanceSSL.Request.of("mssql-j8kv137v", "enable", 1));
        assertEquals(100001L, r.flowId());
        assertEquals("9db13c19", r.requestId());

        Seen s = seen.get(0);
        assertEquals("POST", s.method());
        assertEquals("/", s.path());
        assertEquals("ModifyDBInstanceSSL", s.headers().get("x-tc-action"));
        assertEquals("2018-03-28", s.headers().get("x-tc-version"));
        assertEquals("ap-guangzhou", s.headers().get("x-tc-region"));
        assertEquals("en-US", s.headers().get("x-tc-language"));
        assertTrue(s.headers().get("content-type").startsWith("application/json"), s.headers().get("content-type"));
        String auth = s.headers().get("authorization");
        assertTrue(auth.startsWith("TC3-HMAC-SHA256 Credential=AKIDTEST/"), auth);
        assertTrue(auth.contains("SignedHeaders=content-type;host") && auth.matches(".*Signature=[0-9a-f]{64}$"), auth);
        assertEquals("mssql-j8kv137v", s.body().get("InstanceId").asText());
        assertEquals("enable", s.body().get("Type").asText());
        assertEquals(1, s.body().get("WaitSwitch").asInt());
        assertEquals(3, s.body().size(), "null KMS fields are not sent: " + s.body());
    }

    @Test
    void every_action_round_trips_through_the_common_client() {
        answers.put("DescribeDBInstances", "{\"Response\":{\"TotalCount\":1,\"DBInstances\":[{\"InstanceId\":\"mssql-a\",\"Status\":2}],\"RequestId\":\"r1\"}}");
        answers.put("DescribeDBInstancesAttribute", "{\"Response\":{\"InstanceId\":\"mssql-a\",\"SSLConfig\":{\"Encryption\":\"disable\",\"SSLValidity\":0},\"RequestId\":\"r2\"}}");
        answers.put("DescribeFlowStatus", "{\"Response\":{\"Status\":2,\"RequestId\":\"r3\"}}");
        answers.put("DescribeMaintenanceSpan", "{\"Response\":{\"Weekly\":[1,2],\"StartTime\":\"17:00\",\"Span\":1,\"RequestId\":\"r4\"}}");
        answers.put("ModifyMaintenanceSpan", "{\"Response\":{\"RequestId\":\"r5\"}}");

        assertEquals("mssql-a", api.describeDBInstances(DescribeDBInstances.Request.byIds(List.of("mssql-a"), 0, 20))
                .dbInstances().get(0).instanceId());
        assertEquals("disable", api.describeDBInstancesAttribute(new DescribeDBInstancesAttribute.Request("mssql-a"))
                .sslConfig().encryption());
        assertEquals(2L, api.describeFlowStatus(new DescribeFlowStatus.Request(5L)).status());
        assertEquals("17:00", api.describeMaintenanceSpan(new DescribeMaintenanceSpan.Request("mssql-a")).startTime());
        assertEquals("r5", api.modifyMaintenanceSpan(new ModifyMaintenanceSpan.Request("mssql-a", List.of(6L), "02:00", 2L)).requestId());

        assertEquals(List.of("DescribeDBInstances", "DescribeDBInstancesAttribute", "DescribeFlowStatus",
                "DescribeMaintenanceSpan", "ModifyMaintenanceSpan"), seen.stream().map(s -> s.headers().get("x-tc-action")).toList());
        assertEquals("offset", seen.get(0).body().get("PaginationType").asText());
        assertEquals(5, seen.get(2).body().get("FlowId").asLong());
        assertEquals("02:00", seen.get(4).body().get("StartTime").asText());
        assertEquals(6, seen.get(4).body().get("Weekly").get(0).asInt());
    }

    @Test
    void an_error_envelope_on_http_200_becomes_api_error_with_code_and_request_id() {
        answers.put("DescribeDBInstancesAttribute",
                "{\"Response\":{\"Error\":{\"Code\":\"ResourceNotFound.InstanceNotFound\",\"Message\":\"instance mssql-zz not found\"},\"RequestId\":\"req-err\"}}");
        ApiError e = assertThrows(ApiError.class,
                () -> api.describeDBInstancesAttribute(new DescribeDBInstancesAttribute.Request("mssql-zz")));
        assertEquals("ResourceNotFound.InstanceNotFound", e.code());
        assertEquals("req-err", e.requestId());
        assertEquals("DescribeDBInstancesAttribute", e.action());
        assertTrue(e.serverMessage().contains("mssql-zz"), e.serverMessage());
    }

    @Test
    void a_non_200_status_is_an_http_status_error_which_is_retryable() {
        answers.put("DescribeFlowStatus", "bad gateway");
        statuses.put("DescribeFlowStatus", 502);
        ApiError e = assertThrows(ApiError.class, () -> api.describeFlowStatus(new DescribeFlowStatus.Request(1L)));
        assertEquals(ApiError.HTTP_STATUS_ERROR, e.code());
        assertTrue(RetryPolicy.isRetryable(e.code(), false));
    }

    @Test
    void nothing_listening_is_a_network_error_without_request_id() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SqlServerApi dead = new TencentSqlServerApi(new ApiConfig("ap-guangzhou", "AKIDTEST", "k", null, "127.0.0.1:" + port, "http://"));
        ApiError e = assertThrows(ApiError.class, () -> dead.describeFlowStatus(new DescribeFlowStatus.Request(1L)));
        assertEquals(ApiError.NETWORK_ERROR, e.code());
        assertNull(e.requestId());
        assertTrue(RetryPolicy.isRetryable(e.code(), false));
    }

    @Test
    void a_session_token_is_sent_as_x_tc_token() {
        answers.put("DescribeFlowStatus", "{\"Response\":{\"Status\":0,\"RequestId\":\"r\"}}");
        SqlServerApi withToken = new TencentSqlServerApi(new ApiConfig("ap-guangzhou", "AKIDTEST", "k", "sts-token",
                "127.0.0.1:" + server.getAddress().getPort(), "http"));
        withToken.describeFlowStatus(new DescribeFlowStatus.Request(1L));
        assertEquals("sts-token", seen.get(0).headers().get("x-tc-token"));
    }

    @Test
    void the_resilient_client_retries_a_throttled_call_over_the_wire() {
        answers.put("DescribeFlowStatus", "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow\"},\"RequestId\":\"t1\"}}");
        dev.sslform.plugin.testkit.FakeClock clock = new dev.sslform.plugin.testkit.FakeClock();
        SqlServerApi resilient = ResilientSqlServerApi.create(new ApiConfig("ap-guangzhou", "AKIDTEST", "k", null,
                "http://127.0.0.1:" + server.getAddress().getPort(), null), clock, d -> {
                    clock.advance(d);
                    answers.put("DescribeFlowStatus", "{\"Response\":{\"Status\":0,\"RequestId\":\"t2\"}}");
                });
        assertEquals("t2", resilient.describeFlowStatus(new DescribeFlowStatus.Request(9L)).requestId());
        assertEquals(2, seen.size());
    }
}
