package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static dev.sslform.mockcloud.http.EnvelopeContractTest.envelope;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The /_mock admin surface: health, reset, instances and the clock. */
class AdminSurfaceContractTest {
    @TempDir
    static Path dir;
    static MockCloud server;
    static MockAdmin admin;
    static SignedClient api;

    @BeforeAll
    static void start() throws IOException {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                accounts:
                  - {SecretId: AKIDseeded, SecretKey: seeded-key, AppId: 1300000009}
                instances:
                  - {InstanceId: mssql-seed0001, Region: ap-guangzhou, Name: seeded}
                """);
        server = MockCloud.start(MockCloudConfig.forTests("admin-contract", Instant.parse("2026-12-01T09:05:00Z")).withSeed(seed));
        admin = MockAdmin.of(server);
        api = SignedClient.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void arrange() {
        admin.reset();
    }

    @Test
    void health_answers_ok_with_the_store_and_the_virtual_time() {
        String now = admin.get("/_mock/clock").then().extract().path("now");
        admin.get("/_mock/health").then().statusCode(200).contentType(startsWith("application/json"))
                .body("status", equalTo("ok")).body("store", org.hamcrest.Matchers.notNullValue()).body("now", equalTo(now));
    }

    @Test
    void create_answers_201_with_well_formed_ids() {
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"ReadOnlyReplicas\":2}").then().statusCode(201)
                .body("InstanceId", matchesPattern("mssql-[a-z0-9]{8}"))
                .body("ReadOnlyInstanceIds", hasSize(2))
                .body("ReadOnlyInstanceIds", everyItem(matchesPattern("mssqlro-[a-z0-9]{8}")));
    }

    @Test
    void create_takes_the_given_fields() {
        admin.post("/_mock/instances", "{\"InstanceId\":\"mssql-given001\",\"Region\":\"ap-beijing\",\"Zone\":\"ap-beijing-3\","
                + "\"Name\":\"named\",\"Maintenance\":{\"Weekly\":[2,2,6],\"StartTime\":\"17:00\",\"Span\":1}}").then().statusCode(201)
                .body("InstanceId", equalTo("mssql-given001"));
        admin.get("/_mock/instances/mssql-given001").then().statusCode(200)
                .body("Region", equalTo("ap-beijing")).body("Zone", equalTo("ap-beijing-3")).body("Name", equalTo("named"))
                .body("Maintenance.Weekly", contains(2, 6)).body("Maintenance.StartTime", equalTo("17:00"))
                .body("Maintenance.Span", equalTo(1)).body("SSLConfig.Encryption", equalTo("disable"));
    }

    @Test
    void the_Account_field_selects_the_owner() {
        String id = admin.create("{\"Region\":\"ap-guangzhou\",\"Account\":\"AKIDseeded\"}");
        admin.get("/_mock/instances/" + id).then().body("AppId", equalTo(1300000009));
        envelope(api.withKey("AKIDseeded", "seeded-key").call("DescribeDBInstances", "{}"))
                .body("Response.DBInstances.InstanceId", contains(id));
        envelope(api.call("DescribeDBInstances", "{}")).body("Response.DBInstances.InstanceId", not(hasItem(id)));
    }

    @Test
    void create_with_an_existing_id_is_409() {
        admin.post("/_mock/instances", "{\"InstanceId\":\"mssql-seed0001\",\"Region\":\"ap-guangzhou\"}").then().statusCode(409)
                .body("error", containsString("mssql-seed0001"));
    }

    @Test
    void create_with_an_unknown_field_is_400_naming_it() {
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Colour\":\"red\"}").then().statusCode(400)
                .body("error", containsString("Colour"));
    }

    @Test
    void create_without_a_Region_is_400() {
        admin.post("/_mock/instances", "{\"Name\":\"x\"}").then().statusCode(400).body("error", containsString("Region"));
    }

    @Test
    void create_with_an_unknown_Region_is_400_naming_it() {
        admin.post("/_mock/instances", "{\"Region\":\"mars-olympus-1\"}").then().statusCode(400)
                .body("error", containsString("mars-olympus-1"));
    }

    @Test
    void create_with_a_bad_Maintenance_is_400_naming_the_part() {
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Maintenance\":{\"Weekly\":[9]}}").then().statusCode(400)
                .body("error", containsString("Weekly"));
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Maintenance\":{\"Weekly\":[1],\"Span\":30}}").then().statusCode(400)
                .body("error", containsString("Span"));
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Maintenance\":{\"Weekly\":[1],\"StartTime\":\"25:00\"}}")
                .then().statusCode(400).body("error", containsString("StartTime"));
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Maintenance\":{\"Weekly\":[1],\"Hours\":3}}")
                .then().statusCode(400).body("error", containsString("Maintenance.Hours"));
    }

    @Test
    void create_with_a_malformed_id_or_body_is_400() {
        admin.post("/_mock/instances", "{\"InstanceId\":\"db-1\",\"Region\":\"ap-guangzhou\"}").then().statusCode(400)
                .body("error", containsString("InstanceId"));
        admin.post("/_mock/instances", "[1]").then().statusCode(400).body("error", containsString("JSON object"));
        admin.post("/_mock/instances", "{nope").then().statusCode(400).body("error", containsString("not valid JSON"));
    }

    @Test
    void list_shows_every_instance_of_every_account() {
        String id = admin.create("{\"Region\":\"ap-shanghai\",\"Account\":\"AKIDseeded\"}");
        admin.get("/_mock/instances").then().statusCode(200).body("InstanceId", containsInAnyOrder("mssql-seed0001", id));
    }

    @Test
    void get_and_delete_an_absent_instance_are_404() {
        admin.get("/_mock/instances/mssql-nothere1").then().statusCode(404).body("error", containsString("mssql-nothere1"));
        RestAssured.given().delete(server.url() + "/_mock/instances/mssql-nothere1").then().statusCode(404)
                .body("error", containsString("mssql-nothere1"));
    }

    @Test
    void delete_removes_an_instance_and_its_replicas() {
        var created = admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"ReadOnlyReplicas\":1}").then().statusCode(201).extract();
        String id = created.path("InstanceId");
        String ro = created.path("ReadOnlyInstanceIds[0]");
        RestAssured.given().delete(server.url() + "/_mock/instances/" + id).then().statusCode(204);
        admin.get("/_mock/instances/" + id).then().statusCode(404);
        admin.get("/_mock/instances/" + ro).then().statusCode(404);
        EnvelopeContractTest.refused(api.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + id + "\"}"),
                "ResourceNotFound.InstanceNotFound", id);
    }

    @Test
    void reset_returns_to_the_start_up_state() {
        String made = admin.create("ap-guangzhou", "temporary");
        envelope(api.call("ModifyMaintenanceSpan", "{\"InstanceId\":\"mssql-seed0001\",\"Span\":2}"));
        envelope(api.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"mssql-seed0001\",\"Type\":\"enable\"}"));
        admin.reset();
        List<String> ids = admin.get("/_mock/instances").then().extract().path("InstanceId");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("mssql-seed0001"), ids, "after reset, not " + made);
        admin.get("/_mock/instances/mssql-seed0001").then().body("Maintenance.Span", equalTo(6))
                .body("SSLConfig.Encryption", equalTo("disable"));
        envelope(api.withKey("AKIDseeded", "seeded-key").call("DescribeDBInstances", "{}")).body("Response.TotalCount", equalTo(0));
        envelope(api.call("DescribeDBInstances", "{}")).body("Response.DBInstances.InstanceId", contains("mssql-seed0001"));
    }

    @Test
    void the_clock_reads_and_advances() {
        // Reset keeps the clock (it never moves backwards), so the test reads where it stands.
        OffsetDateTime start = OffsetDateTime.parse(admin.get("/_mock/clock").then().statusCode(200)
                .body("mode", equalTo("manual")).extract().<String>path("now"));
        admin.post("/_mock/clock", "{\"advance\":\"1m\"}").then().statusCode(200)
                .body("now", equalTo(start.plusMinutes(1).toString()));
        admin.post("/_mock/clock", "{\"advance\":\"PT1H\"}").then().statusCode(200)
                .body("now", equalTo(start.plusMinutes(61).toString()));
        admin.get("/_mock/clock").then().body("now", equalTo(start.plusMinutes(61).toString()));
    }

    @Test
    void the_clock_can_be_set_forwards_but_not_backwards() {
        OffsetDateTime start = OffsetDateTime.parse(admin.get("/_mock/clock").then().extract().<String>path("now"));
        OffsetDateTime later = start.plusDays(3);
        admin.post("/_mock/clock", "{\"set\":\"" + later + "\"}").then().statusCode(200).body("now", equalTo(later.toString()));
        admin.post("/_mock/clock", "{\"set\":\"" + start + "\"}").then().statusCode(409).body("error", containsString("backwards"));
        admin.post("/_mock/clock", "{\"advance\":\"PT-1M\"}").then().statusCode(409).body("error", containsString("backwards"));
        admin.get("/_mock/clock").then().body("now", equalTo(later.toString()));
    }

    @Test
    void a_bad_clock_request_is_400() {
        admin.post("/_mock/clock", "{\"advance\":\"soon\"}").then().statusCode(400).body("error", containsString("advance"));
        admin.post("/_mock/clock", "{\"set\":\"tomorrow\"}").then().statusCode(400).body("error", containsString("tomorrow"));
        admin.post("/_mock/clock", "{\"advance\":\"1m\",\"set\":\"2030-01-01T00:00:00Z\"}").then().statusCode(400)
                .body("error", containsString("exactly one"));
    }

    @Test
    void an_unknown_admin_path_is_a_json_404() {
        admin.get("/_mock/nothing").then().statusCode(404).contentType(startsWith("application/json"))
                .body("error", containsString("/_mock/nothing"));
    }

    @Test
    void with_an_admin_token_calls_without_it_are_401_and_calls_with_it_succeed() {
        try (MockCloud guarded = MockCloud.start(MockCloudConfig.forTests("admin-token-contract", Instant.parse("2026-12-01T09:05:00Z"))
                .withAdminToken("s3cret"))) {
            RestAssured.given().get(guarded.url() + "/_mock/health").then().statusCode(401)
                    .contentType(startsWith("application/json")).body("error", containsString("X-Mock-Admin-Token"));
            RestAssured.given().header("X-Mock-Admin-Token", "wrong").get(guarded.url() + "/_mock/health").then().statusCode(401)
                    .body("error", containsString("X-Mock-Admin-Token"));
            RestAssured.given().contentType("application/json").body("{\"Region\":\"ap-guangzhou\"}")
                    .post(guarded.url() + "/_mock/instances").then().statusCode(401);
            RestAssured.given().header("X-Mock-Admin-Token", "s3cret").get(guarded.url() + "/_mock/health").then().statusCode(200)
                    .body("status", equalTo("ok"));
            RestAssured.given().header("X-Mock-Admin-Token", "s3cret").contentType("application/json").body("{\"Region\":\"ap-guangzhou\"}")
                    .post(guarded.url() + "/_mock/instances").then().statusCode(201);
            // The Tencent surface is guarded by signatures, not by the admin token.
            envelope(SignedClient.of(guarded).call("DescribeDBInstances", "{}")).body("Response.TotalCount", equalTo(1));
        }
    }
}
