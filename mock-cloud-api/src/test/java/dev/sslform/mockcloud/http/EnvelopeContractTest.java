package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The API 3.0 envelope (spec §4.4) and everything a client can get wrong around it: whatever is
 * sent, the answer is HTTP 200, JSON, a RequestId, and an Error naming what was wrong.
 */
class EnvelopeContractTest {
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static MockCloud server;
    static SignedClient api;
    static MockAdmin admin;
    String instance;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("envelope-contract", Instant.parse("2026-12-01T09:05:00Z")));
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
        instance = admin.create("ap-guangzhou", "orders");
    }

    /** The envelope every answer shares; returns it for the caller's own assertions. */
    static ValidatableResponse envelope(Response r) {
        return r.then().statusCode(200).contentType(startsWith("application/json"))
                .body("Response.RequestId", matchesPattern(UUID))
                .body(not(containsString("\tat ")))
                .body(not(containsString("Exception")));
    }

    static void refused(Response r, String code, String message) {
        envelope(r).body("Response.Error.Code", equalTo(code)).body("Response.Error.Message", containsString(message));
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static RequestSpecification bare(String contentType, String body) {
        return api.bare(contentType, body.getBytes(StandardCharsets.UTF_8), now());
    }

    private static RequestSpecification json(String body) {
        return bare("application/json", body);
    }

    private static String url() {
        return server.url() + "/";
    }

    @Test
    void a_success_is_200_json_with_a_RequestId_and_no_Error() {
        envelope(api.call("DescribeDBInstances", "{}")).body("Response.Error", nullValue()).body("Response.TotalCount", equalTo(1));
    }

    @Test
    void every_answer_gets_a_fresh_RequestId() {
        String a = api.call("DescribeDBInstances", "{}").then().extract().path("Response.RequestId");
        String b = api.call("DescribeDBInstances", "{}").then().extract().path("Response.RequestId");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void an_error_is_200_json_with_Code_Message_and_RequestId() {
        envelope(api.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"mssql-nothere1\"}"))
                .body("Response.Error.Code", equalTo("ResourceNotFound.InstanceNotFound"))
                .body("Response.Error.Message", containsString("mssql-nothere1"));
    }

    @Test
    void malformed_json_is_InvalidParameter() {
        refused(api.call("DescribeDBInstances", "{\"Limit\": 10,"), "InvalidParameter", "not valid JSON");
    }

    @Test
    void a_json_array_body_is_InvalidParameter() {
        refused(api.call("DescribeDBInstances", "[{\"Limit\":10}]"), "InvalidParameter", "must be a JSON object");
    }

    @Test
    void a_json_scalar_body_is_InvalidParameter() {
        refused(api.call("DescribeDBInstances", "\"hello\""), "InvalidParameter", "must be a JSON object");
    }

    @Test
    void an_empty_body_reads_as_no_parameters() {
        envelope(api.call("DescribeDBInstances", "")).body("Response.Error", nullValue()).body("Response.TotalCount", equalTo(1));
    }

    @Test
    void a_string_where_an_integer_belongs_is_InvalidParameter_naming_it() {
        refused(api.call("DescribeDBInstances", "{\"Limit\":\"10\"}"), "InvalidParameter", "The parameter Limit must be an integer");
    }

    @Test
    void a_number_where_a_string_belongs_is_InvalidParameter_naming_it() {
        refused(api.call("DescribeDBInstancesAttribute", "{\"InstanceId\":12345}"), "InvalidParameter",
                "The parameter InstanceId must be a string, got the number 12345");
    }

    @Test
    void an_object_inside_a_string_list_is_InvalidParameter_naming_the_element() {
        refused(api.call("DescribeDBInstances", "{\"InstanceIdSet\":[\"" + instance + "\",{}]}"), "InvalidParameter",
                "InstanceIdSet[1] must be a string, got an object");
    }

    @Test
    void a_scalar_where_a_list_belongs_is_InvalidParameter_naming_it() {
        refused(api.call("DescribeDBInstances", "{\"InstanceIdSet\":\"" + instance + "\"}"), "InvalidParameter",
                "InstanceIdSet must be an array of strings");
    }

    @Test
    void a_missing_required_parameter_is_MissingParameter_naming_it() {
        refused(api.call("ModifyDBInstanceSSL", "{\"Type\":\"enable\"}"), "MissingParameter", "InstanceId");
    }

    @Test
    void CMKId_sent_to_ModifyDBInstanceSSL_is_UnknownParameter_naming_it() {
        refused(api.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + instance + "\",\"Type\":\"enable\",\"IsKMS\":1,\"CMKId\":\"k\",\"KeyRegion\":\"ap-guangzhou\"}"),
                "UnknownParameter", "CMKId");
    }

    @Test
    void an_unknown_parameter_is_refused_before_anything_changes() {
        refused(api.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + instance + "\",\"Type\":\"enable\",\"Typo\":1}"),
                "UnknownParameter", "Typo");
        envelope(api.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + instance + "\"}"))
                .body("Response.SSLConfig.Encryption", equalTo("disable"));
    }

    @Test
    void unknown_parameters_are_refused_with_UnknownParameter_listing_what_is_accepted() {
        refused(api.call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + instance + "\",\"instanceid\":\"x\"}"),
                "UnknownParameter", "it accepts InstanceId");
    }

    @Test
    void an_unknown_action_is_InvalidAction_naming_it() {
        refused(api.call("DescribeEverything", "{}"), "InvalidAction", "DescribeEverything");
    }

    @Test
    void a_missing_action_header_is_MissingParameter() {
        refused(json("{}").header("X-TC-Version", "2018-03-28").header("X-TC-Region", "ap-guangzhou").post(url()),
                "MissingParameter", "X-TC-Action");
    }

    @Test
    void a_missing_version_is_MissingParameter_naming_X_TC_Version() {
        refused(json("{}").header("X-TC-Action", "DescribeDBInstances").header("X-TC-Region", "ap-guangzhou").post(url()),
                "MissingParameter", "X-TC-Version");
    }

    @Test
    void a_wrong_version_is_NoSuchVersion_naming_it() {
        refused(json("{}").header("X-TC-Action", "DescribeDBInstances").header("X-TC-Version", "2017-03-20")
                .header("X-TC-Region", "ap-guangzhou").post(url()), "NoSuchVersion", "2017-03-20");
    }

    @Test
    void a_missing_region_is_MissingParameter_naming_X_TC_Region() {
        refused(api.withRegion(null).call("DescribeDBInstances", "{}"), "MissingParameter", "X-TC-Region");
    }

    @Test
    void an_unknown_region_is_UnsupportedRegion_naming_it() {
        refused(api.withRegion("mars-olympus-1").call("DescribeDBInstances", "{}"), "UnsupportedRegion", "mars-olympus-1");
    }

    @Test
    void a_body_over_one_MiB_is_RequestSizeLimitExceeded() {
        char[] pad = new char[(1 << 20) + 16];
        Arrays.fill(pad, ' ');
        String body = "{\"Limit\":10" + new String(pad) + "}";
        refused(api.call("DescribeDBInstances", body), "RequestSizeLimitExceeded", "1048576 bytes");
    }

    @Test
    void a_body_of_exactly_one_MiB_is_accepted() {
        String head = "{\"Limit\":10";
        char[] pad = new char[(1 << 20) - head.length() - 1];
        Arrays.fill(pad, ' ');
        envelope(api.call("DescribeDBInstances", head + new String(pad) + "}")).body("Response.Error", nullValue());
    }

    @Test
    void PUT_is_UnsupportedProtocol() {
        refused(api.request("DescribeDBInstances", "{}").put(url()), "UnsupportedProtocol", "PUT");
    }

    @Test
    void DELETE_is_UnsupportedProtocol() {
        refused(api.request("DescribeDBInstances", "{}").delete(url()), "UnsupportedProtocol", "DELETE");
    }

    @Test
    void a_POST_that_is_not_json_is_InvalidParameter_naming_the_content_type() {
        refused(bare("text/plain", "{}").header("X-TC-Action", "DescribeDBInstances").header("X-TC-Version", "2018-03-28")
                .header("X-TC-Region", "ap-guangzhou").post(url()), "InvalidParameter", "Content-Type application/json, got \"text/plain\"");
    }

    @Test
    void the_Content_Type_of_each_sdk_is_accepted() {
        for (String ct : new String[]{"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"}) {
            envelope(bare(ct, "{}").header("X-TC-Action", "DescribeDBInstances").header("X-TC-Version", "2018-03-28")
                    .header("X-TC-Region", "ap-guangzhou").post(url())).body("Response.Error", nullValue());
        }
    }

    @Test
    void the_GET_form_with_flattened_arrays_modifies_the_window() {
        envelope(api.get("ModifyMaintenanceSpan", "InstanceId=" + instance + "&Weekly.0=1&Weekly.1=2&Weekly.2=3&StartTime=03%3A30&Span=4"))
                .body("Response.Error", nullValue());
        envelope(api.get("DescribeMaintenanceSpan", "InstanceId=" + instance))
                .body("Response.Weekly", contains(1, 2, 3)).body("Response.StartTime", equalTo("03:30")).body("Response.Span", equalTo(4));
    }

    @Test
    void the_GET_form_of_DescribeDBInstances_takes_a_flattened_InstanceIdSet() {
        envelope(api.get("DescribeDBInstances", "InstanceIdSet.0=" + instance + "&Limit=5"))
                .body("Response.TotalCount", equalTo(1)).body("Response.DBInstances[0].InstanceId", equalTo(instance));
    }

    @Test
    void the_GET_form_with_an_unflattened_list_is_InvalidParameter_naming_it() {
        refused(api.get("ModifyMaintenanceSpan", "InstanceId=" + instance + "&Weekly=1"), "InvalidParameter", "Weekly is a list");
    }

    @Test
    void the_GET_form_with_a_non_integer_is_InvalidParameter_naming_it() {
        refused(api.get("ModifyMaintenanceSpan", "InstanceId=" + instance + "&Span=six"), "InvalidParameter", "Span must be an integer");
    }

    @Test
    void the_GET_form_with_an_unknown_parameter_is_UnknownParameter() {
        refused(api.get("DescribeMaintenanceSpan", "InstanceId=" + instance + "&Foo=1"), "UnknownParameter", "Foo");
    }

    @Test
    void the_GET_form_out_of_range_is_InputIllegal() {
        refused(api.get("ModifyMaintenanceSpan", "InstanceId=" + instance + "&Weekly.0=9"), "InvalidParameter.InputIllegal", "Weekly");
    }

    @Test
    void an_unsigned_GET_is_refused_with_an_envelope_too() {
        refused(io.restassured.RestAssured.given().get(url()), "MissingParameter", "X-TC-Action");
    }
}
