package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultRoutesTest {
    static MockCloud server;
    static SignedClient client;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("faults", Instant.parse("2026-12-01T09:05:00Z")));
        client = SignedClient.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void clear() {
        RestAssured.delete(server.url() + "/_mock/faults").then().statusCode(204);
    }

    static String addRule(String json) {
        return RestAssured.given().contentType(ContentType.JSON).body(json).post(server.url() + "/_mock/faults")
                .then().statusCode(201).body("id", notNullValue()).extract().path("id");
    }

    static void refused(String json, String message) {
        RestAssured.given().body(json).post(server.url() + "/_mock/faults").then().statusCode(400)
                .body("error", containsString(message));
    }

    static String createInstance() {
        return RestAssured.given().body("{\"Region\":\"ap-guangzhou\"}").post(server.url() + "/_mock/instances")
                .then().statusCode(201).extract().path("InstanceId");
    }

    @Test
    void an_error_rule_fails_the_next_n_matching_calls_in_the_200_envelope() {
        addRule("{\"action\":\"DescribeDBInstances\",\"times\":2,\"error\":{\"code\":\"InternalError.SystemError\",\"message\":\"injected\"}}");
        for (int i = 0; i < 2; i++) {
            client.call("DescribeDBInstances", "{}").then().statusCode(200)
                    .body("Response.Error.Code", equalTo("InternalError.SystemError"))
                    .body("Response.Error.Message", equalTo("injected")).body("Response.RequestId", notNullValue());
        }
        client.call("DescribeDBInstances", "{}").then().statusCode(200).body("Response.Error", nullValue());
        RestAssured.get(server.url() + "/_mock/faults").then().statusCode(200).body("[0].remaining", equalTo(0))
                .body("[0].fired", equalTo(2));
    }

    @Test
    void narrowers_leave_other_calls_alone() {
        String a = createInstance();
        String b = createInstance();
        addRule("{\"instanceId\":\"" + a + "\",\"account\":\"" + Account.DEFAULT_SECRET_ID
                + "\",\"error\":{\"code\":\"ResourceUnavailable\",\"message\":\"busy\"}}");
        client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + b + "\"}").then().body("Response.Error", nullValue());
        client.call("DescribeDBInstances", "{\"InstanceIdSet\":[\"" + b + "\",\"" + a + "\"]}").then()
                .body("Response.Error.Code", equalTo("ResourceUnavailable"));
        client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + a + "\"}").then()
                .body("Response.Error.Code", equalTo("ResourceUnavailable"));
    }

    @Test
    void latency_delays_matching_calls_by_at_least_its_value() {
        addRule("{\"action\":\"DescribeDBInstances\",\"latencyMs\":200}");
        long t0 = System.nanoTime();
        client.call("DescribeDBInstances", "{}").then().statusCode(200).body("Response.Error", nullValue());
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(elapsedMs >= 200, "took " + elapsedMs + " ms");
    }

    @Test
    void a_burst_above_the_throttle_gets_request_limit_exceeded() {
        addRule("{\"action\":\"DescribeDBInstances\",\"throttlePerSecond\":3}");
        int limited = 0;
        for (int i = 0; i < 10; i++) {
            String code = client.call("DescribeDBInstances", "{}").then().extract().path("Response.Error.Code");
            if ("RequestLimitExceeded".equals(code)) {
                limited++;
            }
        }
        // At most 3 get through in any one second; a burst of 10 takes far less than 3 seconds.
        assertTrue(limited >= 1 && limited <= 7, "limited " + limited);
        client.call("DescribeFlowStatus", "{\"FlowId\":999999}").then().body("Response.Error.Code", equalTo("InvalidParameter"));
    }

    @Test
    void fail_next_operation_ends_the_flow_failed_with_encryption_back() {
        String id = createInstance();
        addRule("{\"instanceId\":\"" + id + "\",\"failNextOperation\":true}");
        Integer flow = client.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .then().body("Response.Error", nullValue()).extract().path("Response.FlowId");
        client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + id + "\"}").then()
                .body("Response.SSLConfig.Encryption", equalTo("enable_doing"));
        RestAssured.given().body("{\"advance\":\"PT1M\"}").post(server.url() + "/_mock/clock").then().statusCode(200);
        client.call("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").then().body("Response.Status", equalTo(1));
        client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + id + "\"}").then()
                .body("Response.SSLConfig.Encryption", equalTo("disable"))
                .body("Response.SSLConfig.SSLValidity", equalTo(0))
                .body("Response.SSLConfig.SSLValidityPeriod", equalTo(""));
        // Spent: the next operation succeeds.
        flow = client.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .then().extract().path("Response.FlowId");
        RestAssured.given().body("{\"advance\":\"PT1M\"}").post(server.url() + "/_mock/clock").then().statusCode(200);
        client.call("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").then().body("Response.Status", equalTo(0));
    }

    @Test
    void drop_connection_closes_it_without_any_answer_once() throws Exception {
        addRule("{\"action\":\"DescribeDBInstances\",\"times\":1,\"dropConnection\":true}");
        assertEquals("", rawCall("DescribeDBInstances", "{}"));
        assertTrue(rawCall("DescribeDBInstances", "{}").startsWith("HTTP/1.1 200"));
    }

    /** A signed call over a bare socket; returns everything the server sent before closing. */
    static String rawCall(String action, String json) throws Exception {
        return FaultRoutesTestAccess.rawCall(server, action, json);
    }

    @Test
    void list_and_delete_one() {
        String a = addRule("{\"latencyMs\":0}");
        String b = addRule("{\"action\":\"DescribeDBInstances\",\"probability\":0.2,\"seed\":7,\"error\":{\"code\":\"InternalError\"}}");
        RestAssured.get(server.url() + "/_mock/faults").then().statusCode(200).body("", hasSize(2))
                .body("[1].id", equalTo(b)).body("[1].probability", equalTo(0.2f)).body("[1].seed", equalTo(7))
                .body("[1].error.message", equalTo("injected fault"));
        RestAssured.delete(server.url() + "/_mock/faults/" + a).then().statusCode(204);
        RestAssured.get(server.url() + "/_mock/faults").then().body("", hasSize(1)).body("[0].id", equalTo(b));
        RestAssured.delete(server.url() + "/_mock/faults/" + a).then().statusCode(404)
                .body("error", equalTo("fault rule " + a + " does not exist"));
    }

    @Test
    void unknown_fields_and_impossible_rules_are_400() {
        refused("{\"action\":\"X\",\"tims\":2,\"error\":{\"code\":\"E\"}}", "unknown field \"tims\" in a fault rule");
        refused("{\"error\":{\"code\":\"E\",\"msg\":\"x\"}}", "unknown field \"error.msg\"");
        refused("{\"times\":-1,\"error\":{\"code\":\"E\"}}", "times must be a positive integer, got -1");
        refused("{\"action\":\"X\"}", "a rule needs one effect");
        refused("{\"times\":1,\"error\":{\"code\":\"E\"},\"dropConnection\":true}", "combines error, dropConnection");
        refused("{\"times\":\"2\",\"error\":{\"code\":\"E\"}}", "times must be an integer");
        refused("{\"error\":{\"message\":\"m\"}}", "error.code is required");
        refused("{\"dropConnection\":false}", "dropConnection: false has no effect");
        refused("{\"seed\":7,\"error\":{\"code\":\"E\"}}", "seed is only meaningful with a probability");
        refused("[1]", "the request body must be a JSON object");
        RestAssured.get(server.url() + "/_mock/faults").then().body("", hasSize(0));
    }
}
