package dev.sslform.mockcloud.http;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sqlserver.v20180328.SqlserverClient;
import com.tencentcloudapi.sqlserver.v20180328.models.DBInstance;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesAttributeRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesAttributeResponse;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesResponse;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeFlowStatusRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeMaintenanceSpanRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeMaintenanceSpanResponse;
import com.tencentcloudapi.sqlserver.v20180328.models.ModifyDBInstanceSSLRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.ModifyDBInstanceSSLResponse;
import com.tencentcloudapi.sqlserver.v20180328.models.ModifyMaintenanceSpanRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.ModifyMaintenanceSpanResponse;
import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.testkit.MockAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official Java SDK (3.1.1436) pointed at mockcloud: typed requests in, typed answers out. */
class OfficialSdkContractTest {
    static MockCloud server;
    static MockAdmin admin;
    String master;
    String replica;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("sdk-contract", Instant.parse("2026-12-01T09:05:00Z")));
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

    static SqlserverClient client(String secretId, String secretKey) {
        HttpProfile http = new HttpProfile();
        http.setProtocol("http://");
        http.setEndpoint(server.endpoint());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new SqlserverClient(new Credential(secretId, secretKey), "ap-guangzhou", profile);
    }

    static SqlserverClient client() {
        return client(Account.DEFAULT_SECRET_ID, Account.DEFAULT_SECRET_KEY);
    }

    @Test
    void DescribeDBInstances_answers_typed_instances() throws Exception {
        DescribeDBInstancesRequest req = new DescribeDBInstancesRequest();
        req.setInstanceIdSet(new String[]{master, "mssql-nothere1"});
        req.setLimit(10L);
        req.setPaginationType("offset");
        DescribeDBInstancesResponse resp = client().DescribeDBInstances(req);
        assertEquals(1L, resp.getTotalCount());
        DBInstance i = resp.getDBInstances()[0];
        assertEquals(master, i.getInstanceId());
        assertEquals("orders", i.getName());
        assertEquals(2L, i.getStatus());
        assertEquals("ap-guangzhou", i.getRegion());
        assertEquals("HA", i.getInstanceType());
        assertEquals("MASTER", i.getROFlag());
        assertNotNull(resp.getRequestId());
    }

    @Test
    void DescribeDBInstancesAttribute_fills_the_SSLConfig_getters() throws Exception {
        DescribeDBInstancesAttributeRequest req = new DescribeDBInstancesAttributeRequest();
        req.setInstanceId(master);
        DescribeDBInstancesAttributeResponse resp = client().DescribeDBInstancesAttribute(req);
        assertEquals(master, resp.getInstanceId());
        assertEquals("disable", resp.getSSLConfig().getEncryption());
        assertEquals(0L, resp.getSSLConfig().getSSLValidity());
        assertEquals("", resp.getSSLConfig().getSSLValidityPeriod());
        assertEquals(0L, resp.getSSLConfig().getIsKMS());
        assertNotNull(resp.getRequestId());
    }

    @Test
    void ModifyDBInstanceSSL_and_DescribeFlowStatus_follow_a_flow_to_success() throws Exception {
        ModifyDBInstanceSSLRequest req = new ModifyDBInstanceSSLRequest();
        req.setInstanceId(master);
        req.setType("enable");
        req.setWaitSwitch(0L);
        ModifyDBInstanceSSLResponse resp = client().ModifyDBInstanceSSL(req);
        assertTrue(resp.getFlowId() > 0, "FlowId " + resp.getFlowId());

        DescribeFlowStatusRequest flow = new DescribeFlowStatusRequest();
        flow.setFlowId(resp.getFlowId());
        assertEquals(2L, client().DescribeFlowStatus(flow).getStatus());
        admin.advance("1m");
        assertEquals(0L, client().DescribeFlowStatus(flow).getStatus());

        DescribeDBInstancesAttributeRequest attr = new DescribeDBInstancesAttributeRequest();
        attr.setInstanceId(replica);
        var ssl = client().DescribeDBInstancesAttribute(attr).getSSLConfig();
        assertEquals("enable", ssl.getEncryption());
        assertEquals(1L, ssl.getSSLValidity());
        assertTrue(ssl.getSSLValidityPeriod().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), ssl.getSSLValidityPeriod());
    }

    @Test
    void the_maintenance_span_round_trips_through_typed_models() throws Exception {
        DescribeMaintenanceSpanRequest read = new DescribeMaintenanceSpanRequest();
        read.setInstanceId(master);
        DescribeMaintenanceSpanResponse before = client().DescribeMaintenanceSpan(read);
        assertArrayEquals(new Long[]{1L}, before.getWeekly());
        assertEquals("00:00", before.getStartTime());
        assertEquals(6L, before.getSpan());

        ModifyMaintenanceSpanRequest modify = new ModifyMaintenanceSpanRequest();
        modify.setInstanceId(master);
        modify.setWeekly(new Long[]{6L, 7L, 6L});
        modify.setStartTime("21:30");
        modify.setSpan(3L);
        ModifyMaintenanceSpanResponse done = client().ModifyMaintenanceSpan(modify);
        assertNotNull(done.getRequestId());

        DescribeMaintenanceSpanResponse after = client().DescribeMaintenanceSpan(read);
        assertEquals(List.of(6L, 7L), Arrays.asList(after.getWeekly()));
        assertEquals("21:30", after.getStartTime());
        assertEquals(3L, after.getSpan());
    }

    @Test
    void a_wrong_secret_is_refused_with_SignatureFailure() {
        DescribeDBInstancesRequest req = new DescribeDBInstancesRequest();
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class,
                () -> client(Account.DEFAULT_SECRET_ID, "wrong-secret").DescribeDBInstances(req));
        assertEquals("AuthFailure.SignatureFailure", e.getErrorCode());
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertNotNull(e.getRequestId());
    }

    @Test
    void an_unknown_SecretId_is_refused_with_SecretIdNotFound() {
        DescribeDBInstancesRequest req = new DescribeDBInstancesRequest();
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class,
                () -> client("AKIDnobody", "whatever").DescribeDBInstances(req));
        assertEquals("AuthFailure.SecretIdNotFound", e.getErrorCode());
        assertTrue(e.getMessage().contains("AKIDnobody"), e.getMessage());
    }

    @Test
    void an_unknown_instance_is_InstanceNotFound_with_a_RequestId() {
        DescribeDBInstancesAttributeRequest req = new DescribeDBInstancesAttributeRequest();
        req.setInstanceId("mssql-nothere1");
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, () -> client().DescribeDBInstancesAttribute(req));
        assertEquals("ResourceNotFound.InstanceNotFound", e.getErrorCode());
        assertTrue(e.getMessage().contains("mssql-nothere1"), e.getMessage());
        assertTrue(e.getRequestId().matches(EnvelopeContractTest.UUID), e.getRequestId());
    }

    @Test
    void a_validation_error_reaches_the_sdk_with_its_code() {
        ModifyMaintenanceSpanRequest modify = new ModifyMaintenanceSpanRequest();
        modify.setInstanceId(master);
        modify.setSpan(25L);
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, () -> client().ModifyMaintenanceSpan(modify));
        assertEquals("InvalidParameter.InputIllegal", e.getErrorCode());
        assertTrue(e.getMessage().contains("Span"), e.getMessage());
    }
}
