package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * DescribeDBInstancesAttribute, DescribeMaintenanceSpan, ModifyMaintenanceSpan (D16), and the
 * basics of ModifyDBInstanceSSL and DescribeFlowStatus, over HTTP.
 */
class InstanceActionsContractTest {
    static MockCloud server;
    static SignedClient api;
    static MockAdmin admin;

    String master;
    String replica;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("instance-actions-contract", Instant.parse("2026-12-01T09:05:00Z")));
        api = SignedClient.of(server);
        admin = MockAdmin.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void arrange() {
        admin.reset();
        var created = admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Name\":\"orders\",\"ReadOnlyReplicas\":1}")
                .then().statusCode(201).extract();
        master = created.path("InstanceId");
        replica = created.path("ReadOnlyInstanceIds[0]");
    }

    private ValidatableResponse call(String action, String json) {
        return api.call(action, json).then().statusCode(200).body("Response.RequestId", notNullValue());
    }

    private ValidatableResponse ok(String action, String json) {
        return call(action, json).body("Response.Error", nullValue());
    }

    private void error(String action, String json, String code, String message) {
        call(action, json).body("Response.Error.Code", equalTo(code)).body("Response.Error.Message", containsString(message));
    }

    private String id(String instanceId) {
        return "{\"InstanceId\":\"" + instanceId + "\"}";
    }

    // DescribeDBInstancesAttribute

    @Test
    void a_never_enabled_instance_reads_SSL_disabled_with_no_validity() {
        ok("DescribeDBInstancesAttribute", id(master))
                .body("Response.InstanceId", equalTo(master))
                .body("Response.SSLConfig.Encryption", equalTo("disable"))
                .body("Response.SSLConfig.SSLValidity", equalTo(0))
                .body("Response.SSLConfig.SSLValidityPeriod", equalTo(""))
                .body("Response.SSLConfig.IsKMS", equalTo(0))
                .body("Response.TDEConfig.Encryption", equalTo("disable"));
    }

    @Test
    void a_replica_reads_its_masters_SSLConfig() {
        long flow = enable(master);
        admin.advance("1m");
        ok("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").body("Response.Status", equalTo(0));
        String period = ok("DescribeDBInstancesAttribute", id(master)).body("Response.SSLConfig.Encryption", equalTo("enable"))
                .extract().path("Response.SSLConfig.SSLValidityPeriod");
        ok("DescribeDBInstancesAttribute", id(replica))
                .body("Response.InstanceId", equalTo(replica))
                .body("Response.SSLConfig.Encryption", equalTo("enable"))
                .body("Response.SSLConfig.SSLValidity", equalTo(1))
                .body("Response.SSLConfig.SSLValidityPeriod", equalTo(period));
    }

    @Test
    void attribute_of_an_unknown_instance_is_InstanceNotFound_naming_it() {
        error("DescribeDBInstancesAttribute", id("mssql-nothere1"), "ResourceNotFound.InstanceNotFound", "mssql-nothere1");
    }

    @Test
    void attribute_without_InstanceId_is_MissingParameter_naming_it() {
        error("DescribeDBInstancesAttribute", "{}", "MissingParameter", "InstanceId");
    }

    @Test
    void attribute_with_a_numeric_InstanceId_is_InvalidParameter_naming_it() {
        error("DescribeDBInstancesAttribute", "{\"InstanceId\":42}", "InvalidParameter", "InstanceId must be a string");
    }

    // ModifyDBInstanceSSL and DescribeFlowStatus basics

    private long enable(String instanceId) {
        Number flow = ok("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + instanceId + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .body("Response.FlowId", greaterThan(0)).extract().path("Response.FlowId");
        return flow.longValue();
    }

    @Test
    void enable_returns_a_FlowId_that_runs_then_succeeds_after_the_clock_moves() {
        long flow = enable(master);
        ok("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").body("Response.Status", equalTo(2));
        ok("DescribeDBInstancesAttribute", id(master)).body("Response.SSLConfig.Encryption", equalTo("enable_doing"));
        admin.advance("1m");
        ok("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").body("Response.Status", equalTo(0));
        ok("DescribeDBInstancesAttribute", id(master))
                .body("Response.SSLConfig.Encryption", equalTo("enable"))
                .body("Response.SSLConfig.SSLValidity", equalTo(1))
                .body("Response.SSLConfig.SSLValidityPeriod", matchesPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
    }

    @Test
    void WaitSwitch_may_be_left_out_and_reads_as_0() {
        Number flow = ok("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + master + "\",\"Type\":\"enable\"}")
                .extract().path("Response.FlowId");
        ok("DescribeDBInstancesAttribute", id(master)).body("Response.SSLConfig.Encryption", equalTo("enable_doing"));
        ok("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").body("Response.Status", equalTo(2));
    }

    @Test
    void flows_get_increasing_ids() {
        String other = admin.create("ap-guangzhou", "other");
        long first = enable(master);
        long second = enable(other);
        org.junit.jupiter.api.Assertions.assertTrue(second > first, first + " then " + second);
    }

    @Test
    void modify_ssl_on_an_unknown_instance_is_InstanceNotFound() {
        error("ModifyDBInstanceSSL", "{\"InstanceId\":\"mssql-nothere1\",\"Type\":\"enable\",\"WaitSwitch\":0}",
                "ResourceNotFound.InstanceNotFound", "mssql-nothere1");
    }

    @Test
    void modify_ssl_without_InstanceId_is_MissingParameter() {
        error("ModifyDBInstanceSSL", "{\"Type\":\"enable\"}", "MissingParameter", "InstanceId");
    }

    @Test
    void modify_ssl_without_Type_is_MissingParameter() {
        error("ModifyDBInstanceSSL", id(master), "MissingParameter", "Type");
    }

    @Test
    void an_unknown_Type_is_InputIllegal() {
        error("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + master + "\",\"Type\":\"toggle\"}", "InvalidParameter.InputIllegal", "Type");
    }

    @Test
    void a_WaitSwitch_other_than_0_or_1_is_InputIllegal() {
        error("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + master + "\",\"Type\":\"enable\",\"WaitSwitch\":2}",
                "InvalidParameter.InputIllegal", "WaitSwitch");
    }

    @Test
    void IsKMS_other_than_0_or_1_is_InputIllegal() {
        error("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + master + "\",\"Type\":\"enable\",\"IsKMS\":3}",
                "InvalidParameter.InputIllegal", "IsKMS");
    }

    @Test
    void IsKMS_1_without_a_key_is_InputIllegal() {
        error("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + master + "\",\"Type\":\"enable\",\"IsKMS\":1}",
                "InvalidParameter.InputIllegal", "KeyId");
    }

    @Test
    void modify_ssl_on_a_replica_is_NotSupportRoInstance() {
        error("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + replica + "\",\"Type\":\"enable\"}",
                "ResourceUnavailable.NotSupportRoInstance", replica);
    }

    @Test
    void DescribeFlowStatus_without_FlowId_is_MissingParameter() {
        error("DescribeFlowStatus", "{}", "MissingParameter", "FlowId");
    }

    @Test
    void an_unknown_FlowId_is_InvalidParameter_naming_it() {
        error("DescribeFlowStatus", "{\"FlowId\":987654}", "InvalidParameter", "987654");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"12\"", "-1", "0", "1.5", "[1]"})
    void a_FlowId_that_is_not_a_positive_integer_is_ParamsAssertFailed(String value) {
        error("DescribeFlowStatus", "{\"FlowId\":" + value + "}", "InvalidParameter.ParamsAssertFailed", "FlowId must be a positive integer");
    }

    // DescribeMaintenanceSpan / ModifyMaintenanceSpan

    private ValidatableResponse span(String instanceId) {
        return ok("DescribeMaintenanceSpan", id(instanceId));
    }

    @Test
    void a_new_instance_has_the_documented_default_window() {
        span(master).body("Response.Weekly", contains(1)).body("Response.StartTime", equalTo("00:00")).body("Response.Span", equalTo(6));
    }

    @Test
    void modify_maintenance_span_replaces_every_part_and_answers_without_a_FlowId() {
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Weekly\":[2,4],\"StartTime\":\"17:30\",\"Span\":3}")
                .body("Response.FlowId", nullValue());
        span(master).body("Response.Weekly", contains(2, 4)).body("Response.StartTime", equalTo("17:30")).body("Response.Span", equalTo(3));
    }

    @Test
    void duplicate_days_are_removed() {
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Weekly\":[5,3,5,3,7]}");
        span(master).body("Response.Weekly", contains(3, 5, 7));
    }

    @Test
    void a_partial_update_keeps_the_other_parts() {
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Weekly\":[6],\"StartTime\":\"22:15\",\"Span\":2}");
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Span\":24}");
        span(master).body("Response.Weekly", contains(6)).body("Response.StartTime", equalTo("22:15")).body("Response.Span", equalTo(24));
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"StartTime\":\"00:00\"}");
        span(master).body("Response.Weekly", contains(6)).body("Response.StartTime", equalTo("00:00")).body("Response.Span", equalTo(24));
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Weekly\":[1,7]}");
        span(master).body("Response.Weekly", contains(1, 7)).body("Response.StartTime", equalTo("00:00")).body("Response.Span", equalTo(24));
    }

    @Test
    void the_bounds_of_every_part_are_accepted() {
        ok("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Weekly\":[1,2,3,4,5,6,7],\"StartTime\":\"23:59\",\"Span\":1}");
        span(master).body("Response.Weekly", contains(1, 2, 3, 4, 5, 6, 7)).body("Response.StartTime", equalTo("23:59"))
                .body("Response.Span", equalTo(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"Weekly\":[]        | Weekly must name at least one day",
            "\"Weekly\":[0]       | Weekly values must be 1–7",
            "\"Weekly\":[1,8]     | Weekly values must be 1–7",
            "\"StartTime\":\"24:00\" | StartTime must be HH:mm",
            "\"StartTime\":\"9:00\"  | StartTime must be HH:mm",
            "\"StartTime\":\"12:60\" | StartTime must be HH:mm",
            "\"StartTime\":\"12:00:00\" | StartTime must be HH:mm",
            "\"StartTime\":\"\"      | StartTime must be HH:mm",
            "\"Span\":0           | Span must be 1–24",
            "\"Span\":25          | Span must be 1–24"})
    void an_out_of_range_window_part_is_InputIllegal_and_changes_nothing(String part, String message) {
        error("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\"," + part + "}", "InvalidParameter.InputIllegal", message);
        span(master).body("Response.Weekly", contains(1)).body("Response.StartTime", equalTo("00:00")).body("Response.Span", equalTo(6));
    }

    @Test
    void Weekly_as_strings_is_InvalidParameter_naming_the_element() {
        error("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + master + "\",\"Weekly\":[\"1\"]}", "InvalidParameter", "Weekly[0] must be an integer");
    }

    @Test
    void maintenance_actions_on_an_unknown_instance_are_InstanceNotFound() {
        error("DescribeMaintenanceSpan", id("mssql-nothere1"), "ResourceNotFound.InstanceNotFound", "mssql-nothere1");
        error("ModifyMaintenanceSpan", "{\"InstanceId\":\"mssql-nothere1\",\"Span\":2}", "ResourceNotFound.InstanceNotFound", "mssql-nothere1");
    }

    @Test
    void maintenance_actions_without_InstanceId_are_MissingParameter() {
        error("DescribeMaintenanceSpan", "{}", "MissingParameter", "InstanceId");
        error("ModifyMaintenanceSpan", "{\"Span\":2}", "MissingParameter", "InstanceId");
    }
}
