package example;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sqlserver.v20180328.SqlserverClient;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesAttributeRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeFlowStatusRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.ModifyDBInstanceSSLRequest;
import dev.sslform.mockcloud.junit.MockCloud;
import dev.sslform.mockcloud.junit.MockCloudHandle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official Java SDK against mockcloud: the seed document's maintenance-window example, and an injected fault. */
@MockCloud(clockStart = "2026-12-01T17:05:00+08:00")
class MaintenanceWindowSdkTest {

    static SqlserverClient sdk(MockCloudHandle mock) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(mock.endpoint());
        http.setProtocol("http://");
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new SqlserverClient(new Credential(mock.secretId(), mock.secretKey()), "ap-guangzhou", profile);
    }

    static long status(SqlserverClient sdk, String id) throws TencentCloudSDKException {
        DescribeDBInstancesRequest req = new DescribeDBInstancesRequest();
        req.setInstanceIdSet(new String[] {id});
        return sdk.DescribeDBInstances(req).getDBInstances()[0].getStatus();
    }

    static String encryption(SqlserverClient sdk, String id) throws TencentCloudSDKException {
        DescribeDBInstancesAttributeRequest req = new DescribeDBInstancesAttributeRequest();
        req.setInstanceId(id);
        return sdk.DescribeDBInstancesAttribute(req).getSSLConfig().getEncryption();
    }

    static long flowStatus(SqlserverClient sdk, long flowId) throws TencentCloudSDKException {
        DescribeFlowStatusRequest req = new DescribeFlowStatusRequest();
        req.setFlowId(flowId);
        return sdk.DescribeFlowStatus(req).getStatus();
    }

    static long enableInWindow(SqlserverClient sdk, String id) throws TencentCloudSDKException {
        ModifyDBInstanceSSLRequest req = new ModifyDBInstanceSSLRequest();
        req.setInstanceId(id);
        req.setType("enable");
        req.setWaitSwitch(1L);
        return sdk.ModifyDBInstanceSSL(req).getFlowId();
    }

    @Test
    void the_seed_example_window_17_to_18_request_at_17_05_starts_at_17_10(MockCloudHandle mock) throws Exception {
        String id = mock.createInstance("{\"Region\":\"ap-guangzhou\","
                + "\"Maintenance\":{\"Weekly\":[1,2,3,4,5,6,7],\"StartTime\":\"17:00\",\"Span\":1}}");
        SqlserverClient sdk = sdk(mock);

        long flow = enableInWindow(sdk, id);                       // 17:05, inside the window
        assertEquals(13, status(sdk, id));                          // waiting for the next check
        assertEquals("wait_doing", encryption(sdk, id));
        assertEquals(2, flowStatus(sdk, flow));

        mock.set(OffsetDateTime.parse("2026-12-01T17:09:59+08:00"));
        assertEquals(13, status(sdk, id));                          // still waiting at 17:09:59

        mock.set(OffsetDateTime.parse("2026-12-01T17:10:00+08:00"));
        assertEquals(7, status(sdk, id));                           // the 17:10 check started it
        assertEquals("enable_doing", encryption(sdk, id));

        mock.advance(Duration.ofSeconds(20));                       // the task runs 20 s by default
        assertEquals(2, status(sdk, id));
        assertEquals("enable", encryption(sdk, id));
        assertEquals(0, flowStatus(sdk, flow));
    }

    @Test
    void an_injected_error_reaches_the_sdk_as_its_code(MockCloudHandle mock) {
        mock.addFault("{\"action\":\"DescribeDBInstances\",\"times\":1,"
                + "\"error\":{\"code\":\"InternalError.SystemError\",\"message\":\"injected\"}}");
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class,
                () -> sdk(mock).DescribeDBInstances(new DescribeDBInstancesRequest()));
        assertEquals("InternalError.SystemError", e.getErrorCode());
        assertTrue(e.getMessage().contains("injected"), e.getMessage());
        assertTrue(mock.requests("action=DescribeDBInstances").stream()
                .anyMatch(r -> "error".equals(r.get("outcome"))));
    }
}
