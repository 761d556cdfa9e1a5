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

    static long modify(String id, String type, int waitSwitch) {
        return client.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"" + type + "\",\"WaitSwitch\":" + waitSwitch + "}")
                .then().body("Response.Error", org.hamcrest.Matchers.nullValue()).extract().jsonPath().getLong("Response.FlowId");
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
        long waiting = modify(b, "enable", 1);
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
        long next = modify(a, "disable", 0);
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

    /** A state with one SSL-enabled instance: a CA, a certificate and a finished operation. */
    static JsonNode enabledState() throws Exception {
        String id = createInstance("");
        modify(id, "enable", 0);
        advance("PT1M");
        JsonNode doc = state();
        assertEquals(1, doc.get("certificates").size());
        return doc;
    }

    @Test
    void a_flow_id_of_2_to_the_63_minus_1_is_refused_clearly_and_nothing_changes() throws Exception {
        JsonNode before = enabledState();
        ObjectNode huge = before.deepCopy();
        ((ObjectNode) huge.get("operations").get(0)).put("flowId", Long.MAX_VALUE);
        refused(huge, "operations: FlowId 9223372036854775807 is too large; imported flow ids must be 1 to 9007199254740990");
        assertEquals(before, state());
    }

    @Test
    void the_largest_importable_flow_id_imports_and_the_next_flow_id_is_2_to_the_53_minus_1() throws Exception {
        JsonNode before = enabledState();
        ObjectNode edge = before.deepCopy();
        ((ObjectNode) edge.get("operations").get(0)).put("flowId", (1L << 53) - 2);
        put(edge, 200);
        String id = edge.get("instances").get(0).get("instanceId").asText();
        long next = client.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"renew\",\"WaitSwitch\":0}")
                .then().body("Response.Error", org.hamcrest.Matchers.nullValue()).extract().jsonPath().getLong("Response.FlowId");
        assertEquals((1L << 53) - 1, next);
        put(before, 200); // flow ids go on from the restored document's, for the other tests
    }

    @Test
    void an_instance_id_not_in_the_real_format_is_refused_and_nothing_changes() throws Exception {
        createInstance(",\"ReadOnlyReplicas\":1");
        JsonNode before = state();
        ObjectNode weird = before.deepCopy();
        ObjectNode primary = (ObjectNode) weird.get("instances").get(0);
        if (!primary.get("masterId").isNull()) {
            primary = (ObjectNode) weird.get("instances").get(1);
        }
        String old = primary.get("instanceId").asText();
        primary.put("instanceId", "../../weird id\n");
        for (JsonNode i : weird.get("instances")) {
            if (old.equals(i.get("masterId").asText(null))) {
                ((ObjectNode) i).put("masterId", "../../weird id\n");
            }
        }
        refused(weird, "instances: the id \"../../weird id\\n\" is not a primary's id, mssql- followed by 1 to 32 lower-case");

        ObjectNode replicaAsPrimary = before.deepCopy();
        for (JsonNode i : replicaAsPrimary.get("instances")) {
            if (!i.get("masterId").isNull()) {
                ((ObjectNode) i).put("instanceId", "mssql-looksprimary");
            }
        }
        refused(replicaAsPrimary, "instances: the id \"mssql-looksprimary\" is not a read-only replica's id, mssqlro-");
        assertEquals(before, state());
    }

    @Test
    void unparsable_certificates_and_keys_are_refused_naming_them_and_nothing_changes() throws Exception {
        JsonNode before = enabledState();
        String id = before.get("instances").get(0).get("instanceId").asText();
        String serial = before.get("certificates").get(0).get("serialHex").asText();

        ObjectNode garbageCert = before.deepCopy();
        ((ObjectNode) garbageCert.get("certificates").get(0)).put("certPem", "not a certificate");
        refused(garbageCert, "certificates: " + serial + " of " + id + ": certPem must be one PEM CERTIFICATE block");

        ObjectNode corruptCert = before.deepCopy();
        String pem = before.get("certificates").get(0).get("certPem").asText();
        ((ObjectNode) corruptCert.get("certificates").get(0)).put("certPem", pem.replace(pem.substring(80, 120), "A".repeat(40)));
        refused(corruptCert, "certificates: " + serial + " of " + id + ": certPem is not a parsable X.509 certificate");

        ObjectNode truncatedKey = before.deepCopy();
        String key = before.get("certificates").get(0).get("keyPem").asText();
        ((ObjectNode) truncatedKey.get("certificates").get(0)).put("keyPem",
                "-----BEGIN PRIVATE KEY-----\n" + key.split("\n")[1].substring(0, 20) + "\n-----END PRIVATE KEY-----\n");
        refused(truncatedKey, "certificates: " + serial + " of " + id + ": keyPem is not a parsable EC or RSA private key");

        ObjectNode certAsCaKey = before.deepCopy();
        ((ObjectNode) certAsCaKey.get("authorities").get(0)).put("keyPem", pem);
        refused(certAsCaKey, "authorities: the CA of account ");
        refused(certAsCaKey, ": keyPem must be one PEM PRIVATE KEY (PKCS#8) block");
        assertEquals(before, state());
    }

    static void refused(JsonNode doc, String message) {
        RestAssured.given().body(doc.toString()).put(server.url() + "/_mock/state").then().statusCode(400)
                .body("error", containsString("state not imported, nothing changed: "))
                .body("error", containsString(message));
    }
}
