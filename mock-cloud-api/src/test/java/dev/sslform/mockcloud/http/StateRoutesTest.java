package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static MockCloud server;
    static SignedClient client;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("state", Instant.parse("2026-12-01T09:05:00Z")));
        client = SignedClient.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void reset() {
        RestAssured.post(server.url() + "/_mock/reset").then().statusCode(200);
    }

    static JsonNode state() throws Exception {
        return JSON.readTree(RestAssured.get(server.url() + "/_mock/state").then().statusCode(200).extract().asString());
    }

    static String createInstance(String extra) {
        return RestAssured.given().body("{\"Region\":\"ap-guangzhou\"" + extra + "}").post(server.url() + "/_mock/instances")
                .then().statusCode(201).extract().path("InstanceId");
    }

    static int modify(String id, String type, int waitSwitch) {
        return client.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"" + type + "\",\"WaitSwitch\":" + waitSwitch + "}")
                .then().body("Response.Error", org.hamcrest.Matchers.nullValue()).extract().path("Response.FlowId");
    }

    static void advance(String d) {
        RestAssured.given().body("{\"advance\":\"" + d + "\"}").post(server.url() + "/_mock/clock").then().statusCode(200);
    }

    static void put(JsonNode doc, int status) {
        RestAssured.given().body(doc.toString()).put(server.url() + "/_mock/state").then().statusCode(status);
    }

    @Test
    void export_reset_import_export_gives_the_same_document_and_the_state_works_on() throws Exception {
        String a = createInstance(",\"ReadOnlyReplicas\":1,\"Maintenance\":{\"Weekly\":[1,2,3,4,5,6,7],\"StartTime\":\"17:00\",\"Span\":1}");
        String b = createInstance("");
        modify(a, "enable", 0);
        advance("PT1M");
        modify(a, "renew", 0);
        advance("PT1M");
        int waiting = modify(b, "enable", 1);
        JsonNode before = state();
        assertEquals(1, before.get("formatVersion").asInt());
        assertEquals(3, before.get("instances").size());
        assertEquals(2, before.get("certificates").size());
        assertEquals(3, before.get("operations").size());
        assertEquals(1, before.get("authorities").size());

        advance("PT1H"); // the import must bring the clock back too
        RestAssured.post(server.url() + "/_mock/reset").then().statusCode(200);
        assertNotEquals(before, state());
        put(before, 200);
        assertEquals(before, state());

        // The imported state lives on: the waiting flow runs in b's window, new flow ids stay above.
        client.call("DescribeFlowStatus", "{\"FlowId\":" + waiting + "}").then().body("Response.Status", equalTo(2));
        int next = modify(a, "disable", 0);
        assertTrue(next > waiting, next + " > " + waiting);
        RestAssured.get(server.url() + "/_mock/instances/" + a + "/ssl/server.pem").then().statusCode(200);
    }

    @Test
    void a_malformed_or_partial_document_is_refused_whole_and_nothing_changes() throws Exception {
        createInstance("");
        JsonNode before = state();

        ObjectNode missing = before.deepCopy();
        ((ObjectNode) missing.get("instances").get(0)).remove("vip");
        refused(missing, "instances[0]: missing field \"vip\"");

        ObjectNode unknown = before.deepCopy();
        unknown.put("extra", 1);
        refused(unknown, "the document: unknown field \"extra\"");

        ObjectNode dangling = before.deepCopy();
        ArrayNode ops = (ArrayNode) dangling.get("operations");
        ObjectNode op = ops.addObject();
        op.put("flowId", 99).put("instanceId", "mssql-nothere1").put("appId", 1).put("region", "ap-guangzhou").put("type", "ENABLE")
                .put("waitSwitch", 0).put("kms", false).put("keyId", "").put("keyRegion", "").put("phase", "SUCCEEDED")
                .put("requestedAt", "2026-12-01T09:05:00Z").putNull("startedAt").putNull("restartAt").putNull("dueAt")
                .putNull("finishedAt").put("failInjected", false);
        refused(dangling, "operations: FlowId 99 is on mssql-nothere1, which is not in the document");

        ObjectNode badVersion = before.deepCopy();
        badVersion.put("formatVersion", 2);
        refused(badVersion, "formatVersion 2 is not supported");

        ObjectNode badWindow = before.deepCopy();
        ((ObjectNode) badWindow.get("instances").get(0).get("maintenance")).put("span", 30);
        refused(badWindow, "Span must be 1–24 hours");

        RestAssured.given().body("{\"formatVersion\":").put(server.url() + "/_mock/state").then().statusCode(400)
                .body("error", containsString("not valid JSON"));
        assertEquals(before, state());
    }

    static void refused(JsonNode doc, String message) {
        RestAssured.given().body(doc.toString()).put(server.url() + "/_mock/state").then().statusCode(400)
                .body("error", containsString("state not imported, nothing changed: "))
                .body("error", containsString(message));
    }
}
