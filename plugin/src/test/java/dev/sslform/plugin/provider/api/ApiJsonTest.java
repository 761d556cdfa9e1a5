package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Response samples are the spec's (tencent-api.md §3), with unmodelled fields left in on purpose. */
class ApiJsonTest {

    @Test
    void modify_ssl_request_leaves_out_null_fields() {
        assertEquals("{\"InstanceId\":\"mssql-j8kv137v\",\"Type\":\"enable\",\"WaitSwitch\":0}",
                ApiJson.encode(ModifyDBInstanceSSL.Request.of("mssql-j8kv137v", "enable", 0)));
        assertEquals("{\"InstanceId\":\"i\",\"Type\":\"enable\",\"WaitSwitch\":1,\"IsKMS\":1,\"KeyId\":\"k\",\"KeyRegion\":\"ap-guangzhou\"}",
                ApiJson.encode(new ModifyDBInstanceSSL.Request("i", "enable", 1L, 1L, "k", "ap-guangzhou")));
    }

    @Test
    void describe_instances_request_uses_offset_paging() {
        assertEquals("{\"InstanceIdSet\":[\"mssql-a\"],\"Limit\":20,\"Offset\":0,\"PaginationType\":\"offset\"}",
                ApiJson.encode(DescribeDBInstances.Request.byIds(List.of("mssql-a"), 0, 20)));
    }

    @Test
    void modify_ssl_response_maps_flow_id() {
        ModifyDBInstanceSSL.Response r = ApiJson.decode("ModifyDBInstanceSSL",
                "{\"Response\": {\"FlowId\": 100001, \"RequestId\": \"9db13c19-abcd\"}}", ModifyDBInstanceSSL.Response.class);
        assertEquals(100001L, r.flowId());
        assertEquals("9db13c19-abcd", r.requestId());
    }

    @Test
    void attribute_response_maps_ssl_config_and_ignores_other_fields() {
        String body = """
            {"Response": {"InstanceId": "mssql-j8kv137v", "RegularBackupEnable": "disable", "BlockedThreshold": 1000,
              "TDEConfig": {"Encryption": "disable", "CertificateAttribution": "none"},
              "SSLConfig": {"Encryption": "enable", "SSLValidityPeriod": "2027-11-29 04:00:00", "SSLValidity": 1,
                            "IsKMS": 0, "CMKId": "", "CMKRegion": "", "SomethingNew": true},
              "RequestId": "req-1"}}
            """;
        DescribeDBInstancesAttribute.Response r = ApiJson.decode("DescribeDBInstancesAttribute", body,
                DescribeDBInstancesAttribute.Response.class);
        assertEquals("mssql-j8kv137v", r.instanceId());
        assertEquals(new SSLConfig("enable", "2027-11-29 04:00:00", 1L, 0L, "", ""), r.sslConfig());
        assertEquals("req-1", r.requestId());
    }

    @Test
    void intl_ssl_config_without_kms_fields_maps_to_nulls() {
        DescribeDBInstancesAttribute.Response r = ApiJson.decode("DescribeDBInstancesAttribute",
                "{\"Response\": {\"SSLConfig\": {\"Encryption\": \"wait_doing\"}, \"RequestId\": \"r\"}}",
                DescribeDBInstancesAttribute.Response.class);
        assertTrue(r.sslConfig().isTransitional());
        assertNull(r.sslConfig().cmkId());
    }

    @Test
    void describe_instances_response_maps_instances() {
        String body = """
            {"Response": {"TotalCount": 2, "DBInstances": [
              {"InstanceId": "mssql-j8kv137v", "Name": "orders", "Status": 2, "Region": "ap-guangzhou",
               "Zone": "ap-guangzhou-2", "Vip": "10.0.0.5", "Vport": 1433, "InstanceType": "HA", "ROFlag": "MASTER",
               "Memory": 4, "ResourceTags": [{"TagKey": "env", "TagValue": "prod"}]},
              {"InstanceId": "mssqlro-x", "Status": 4, "InstanceType": "RO", "ROFlag": "RO"}],
              "RequestId": "req-2"}}
            """;
        DescribeDBInstances.Response r = ApiJson.decode("DescribeDBInstances", body, DescribeDBInstances.Response.class);
        assertEquals(2L, r.totalCount());
        assertEquals(new DBInstance("mssql-j8kv137v", "orders", 2L, "ap-guangzhou", "ap-guangzhou-2", "10.0.0.5", 1433L, "HA", "MASTER"),
                r.dbInstances().get(0));
        assertTrue(r.dbInstances().get(1).isReadOnlyReplica());
        assertTrue(r.dbInstances().get(1).isGone());
    }

    @Test
    void flow_status_and_maintenance_span_responses_map() {
        assertEquals(0L, ApiJson.decode("DescribeFlowStatus",
                "{\"Response\": {\"RequestId\": \"4be5990d\", \"Status\": 0}}", DescribeFlowStatus.Response.class).status());
        DescribeMaintenanceSpan.Response span = ApiJson.decode("DescribeMaintenanceSpan",
                "{\"Response\": {\"Span\": 6, \"StartTime\": \"00:00\", \"Weekly\": [1], \"RequestId\": \"r\"}}",
                DescribeMaintenanceSpan.Response.class);
        assertEquals(new DescribeMaintenanceSpan.Response(List.of(1L), "00:00", 6L, "r"), span);
        assertEquals("r", ApiJson.decode("ModifyMaintenanceSpan", "{\"Response\": {\"RequestId\": \"r\"}}",
                ModifyMaintenanceSpan.Response.class).requestId());
        assertEquals("{\"InstanceId\":\"i\",\"Weekly\":[1,2],\"Span\":3}",
                ApiJson.encode(new ModifyMaintenanceSpan.Request("i", List.of(1L, 2L), null, 3L)));
    }

    @Test
    void an_error_envelope_becomes_api_error_with_code_message_and_request_id() {
        ApiError e = assertThrows(ApiError.class, () -> ApiJson.decode("ModifyDBInstanceSSL",
                "{\"Response\": {\"Error\": {\"Code\": \"ResourceNotFound.InstanceNotFound\", \"Message\": \"no such instance\"},"
                        + " \"RequestId\": \"req-err\"}}", ModifyDBInstanceSSL.Response.class));
        assertEquals("ResourceNotFound.InstanceNotFound", e.code());
        assertEquals("no such instance", e.serverMessage());
        assertEquals("req-err", e.requestId());
        assertEquals("ModifyDBInstanceSSL", e.action());
        assertTrue(e.is("ResourceNotFound"));
        assertTrue(e.getMessage().contains("RequestId: req-err"), e.getMessage());
    }

    @Test
    void a_body_that_is_not_a_response_is_a_client_error() {
        ApiError e = assertThrows(ApiError.class, () -> ApiJson.decode("X", "<html>", DescribeFlowStatus.Response.class));
        assertEquals(ApiError.CLIENT_ERROR, e.code());
        ApiError typed = assertThrows(ApiError.class, () -> ApiJson.decode("X",
                "{\"Response\": {\"Status\": \"running\"}}", DescribeFlowStatus.Response.class));
        assertEquals(ApiError.CLIENT_ERROR, typed.code());
    }
}
