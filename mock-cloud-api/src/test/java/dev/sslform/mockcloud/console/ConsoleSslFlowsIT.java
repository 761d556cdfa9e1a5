package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed document's console flows in real Chromium, one test per flow, on a manual clock:
 * enable now, enable within the maintenance window (Appendix 1's 17:05 → 17:10 example, every
 * status text at every step, the page updating by itself), update certificate, disable,
 * Download CA Certificate, the maintenance-window edit, and refusals shown in the pop-up.
 */
class ConsoleSslFlowsIT {
    static final String ID = "mssql-orders01";
    static MockCloud server;
    static MockAdmin admin;
    static ConsoleBrowser browser;

    static final By INSTANCE_STATUS = By.id("instance-status");
    static final By SSL_STATUS = By.id("ssl-status");

    static int runs;

    @BeforeAll
    static void startBrowser() {
        ConsoleBrowser.assumeAvailable();
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A fresh mockcloud for each flow: its manual clock at 17:05 China time, as in the example. */
    @BeforeEach
    void arrange() {
        server = MockCloud.start(MockCloudConfig.forTests("console-ssl-flows-" + ++runs, Instant.parse("2026-12-01T09:05:00Z")));
        admin = MockAdmin.of(server);
        browser.use(server);
        browser.signIn("AKIDmockcloud", "mockcloud-secret");
        // The example's window: 17:00 to 18:00 China time, every day; one read-only replica.
        admin.create("{\"InstanceId\":\"" + ID + "\",\"Region\":\"ap-guangzhou\",\"Name\":\"orders\",\"ReadOnlyReplicas\":1,"
                + "\"Maintenance\":{\"Weekly\":[1,2,3,4,5,6,7],\"StartTime\":\"17:00\",\"Span\":1}}");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static void clockTo(String isoWithOffset) {
        server.lifecycle().advanceTo(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    static void openSecurityTab() {
        browser.open("/console/instances/" + ID + "?tab=security");
        browser.waitText(By.cssSelector(".subnav .active"), "SSL Encryption");
    }

    /** Opens the pop-up with {@code button}, picks the execution time, and clicks OK. */
    static void submitDialog(By button, boolean withinMaintenanceTime) {
        browser.click(button);
        browser.until("the pop-up", d -> d.findElement(By.id("ssl-dialog")).isDisplayed());
        browser.click(By.id(withinMaintenanceTime ? "exec-window" : "exec-now"));
        browser.click(By.id("dialog-ok"));
    }

    static void enableThroughTheApi() {
        SignedClient.of(server).call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + ID + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .then().statusCode(200);
        server.lifecycle().advanceTo(server.clock().instant().plusSeconds(20));
    }

    @Test
    void enable_now_runs_the_task_and_ends_enabled() {
        openSecurityTab();
        browser.waitText(SSL_STATUS, "Not Enabled");
        browser.waitText(INSTANCE_STATUS, "Running");
        submitDialog(By.id("ssl-toggle"), false);
        browser.waitTextContains(By.id("notice"), "Task submitted: FlowId");
        browser.waitText(SSL_STATUS, "In Progress");
        browser.waitText(INSTANCE_STATUS, "Task Execution in Progress");
        clockTo("2026-12-01T17:05:20+08:00");
        browser.waitText(SSL_STATUS, "Enabled");
        browser.waitText(INSTANCE_STATUS, "Running");
        browser.waitText(By.id("ssl-toggle"), "Disable");
        browser.waitText(By.id("ssl-validity"), "Valid until 2027-12-01 17:05:20");
        assertEquals("enable", admin.get("/_mock/instances/" + ID).then().extract().path("SSLConfig.Encryption"));
    }

    @Test
    void enable_within_the_maintenance_window_shows_every_appendix_1_text_at_every_step() {
        // Before 17:05 the instance is Running, SSL Not Enabled.
        browser.open("/console/instances?region=ap-guangzhou");
        browser.waitText(By.cssSelector("tr[data-instance='" + ID + "'] td.status"), "Running");
        browser.waitText(By.cssSelector("tr[data-instance='" + ID + "'] td.ssl"), "Not Enabled");
        browser.screenshot("instance-list");
        browser.click(By.linkText(ID));
        browser.waitText(By.id("instance-id"), ID);
        browser.click(By.id("tab-security"));
        browser.waitText(SSL_STATUS, "Not Enabled");
        browser.waitText(INSTANCE_STATUS, "Running");

        // 17:05: enable within maintenance time.
        browser.click(By.id("ssl-toggle"));
        browser.until("the pop-up", d -> d.findElement(By.id("ssl-dialog")).isDisplayed());
        assertEquals("Enable SSL Encryption", browser.text(By.id("dialog-title")));
        assertTrue(browser.text(By.id("ssl-dialog")).contains("Tencent Cloud certificate"));
        assertEquals("2026-12-01 17:10:00", browser.text(By.id("dialog-start")));
        browser.click(By.id("exec-window"));
        browser.screenshot("ssl-dialog");
        browser.click(By.id("dialog-ok"));

        // Between 17:05 and 17:10: Instance SSL Operation in Progress, Waiting for Maintenance Time Window; the replica too.
        browser.waitText(SSL_STATUS, "Waiting for Maintenance Time Window");
        browser.waitText(INSTANCE_STATUS, "Instance SSL Operation in Progress");
        browser.screenshot("ssl-waiting");
        browser.open("/console/instances?region=ap-guangzhou");
        browser.waitText(By.cssSelector("tr.replica td.status"), "Instance SSL Operation in Progress");
        browser.waitText(By.cssSelector("tr.replica td.ssl"), "Waiting for Maintenance Time Window");
        openSecurityTab();

        // 17:10: the check inside the window starts the task; the page changes by itself.
        clockTo("2026-12-01T17:09:59+08:00");
        browser.waitText(SSL_STATUS, "Waiting for Maintenance Time Window");
        clockTo("2026-12-01T17:10:00+08:00");
        browser.waitText(SSL_STATUS, "In Progress");
        browser.waitText(INSTANCE_STATUS, "Task Execution in Progress");
        browser.screenshot("ssl-in-progress");

        // The task ends 20 s later: Running again, Enabled, the certificate valid for a year.
        clockTo("2026-12-01T17:10:20+08:00");
        browser.waitText(SSL_STATUS, "Enabled");
        browser.waitText(INSTANCE_STATUS, "Running");
        browser.waitText(By.id("ssl-validity"), "Valid until 2027-12-01 17:10:20");
        assertEquals("2027-12-01 09:10:20 UTC", browser.find(By.cssSelector("#ssl-validity time")).getAttribute("title"));
        browser.screenshot("ssl-enabled");

        browser.click(By.id("tab-history"));
        By row = By.cssSelector("#history-table tbody tr");
        browser.waitTextContains(row, "Succeeded");
        String history = browser.text(row);
        assertTrue(history.contains("Enable SSL") && history.contains("Within maintenance time") && history.contains("2026-12-01 17:05:00")
                && history.contains("2026-12-01 17:10:00") && history.contains("2026-12-01 17:10:20"), history);
        browser.screenshot("history");
    }

    @Test
    void update_certificate_renews_an_expired_certificate() {
        enableThroughTheApi();
        // A year and a day on, the certificate has expired, and the console says so.
        clockTo("2027-12-02T10:00:00+08:00");
        openSecurityTab();
        browser.waitText(SSL_STATUS, "Enabled");
        browser.waitTextContains(By.id("ssl-validity"), "Expired on 2027-12-01 17:05:20");
        browser.screenshot("ssl-expired");
        browser.open("/console/instances?region=ap-guangzhou");
        browser.waitText(By.cssSelector("tr[data-instance='" + ID + "'] td.ssl"), "Enabled (certificate expired)");

        openSecurityTab();
        submitDialog(By.id("ssl-update"), true);
        browser.waitText(SSL_STATUS, "Waiting for update within the maintenance window");
        browser.waitText(INSTANCE_STATUS, "Instance SSL Operation in Progress");
        clockTo("2027-12-02T17:00:00+08:00");
        browser.waitText(SSL_STATUS, "Updating");
        browser.waitText(INSTANCE_STATUS, "Task Execution in Progress");
        clockTo("2027-12-02T17:00:20+08:00");
        browser.waitText(SSL_STATUS, "Enabled");
        browser.waitText(By.id("ssl-validity"), "Valid until 2028-12-01 17:00:20");

        // And once more, immediately: Enabled -> Updating -> Enabled.
        submitDialog(By.id("ssl-update"), false);
        browser.waitText(SSL_STATUS, "Updating");
        clockTo("2027-12-02T17:00:40+08:00");
        browser.waitText(SSL_STATUS, "Enabled");
        browser.waitText(By.id("ssl-validity"), "Valid until 2028-12-01 17:00:40");
    }

    @Test
    void disable_within_the_maintenance_window_ends_disabled() {
        enableThroughTheApi(); // done at 17:05:20, inside today's window: the next check is 17:10
        openSecurityTab();
        browser.waitText(By.id("ssl-toggle"), "Disable");
        submitDialog(By.id("ssl-toggle"), true);
        browser.waitText(SSL_STATUS, "Waiting for shutdown within the maintenance window");
        browser.waitText(INSTANCE_STATUS, "Instance SSL Operation in Progress");
        clockTo("2026-12-01T17:10:00+08:00");
        browser.waitText(SSL_STATUS, "Disabling");
        browser.waitText(INSTANCE_STATUS, "Task Execution in Progress");
        clockTo("2026-12-01T17:10:20+08:00");
        browser.waitText(SSL_STATUS, "Disabled");
        browser.waitText(INSTANCE_STATUS, "Running");
        browser.waitText(By.id("ssl-toggle"), "Enable");
        assertEquals("disable", admin.get("/_mock/instances/" + ID).then().extract().path("SSLConfig.Encryption"));
    }

    @Test
    void download_ca_certificate_saves_the_zip_with_its_three_files() throws IOException {
        openSecurityTab();
        assertTrue(browser.text(By.id("ssl-download-unavailable")).contains("once SSL has been enabled"));
        enableThroughTheApi();
        browser.waitText(By.id("ssl-download"), "Download CA Certificate");
        browser.click(By.id("ssl-download"));
        Path zip = browser.downloaded(InstancePage.CA_ZIP);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("TencentDB-SSL-CA.pem", "TencentDB-SSL-CA.p7b", "TencentDB-SSL-CA.jks"), names);
        // The same bytes as the admin surface's bundle.
        byte[] expected = admin.get("/_mock/instances/" + ID + "/ssl/ca.zip").then().statusCode(200).extract().asByteArray();
        assertTrue(java.util.Arrays.equals(expected, java.nio.file.Files.readAllBytes(zip)));
    }

    @Test
    void the_maintenance_window_is_edited_with_the_apis_rules() {
        browser.open("/console/instances/" + ID);
        browser.waitTextContains(By.id("maintenance-current"), "Every day 17:00 for 1 hour");
        for (int d = 1; d <= 7; d++) {
            if (d != 2 && d != 4) {
                browser.click(By.id("weekly-" + d));
            }
        }
        browser.find(By.id("start-time")).clear();
        browser.find(By.id("start-time")).sendKeys("03:30");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("span"))).selectByValue("2");
        browser.screenshot("maintenance-window");
        browser.click(By.id("maintenance-save"));
        browser.waitText(By.id("notice"), "Maintenance window saved.");
        browser.waitTextContains(By.id("maintenance-current"), "Tue, Thu 03:30 for 2 hours");
        SignedClient.of(server).call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + ID + "\"}").then().statusCode(200)
                .body("Response.Weekly", org.hamcrest.Matchers.contains(2, 4)).body("Response.StartTime", org.hamcrest.Matchers.equalTo("03:30"))
                .body("Response.Span", org.hamcrest.Matchers.equalTo(2));

        // The API's refusals, with its code and message: a bad start time, then no day at all.
        browser.find(By.id("start-time")).clear();
        browser.find(By.id("start-time")).sendKeys("25:00");
        browser.click(By.id("maintenance-save"));
        browser.waitTextContains(By.id("maintenance-error"), "InvalidParameter.InputIllegal StartTime must be HH:mm from 00:00 to 23:59, got \"25:00\".");
        browser.find(By.id("start-time")).clear();
        browser.find(By.id("start-time")).sendKeys("03:30");
        browser.click(By.id("weekly-2"));
        browser.click(By.id("weekly-4"));
        browser.click(By.id("maintenance-save"));
        browser.waitTextContains(By.id("maintenance-error"), "Weekly must name at least one day");
        browser.waitTextContains(By.id("maintenance-current"), "Tue, Thu 03:30 for 2 hours");
    }

