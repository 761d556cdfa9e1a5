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
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** DescribeDBInstances over HTTP: every honoured filter, paging per D1, unknown ids per D2. */
class DescribeDBInstancesContractTest {
    static MockCloud server;
    static SignedClient api;
    static MockAdmin admin;

    String alpha;
    String beta;
    String gamma;
    String replica;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("describe-contract", Instant.parse("2026-12-01T09:05:00Z")));
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
        alpha = admin.create("{\"Region\":\"ap-guangzhou\",\"Name\":\"orders-alpha\",\"Zone\":\"ap-guangzhou-2\"}");
        beta = admin.create("{\"Region\":\"ap-guangzhou\",\"Name\":\"orders-beta\",\"Zone\":\"ap-guangzhou-3\"}");
        var created = admin.post("/_mock/instances",
                "{\"Region\":\"ap-guangzhou\",\"Name\":\"billing\",\"Zone\":\"ap-guangzhou-3\",\"ReadOnlyReplicas\":1}")
                .then().statusCode(201).extract();
        gamma = created.path("InstanceId");
        replica = created.path("ReadOnlyInstanceIds[0]");
        admin.create("ap-shanghai", "elsewhere");
    }

    private ValidatableResponse describe(String json) {
        return api.call("DescribeDBInstances", json).then().statusCode(200).body("Response.RequestId", notNullValue());
    }

    private ValidatableResponse error(String json, String code, String message) {
        return describe(json).body("Response.Error.Code", equalTo(code)).body("Response.Error.Message", containsString(message));
    }

    @Test
    void without_filters_it_lists_every_instance_of_the_callers_region_and_none_of_another() {
        describe("{}").body("Response.Error", nullValue())
                .body("Response.TotalCount", equalTo(4))
                .body("Response.DBInstances.InstanceId", containsInAnyOrder(alpha, beta, gamma, replica))
                .body("Response.DBInstances.Region", everyItem(equalTo("ap-guangzhou")));
    }

    @Test
    void a_dbinstance_carries_the_documented_fields() {
        describe("{\"InstanceIdSet\":[\"" + alpha + "\"]}")
                .body("Response.DBInstances[0].InstanceId", equalTo(alpha))
                .body("Response.DBInstances[0].Name", equalTo("orders-alpha"))
                .body("Response.DBInstances[0].Zone", equalTo("ap-guangzhou-2"))
                .body("Response.DBInstances[0].Status", equalTo(2))
                .body("Response.DBInstances[0].InstanceType", equalTo("HA"))
                .body("Response.DBInstances[0].Vport", equalTo(1433))
                .body("Response.DBInstances[0].Vip", notNullValue());
    }

    @Test
    void InstanceIdSet_selects_exact_ids() {
        describe("{\"InstanceIdSet\":[\"" + alpha + "\",\"" + gamma + "\"]}")
                .body("Response.TotalCount", equalTo(2))
                .body("Response.DBInstances.InstanceId", containsInAnyOrder(alpha, gamma));
    }

    @Test
    void unknown_ids_in_InstanceIdSet_are_left_out_without_an_error() {
        describe("{\"InstanceIdSet\":[\"" + beta + "\",\"mssql-nothere1\"]}")
                .body("Response.Error", nullValue())
                .body("Response.TotalCount", equalTo(1))
                .body("Response.DBInstances.InstanceId", contains(beta));
    }

    @Test
    void only_unknown_ids_give_an_empty_list_and_a_zero_count() {
        describe("{\"InstanceIdSet\":[\"mssql-nothere1\"]}")
                .body("Response.Error", nullValue())
                .body("Response.TotalCount", equalTo(0))
                .body("Response.DBInstances", empty());
    }

    @Test
    void Status_filters_on_the_derived_status() {
        describe("{\"Status\":2}").body("Response.TotalCount", equalTo(4));
        describe("{\"Status\":7}").body("Response.TotalCount", equalTo(0)).body("Response.DBInstances", empty());
    }

    @Test
    void SearchKey_matches_part_of_the_id_or_the_name() {
        describe("{\"SearchKey\":\"ORDERS\"}").body("Response.DBInstances.InstanceId", containsInAnyOrder(alpha, beta));
        describe("{\"SearchKey\":\"" + gamma.substring(0, 10) + "\"}").body("Response.DBInstances.InstanceId", contains(gamma));
    }

    @Test
    void InstanceNameSet_matches_any_of_the_names_fuzzily() {
        describe("{\"InstanceNameSet\":[\"alpha\",\"billing-ro\"]}")
                .body("Response.DBInstances.InstanceId", containsInAnyOrder(alpha, replica));
    }

    @Test
    void Zone_filters_exactly() {
        describe("{\"Zone\":\"ap-guangzhou-3\"}").body("Response.DBInstances.InstanceId", containsInAnyOrder(beta, gamma, replica));
        describe("{\"Zone\":\"ap-guangzhou-9\"}").body("Response.TotalCount", equalTo(0));
    }

    @Test
    void InstanceType_separates_primaries_from_read_only_replicas() {
        describe("{\"InstanceType\":\"RO\"}").body("Response.DBInstances.InstanceId", contains(replica))
                .body("Response.DBInstances[0].ROFlag", equalTo("RO"));
        describe("{\"InstanceType\":\"HA\"}").body("Response.DBInstances.InstanceId", containsInAnyOrder(alpha, beta, gamma));
    }

    @Test
    void filters_combine() {
        describe("{\"Zone\":\"ap-guangzhou-3\",\"InstanceType\":\"HA\",\"SearchKey\":\"orders\"}")
                .body("Response.DBInstances.InstanceId", contains(beta));
    }

    private List<String> allIdsInOrder() {
        return api.call("DescribeDBInstances", "{}").then().extract().path("Response.DBInstances.InstanceId");
    }

    @Test
    void PaginationType_offset_skips_items_and_TotalCount_ignores_paging() {
        List<String> all = allIdsInOrder();
        describe("{\"PaginationType\":\"offset\",\"Offset\":1,\"Limit\":2}")
                .body("Response.TotalCount", equalTo(4))
                .body("Response.DBInstances.InstanceId", contains(all.get(1), all.get(2)));
        describe("{\"PaginationType\":\"offset\",\"Offset\":3,\"Limit\":2}")
                .body("Response.DBInstances.InstanceId", contains(all.get(3)));
    }

    @Test
    void PaginationType_pageNumber_skips_whole_pages() {
        List<String> all = allIdsInOrder();
        describe("{\"PaginationType\":\"pageNumber\",\"Offset\":1,\"Limit\":3}")
                .body("Response.TotalCount", equalTo(4))
                .body("Response.DBInstances.InstanceId", contains(all.get(3)));
    }

    @Test
    void without_PaginationType_Offset_counts_pages() {
        List<String> all = allIdsInOrder();
        describe("{\"Offset\":1,\"Limit\":2}")
                .body("Response.TotalCount", equalTo(4))
                .body("Response.DBInstances.InstanceId", contains(all.get(2), all.get(3)));
    }

    @Test
    void a_page_past_the_end_is_empty_but_still_counts_every_match() {
        describe("{\"Offset\":5,\"Limit\":100}").body("Response.TotalCount", equalTo(4)).body("Response.DBInstances", empty());
    }

    @Test
    void Limit_defaults_to_100() {
        admin.reset();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            created.add(admin.create("ap-guangzhou", "bulk-" + i));
        }
        describe("{}").body("Response.TotalCount", equalTo(101)).body("Response.DBInstances", hasSize(100));
        describe("{\"Offset\":1}").body("Response.DBInstances", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void Limit_outside_1_to_100_is_InputIllegal(int limit) {
        error("{\"Limit\":" + limit + "}", "InvalidParameter.InputIllegal", "Limit must be 1–100");
    }

    @Test
    void Limit_at_the_bounds_is_accepted() {
        describe("{\"Limit\":1}").body("Response.DBInstances", hasSize(1)).body("Response.TotalCount", equalTo(4));
        describe("{\"Limit\":100}").body("Response.DBInstances", hasSize(4));
    }

    @Test
    void a_negative_Offset_is_InputIllegal() {
        error("{\"Offset\":-1}", "InvalidParameter.InputIllegal", "Offset");
    }

    @Test
    void an_unknown_PaginationType_is_InputIllegal() {
        error("{\"PaginationType\":\"cursor\"}", "InvalidParameter.InputIllegal", "PaginationType");
    }

    @Test
    void a_string_Limit_is_refused_naming_Limit() {
        error("{\"Limit\":\"10\"}", "InvalidParameter", "Limit must be an integer");
    }

    @Test
    void an_object_in_InstanceIdSet_is_refused_naming_the_element() {
        error("{\"InstanceIdSet\":[{\"id\":1}]}", "InvalidParameter", "InstanceIdSet[0] must be a string");
    }
}
