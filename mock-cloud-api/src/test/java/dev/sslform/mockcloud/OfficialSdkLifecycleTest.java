package dev.sslform.mockcloud;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sqlserver.v20180328.SqlserverClient;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeDBInstancesAttributeRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.DescribeFlowStatusRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.ModifyDBInstanceSSLRequest;
import com.tencentcloudapi.sqlserver.v20180328.models.SSLConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.testkit.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official Java SDK drives the life cycle end to end: enable in the maintenance window,
 * poll {@code DescribeFlowStatus} while the test advances the clock through the admin surface,
 * then read the certificate fields with {@code DescribeDBInstancesAttribute}.
 */
class OfficialSdkLifecycleTest {
    Lab lab;

    @AfterEach
    void stop() {
        lab.close();
    }

    SqlserverClient client() {
        HttpProfile http = new HttpProfile();
        http.setProtocol("http://");
        http.setEndpoint(lab.server.endpoint());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new SqlserverClient(new Credential(Account.DEFAULT_SECRET_ID, Account.DEFAULT_SECRET_KEY), "ap-guangzhou", profile);
    }

    @Test
    void the_sdk_enables_ssl_polls_the_flow_and_reads_a_one_year_certificate() throws Exception {
        lab = Lab.start("sdk-lifecycle", "2026-12-01T17:05:00+08:00");
        String id = lab.create(1, List.of(1, 2, 3, 4, 5, 6, 7), "17:00", 1).id();
        SqlserverClient sdk = client();

        ModifyDBInstanceSSLRequest modify = new ModifyDBInstanceSSLRequest();
        modify.setInstanceId(id);
        modify.setType("enable");
        modify.setWaitSwitch(1L);
        Long flowId = sdk.ModifyDBInstanceSSL(modify).getFlowId();
        assertTrue(flowId != null && flowId > 0);

        DescribeFlowStatusRequest poll = new DescribeFlowStatusRequest();
        poll.setFlowId(flowId);
        List<Long> seen = new ArrayList<>();
        List<String> encryption = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long status = sdk.DescribeFlowStatus(poll).getStatus();
            seen.add(status);
            encryption.add(attribute(sdk, id).getEncryption());
            if (status != 2) {
                break;
            }
            lab.advance("PT1M");
        }
        assertEquals(0L, seen.get(seen.size() - 1), () -> "flow statuses " + seen);
        assertTrue(seen.subList(0, seen.size() - 1).stream().allMatch(s -> s == 2L), () -> "flow statuses " + seen);
        // 17:05 request, 17:10 pick-up, 17:10:20 done: one-minute polls see five waiting, one running, then done.
        assertEquals(List.of("wait_doing", "wait_doing", "wait_doing", "wait_doing", "wait_doing", "enable_doing", "enable"),
                encryption);

        SSLConfig ssl = attribute(sdk, id);
        assertEquals("enable", ssl.getEncryption());
        assertEquals("2027-12-01 17:10:20", ssl.getSSLValidityPeriod());
        assertEquals(1L, ssl.getSSLValidity());
        assertEquals(0L, ssl.getIsKMS());
    }

    @Test
    void the_sdk_sees_the_documented_error_code_for_a_repeat_enable() throws Exception {
        lab = Lab.start("sdk-repeat", "2026-12-01T10:00:00+08:00");
        String id = lab.create(0).id();
        SqlserverClient sdk = client();
        ModifyDBInstanceSSLRequest modify = new ModifyDBInstanceSSLRequest();
        modify.setInstanceId(id);
        modify.setType("enable");
        modify.setWaitSwitch(0L);
        sdk.ModifyDBInstanceSSL(modify);
        lab.advance("PT20S");
        TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class, () -> sdk.ModifyDBInstanceSSL(modify));
        assertEquals("UnsupportedOperation.NotSupportRepeat", e.getErrorCode());
    }

    private static SSLConfig attribute(SqlserverClient sdk, String id) throws TencentCloudSDKException {
        DescribeDBInstancesAttributeRequest req = new DescribeDBInstancesAttributeRequest();
        req.setInstanceId(id);
        return sdk.DescribeDBInstancesAttribute(req).getSSLConfig();
    }
}
