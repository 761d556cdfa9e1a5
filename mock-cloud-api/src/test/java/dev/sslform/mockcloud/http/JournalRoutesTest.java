package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JournalRoutesTest {
    static MockCloud server;
    static SignedClient client;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("journal", Instant.parse("2026-12-01T09:05:00Z")));
        client = SignedClient.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        RestAssured.delete(server.url() + "/_mock/requests").then().statusCode(204);
        RestAssured.delete(server.url() + "/_mock/faults").then().statusCode(204);
    }

    static String createInstance() {
        return RestAssured.given().body("{\"Region\":\"ap-guangzhou\"}").post(server.url() + "/_mock/instances")
                .then().statusCode(201).extract().path("InstanceId");
    }

    @Test
    void each_call_is_recorded_with_times_account_region_action_parameters_outcome_and_duration() {
        String id = createInstance();
        String requestId = client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + id + "\"}").then()
                .extract().path("Response.RequestId");
        RestAssured.get(server.url() + "/_mock/requests").then().statusCode(200).body("", hasSize(1))
                .body("[0].requestId", equalTo(requestId))
                .body("[0].time", equalTo("2026-12-01T17:05+08:00"))
                .body("[0].realTime", notNullValue())
                .body("[0].account.SecretId", equalTo(Account.DEFAULT_SECRET_ID))
                .body("[0].account.AppId", equalTo(1250000000))
                .body("[0].region", equalTo("ap-guangzhou"))
                .body("[0].action", equalTo("DescribeDBInstancesAttribute"))
                .body("[0].parameters.InstanceId", equalTo(id))
                .body("[0].outcome", equalTo("success"))
                .body("[0].durationMs", greaterThanOrEqualTo(0f));
    }

    @Test
    void errors_are_recorded_with_their_code_and_secrets_never() {
        client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"mssql-nothere1\"}");
        client.withKey(Account.DEFAULT_SECRET_ID, "wrong-key").call("DescribeDBInstances", "{}");
        String body = RestAssured.get(server.url() + "/_mock/requests").then().statusCode(200).body("", hasSize(2))
                .body("[0].outcome", equalTo("error"))
                .body("[0].error.code", equalTo("ResourceNotFound.InstanceNotFound"))
                .body("[1].error.code", equalTo("AuthFailure.SignatureFailure"))
                .body("[1].action", equalTo("DescribeDBInstances"))
                .extract().asString();
        assertFalse(body.contains(Account.DEFAULT_SECRET_KEY), body);
        assertFalse(body.contains("wrong-key"), body);
        assertFalse(body.contains("TC3-HMAC-SHA256"), body);
        assertFalse(body.contains("Signature="), body);
        assertFalse(body.contains("Credential="), body);
    }

    @Test
    void filters_by_action_instance_since_and_limit() {
        String a = createInstance();
        String b = createInstance();
        client.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + a + "\"}");
        client.call("DescribeDBInstances", "{\"InstanceIdSet\":[\"" + a + "\",\"" + b + "\"]}");
        RestAssured.given().body("{\"advance\":\"PT1H\"}").post(server.url() + "/_mock/clock").then().statusCode(200);
        client.call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + b + "\"}");
        String url = server.url() + "/_mock/requests";
        RestAssured.get(url + "?action=DescribeDBInstances").then().body("", hasSize(1)).body("[0].action", equalTo("DescribeDBInstances"));
        RestAssured.get(url + "?instanceId=" + b).then().body("", hasSize(2))
                .body("action", equalTo(List.of("DescribeDBInstances", "DescribeMaintenanceSpan")));
        RestAssured.given().queryParam("since", "2026-12-01T18:00:00+08:00").get(url).then().body("", hasSize(1))
                .body("[0].action", equalTo("DescribeMaintenanceSpan"));
        RestAssured.get(url + "?limit=2").then().body("", hasSize(2)).body("[1].action", equalTo("DescribeMaintenanceSpan"));
        Integer first = RestAssured.get(url).then().extract().path("[0].seq");
        RestAssured.get(url + "?since=" + first).then().body("", hasSize(2)).body("seq", everyItem(not(equalTo(first))));
    }

    @Test
    void a_dropped_call_is_recorded_too() {
        RestAssured.given().body("{\"action\":\"DescribeDBInstances\",\"times\":1,\"dropConnection\":true}")
                .post(server.url() + "/_mock/faults").then().statusCode(201);
        try {
            FaultRoutesTestAccess.rawCall(server, "DescribeDBInstances", "{}");
        } catch (Exception ignored) {
            // The point is what the journal says.
        }
        RestAssured.get(server.url() + "/_mock/requests").then().body("", hasSize(1))
                .body("[0].error.code", equalTo("mock.ConnectionDropped"));
    }

    @Test
    void bad_queries_are_400() {
        RestAssured.get(server.url() + "/_mock/requests?limit=0").then().statusCode(400).body("error", containsString("limit must be 1–10000"));
        RestAssured.get(server.url() + "/_mock/requests?since=yesterday").then().statusCode(400)
                .body("error", containsString("since must be a seq number or an ISO-8601 date-time"));
        RestAssured.get(server.url() + "/_mock/requests?actoin=X").then().statusCode(400)
                .body("error", containsString("unknown query parameter \"actoin\""));
    }
}
