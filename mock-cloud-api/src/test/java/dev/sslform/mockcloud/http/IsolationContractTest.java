package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.sslform.mockcloud.http.EnvelopeContractTest.envelope;
import static dev.sslform.mockcloud.http.EnvelopeContractTest.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Accounts and regions never see each other's instances. */
class IsolationContractTest {
    @TempDir
    static Path dir;
    static MockCloud server;
    static SignedClient a;
    static SignedClient b;
    static MockAdmin admin;
    String ofA;
    String ofB;

    @BeforeAll
    static void start() throws IOException {
        Path accounts = dir.resolve("accounts.yaml");
        Files.writeString(accounts, """
                accounts:
                  - {SecretId: AKIDalice, SecretKey: alice-key, AppId: 1300000001}
                  - {SecretId: AKIDbob, SecretKey: bob-key, AppId: 1300000002}
                """);
        server = MockCloud.start(MockCloudConfig.forTests("isolation-contract", Instant.parse("2026-12-01T09:05:00Z"))
                .withAccountsFile(accounts));
        a = SignedClient.of(server).withKey("AKIDalice", "alice-key");
        b = SignedClient.of(server).withKey("AKIDbob", "bob-key");
        admin = MockAdmin.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void arrange() {
        admin.reset();
        ofA = admin.create("{\"Region\":\"ap-guangzhou\",\"Name\":\"alice-db\",\"Account\":\"AKIDalice\"}");
        ofB = admin.create("{\"Region\":\"ap-guangzhou\",\"Name\":\"bob-db\",\"Account\":\"AKIDbob\"}");
    }

    @Test
    void the_accounts_file_replaces_the_default_account() {
        refused(SignedClient.of(server).call("DescribeDBInstances", "{}"), "AuthFailure.SecretIdNotFound", "AKIDmockcloud");
    }

    @Test
    void each_account_lists_only_its_own_instances() {
        envelope(a.call("DescribeDBInstances", "{}")).body("Response.TotalCount", equalTo(1))
                .body("Response.DBInstances.InstanceId", contains(ofA));
        envelope(b.call("DescribeDBInstances", "{}")).body("Response.TotalCount", equalTo(1))
                .body("Response.DBInstances.InstanceId", contains(ofB));
    }

    @Test
    void another_accounts_id_in_InstanceIdSet_is_left_out() {
        envelope(b.call("DescribeDBInstances", "{\"InstanceIdSet\":[\"" + ofA + "\"]}"))
                .body("Response.TotalCount", equalTo(0)).body("Response.DBInstances", empty());
    }

    @Test
    void another_accounts_instance_is_not_found_by_attribute() {
        refused(b.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + ofA + "\"}"), "ResourceNotFound.InstanceNotFound", ofA);
    }

    @Test
    void another_accounts_instance_cannot_be_modified() {
        refused(b.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + ofA + "\",\"Type\":\"enable\",\"WaitSwitch\":0}"),
                "ResourceNotFound.InstanceNotFound", ofA);
        envelope(a.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + ofA + "\"}"))
                .body("Response.SSLConfig.Encryption", equalTo("disable"));
    }

    @Test
    void another_accounts_maintenance_window_is_invisible_and_untouchable() {
        refused(b.call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + ofA + "\"}"), "ResourceNotFound.InstanceNotFound", ofA);
        refused(b.call("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + ofA + "\",\"Span\":2}"), "ResourceNotFound.InstanceNotFound", ofA);
        envelope(a.call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + ofA + "\"}")).body("Response.Span", equalTo(6));
    }

    @Test
    void another_accounts_flow_is_unknown() {
        Number flow = envelope(a.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + ofA + "\",\"Type\":\"enable\"}"))
                .body("Response.Error", nullValue()).extract().path("Response.FlowId");
        refused(b.call("DescribeFlowStatus", "{\"FlowId\":" + flow + "}"), "InvalidParameter", String.valueOf(flow));
    }

    @Test
    void a_region_sees_only_its_own_instances() {
        String inShanghai = admin.create("{\"Region\":\"ap-shanghai\",\"Name\":\"sh-db\",\"Account\":\"AKIDalice\"}");
        envelope(a.withRegion("ap-shanghai").call("DescribeDBInstances", "{}")).body("Response.DBInstances.InstanceId", contains(inShanghai));
        envelope(a.call("DescribeDBInstances", "{\"InstanceIdSet\":[\"" + inShanghai + "\"]}")).body("Response.TotalCount", equalTo(0));
        refused(a.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + inShanghai + "\"}"), "ResourceNotFound.InstanceNotFound", inShanghai);
        refused(a.withRegion("ap-shanghai").call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + ofA + "\"}"),
                "ResourceNotFound.InstanceNotFound", ofA);
    }

    @Test
    void admin_create_with_an_unknown_Account_is_400() {
        admin.post("/_mock/instances", "{\"Region\":\"ap-guangzhou\",\"Account\":\"AKIDnobody\"}").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("AKIDnobody"));
    }

    @Test
    void an_instance_without_an_Account_belongs_to_the_first_configured_account() {
        String owned = admin.create("ap-guangzhou", "default-owner");
        envelope(a.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + owned + "\"}")).body("Response.Error", nullValue());
        refused(b.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + owned + "\"}"), "ResourceNotFound.InstanceNotFound", owned);
    }
}
