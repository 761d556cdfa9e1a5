package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented export → reset → import round trip at fleet size: 10,000 SSL-enabled instances
 * (about 20 MiB of JSON, far past the 1 MiB that used to be Jetty's 413), and a bad import of the
 * same size that leaves the store as it was.
 */
class StateImportScaleTest {
    static final int INSTANCES = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();
    static MockCloud server;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("state-scale", Instant.parse("2026-12-01T09:05:00Z")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String export() {
        return RestAssured.get(server.url() + "/_mock/state").then().statusCode(200).extract().asString();
    }

    static io.restassured.response.Response put(String doc) {
        return RestAssured.given().contentType("application/json").body(doc.getBytes(StandardCharsets.UTF_8))
                .put(server.url() + "/_mock/state");
    }

    /**
     * A document of {@code INSTANCES} SSL-enabled instances built from one the mock really made:
     * each copy gets its own id, certificate serial and finished enable operation, and carries the
     * real certificate and key PEMs, so its size is that of a real fleet's export.
     */
    static String fleet() throws Exception {
        MockAdmin admin = MockAdmin.of(server);
        String id = admin.create("ap-guangzhou", "template");
        SignedClient.of(server).call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .then().body("Response.Error", nullValue());
        admin.advance("PT1M");
        ObjectNode doc = (ObjectNode) JSON.readTree(export());
        JsonNode instance = doc.get("instances").get(0);
        JsonNode cert = doc.get("certificates").get(0);
        JsonNode op = doc.get("operations").get(0);
        ArrayNode instances = doc.putArray("instances");
        ArrayNode certs = doc.putArray("certificates");
        ArrayNode ops = doc.putArray("operations");
        for (int n = 1; n <= INSTANCES; n++) {
            String copyId = String.format("mssql-f%07d", n);
            String serial = String.format("%032x", n);
            instances.add(((ObjectNode) instance.deepCopy()).put("instanceId", copyId).put("name", "fleet-" + n)
                    .put("certSerial", serial));
            certs.add(((ObjectNode) cert.deepCopy()).put("instanceId", copyId).put("serialHex", serial).put("flowId", n));
            ops.add(((ObjectNode) op.deepCopy()).put("instanceId", copyId).put("flowId", n));
        }
        return doc.toString();
    }

    @Test
    void ten_thousand_instances_go_through_export_reset_import_and_a_bad_import_leaves_them_in_place() throws Exception {
        String fleet = fleet();
        put(fleet).then().statusCode(200);
        String exported = export();
        JsonNode before = JSON.readTree(exported);
        assertEquals(INSTANCES, before.get("instances").size());
        assertEquals(INSTANCES, before.get("certificates").size());
        int bytes = exported.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > 10 * (1 << 20), "a 10,000-instance export is " + bytes + " bytes");
        System.out.printf("StateImportScaleTest: %d instances export to %d bytes (%.1f MiB)%n", INSTANCES, bytes, bytes / 1048576.0);

        RestAssured.post(server.url() + "/_mock/reset").then().statusCode(200);
        assertEquals(0, JSON.readTree(export()).get("instances").size());
        put(exported).then().statusCode(200);
        assertEquals(before, JSON.readTree(export()));
        SignedClient.of(server).call("DescribeDBInstances", "{\"Limit\":1}").then()
                .body("Response.TotalCount", equalTo(INSTANCES));

        // The last object of the document is wrong: nothing before it may have been applied.
        ObjectNode bad = before.deepCopy();
        ArrayNode certs = (ArrayNode) bad.get("certificates");
        ((ObjectNode) certs.get(certs.size() - 1)).put("keyPem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        ((ObjectNode) bad.get("instances").get(0)).put("name", "renamed by the bad import");
        put(bad.toString()).then().statusCode(400).body("error", containsString("state not imported, nothing changed: "))
                .body("error", containsString("keyPem is not a parsable EC or RSA private key"));
        assertEquals(before, JSON.readTree(export()));
    }
}