    @Test
    void refusals_appear_in_the_pop_up_with_the_apis_code_and_message() {
        openSecurityTab();
        // An operation already waiting: the instance takes no other task.
        submitDialog(By.id("ssl-toggle"), true);
        browser.waitText(SSL_STATUS, "Waiting for Maintenance Time Window");
        submitDialog(By.id("ssl-toggle"), false);
        browser.waitText(By.id("dialog-error-code"), "ResourceUnavailable.InstanceStatusInvalid");
        assertTrue(browser.text(By.id("dialog-error-message")).contains("already has SSL operation enable (FlowId")
                && browser.text(By.id("dialog-error-message")).contains("waiting for the maintenance window"));
        browser.screenshot("ssl-refused");
        browser.click(By.id("dialog-cancel"));
        browser.until("the pop-up gone", d -> d.findElements(By.id("ssl-dialog")).isEmpty());

        // A repeat: the pop-up was opened before SSL got enabled elsewhere.
        admin.reset();
        admin.create("{\"InstanceId\":\"" + ID + "\",\"Region\":\"ap-guangzhou\",\"Name\":\"orders\",\"ReadOnlyReplicas\":1}");
        openSecurityTab();
        browser.click(By.id("ssl-toggle"));
        browser.until("the pop-up", d -> d.findElement(By.id("ssl-dialog")).isDisplayed());
        enableThroughTheApi();
        browser.click(By.id("dialog-ok"));
        browser.waitText(By.id("dialog-error-code"), "UnsupportedOperation.NotSupportRepeat");
        assertEquals("SSL is already enabled on instance " + ID + ".", browser.text(By.id("dialog-error-message")));
        browser.click(By.id("dialog-cancel"));

        // A read-only replica: SSL is set on its master.
        String replica = admin.get("/_mock/instances/" + ID).then().extract().path("ReadOnlyInstanceIds[0]");
        if (replica == null) {
            replica = SignedClient.of(server).call("DescribeDBInstances", "{\"InstanceIdSet\":[]}").then().extract()
                    .path("Response.DBInstances.find { it.ROFlag == 'RO' }.InstanceId");
        }
        browser.open("/console/instances/" + replica + "?tab=security");
        submitDialog(By.id("ssl-update"), false);
        browser.waitText(By.id("dialog-error-code"), "ResourceUnavailable.NotSupportRoInstance");
    }
}
