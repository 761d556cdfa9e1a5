package dev.sslform.mockcloud.testkit;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A mockcloud server for life-cycle tests: the admin surface (instances, clock) over plain HTTP
 * and the Tencent surface through {@link SignedClient}, with the few reads the tests repeat.
 * Times are ISO-8601 with an offset, as the admin surface takes them.
 */
public final class Lab implements AutoCloseable {
    public final MockCloud server;
    public final SignedClient api;

    public Lab(MockCloud server) {
        this.server = server;
        this.api = SignedClient.of(server);
    }

    /** A fresh server: in-memory H2 named {@code name}, manual clock at {@code clockStart}. */
    public static Lab start(String name, String clockStart) {
        return new Lab(MockCloud.start(MockCloudConfig.forTests(name, OffsetDateTime.parse(clockStart).toInstant())));
    }

    /** The ids created by the admin surface: the primary, then its replicas. */
    public record Created(String id, List<String> replicas) {
    }

    /** An instance in ap-guangzhou (Asia/Shanghai) with the given window and replicas. */
    public Created create(int replicas, List<Integer> weekly, String startTime, int span) {
        String body = "{\"Region\":\"ap-guangzhou\",\"ReadOnlyReplicas\":" + replicas + ",\"Maintenance\":{\"Weekly\":"
                + weekly.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))
                + ",\"StartTime\":\"" + startTime + "\",\"Span\":" + span + "}}";
        JsonPath out = RestAssured.given().contentType("application/json").body(body)
                .post(server.url() + "/_mock/instances").then().statusCode(201).extract().jsonPath();
        return new Created(out.getString("InstanceId"), out.getList("ReadOnlyInstanceIds", String.class));
    }

    /** An instance with the doc's default window (Monday 00:00 for 6 hours). */
    public Created create(int replicas) {
        return create(replicas, List.of(1), "00:00", 6);
    }

    /** {@code ModifyDBInstanceSSL} as sent; the raw response. */
    public Response modify(String id, String type, int waitSwitch) {
        return api.call("ModifyDBInstanceSSL",
                "{\"InstanceId\":\"" + id + "\",\"Type\":\"" + type + "\",\"WaitSwitch\":" + waitSwitch + "}");
    }

    /** {@code ModifyDBInstanceSSL} that must be accepted; its FlowId. */
    public long accepted(String id, String type, int waitSwitch) {
        return flowIdOf(modify(id, type, waitSwitch));
    }

    public static long flowIdOf(Response r) {
        JsonPath j = r.then().statusCode(200).extract().jsonPath();
        assertNull(j.get("Response.Error"), () -> "expected a FlowId, got " + r.asString());
        return j.getLong("Response.FlowId");
    }

    /** The error code of a Tencent-surface response, or null if it succeeded. */
    public static String errorCode(Response r) {
        return r.then().statusCode(200).extract().jsonPath().getString("Response.Error.Code");
    }

    public static String errorMessage(Response r) {
        return r.then().statusCode(200).extract().jsonPath().getString("Response.Error.Message");
    }

    /** {@code DescribeFlowStatus.Status}. */
    public int flowStatus(long flowId) {
        JsonPath j = api.call("DescribeFlowStatus", "{\"FlowId\":" + flowId + "}").then().statusCode(200).extract().jsonPath();
        assertNull(j.get("Response.Error"), () -> "DescribeFlowStatus failed: " + j.prettify());
        return j.getInt("Response.Status");
    }

    /** {@code DescribeDBInstancesAttribute.SSLConfig}. */
    public Map<String, Object> sslConfig(String id) {
        JsonPath j = api.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + id + "\"}").then().statusCode(200)
                .extract().jsonPath();
        assertNull(j.get("Response.Error"), () -> "DescribeDBInstancesAttribute failed: " + j.prettify());
        return j.getMap("Response.SSLConfig");
    }

    /** {@code DescribeDBInstances} for one id: {@code DBInstance.Status}. */
    public int status(String id) {
        JsonPath j = api.call("DescribeDBInstances", "{\"InstanceIdSet\":[\"" + id + "\"]}").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, j.getInt("Response.TotalCount"), () -> "DescribeDBInstances " + id + ": " + j.prettify());
        return j.getInt("Response.DBInstances[0].Status");
    }

    /** The admin view ({@code Status}, {@code SSLConfig}, {@code Restarting} …). */
    public JsonPath admin(String id) {
        return RestAssured.get(server.url() + "/_mock/instances/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** "Status/Encryption" of the admin view, e.g. {@code 13/wait_doing}: one string, so a failure shows both. */
    public String state(String id) {
        JsonPath j = admin(id);
        return j.getInt("Status") + "/" + j.getString("SSLConfig.Encryption");
    }

    /** Moves the virtual clock to {@code isoTime} through the admin surface. */
    public void setClock(String isoTime) {
        RestAssured.given().contentType("application/json").body("{\"set\":\"" + isoTime + "\"}")
                .post(server.url() + "/_mock/clock").then().statusCode(200);
    }

    /** Advances the virtual clock by {@code duration} (PT10M, 20s …) through the admin surface. */
    public void advance(String duration) {
        RestAssured.given().contentType("application/json").body("{\"advance\":\"" + duration + "\"}")
                .post(server.url() + "/_mock/clock").then().statusCode(200);
    }

    public Instant now() {
        return server.clock().instant();
    }

    @Override
    public void close() {
        server.close();
    }
}
