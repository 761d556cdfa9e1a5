package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import dev.sslform.mockcloud.testkit.SignedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mock's own controls in real Chromium: the clock (advance, set, backwards refused), fault
 * rules from templates acting on API calls, the live request journal with filters, and reset,
 * export and import behind their confirmations; and the admin token when one is configured.
 */
class ConsoleMockControlsIT {
    static MockCloud server;
    static MockAdmin admin;
    static ConsoleBrowser browser;

    @BeforeAll
    static void start() {
        ConsoleBrowser.assumeAvailable();
        server = MockCloud.start(MockCloudConfig.forTests("console-mock", Instant.parse("2026-12-01T09:05:00Z")));
        admin = MockAdmin.of(server);
        browser = new ConsoleBrowser(server);
        browser.signIn("AKIDmockcloud", "mockcloud-secret");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void arrange() {
        admin.reset();
        io.restassured.RestAssured.given().delete(server.url() + "/_mock/faults").then().statusCode(204);
        io.restassured.RestAssured.given().delete(server.url() + "/_mock/requests").then().statusCode(204);
        admin.create("{\"InstanceId\":\"mssql-orders01\",\"Region\":\"ap-guangzhou\",\"Name\":\"orders\"}");
        browser.open("/console/mock");
        browser.waitText(By.tagName("h1"), "Mock controls");
    }

    static String now() {
        return admin.get("/_mock/clock").then().extract().path("now");
    }

    @Test
    void the_clock_advances_and_sets_but_never_goes_back() {
        String before = now();
        browser.find(By.id("advance")).sendKeys("20m");
        browser.click(By.id("advance-button"));
        browser.waitText(By.id("notice"), "The clock was moved.");
        assertEquals(Instant.parse(java.time.OffsetDateTime.parse(before).toInstant().plusSeconds(1200).toString()),
                java.time.OffsetDateTime.parse(now()).toInstant());
        assertEquals(java.time.OffsetDateTime.parse(now()).toInstant().toString(), browser.text(By.id("mock-now-utc")));
        assertTrue(browser.text(By.id("clock")).contains("clock: manual"));

        browser.find(By.id("set")).sendKeys("2027-01-01T00:00:00+08:00");
        browser.click(By.id("set-button"));
        browser.waitText(By.id("mock-now"), "2027-01-01 00:00:00");
        browser.waitTextContains(By.id("clock"), "2027-01-01 00:00:00");
        browser.screenshot("mock-controls");

        browser.find(By.id("set")).sendKeys("2026-01-01T00:00:00+08:00");
        browser.click(By.id("set-button"));
        browser.waitTextContains(By.cssSelector("#clock-section .error"), "The clock cannot go backwards");
        browser.find(By.id("advance")).sendKeys("soon");
        browser.click(By.id("advance-button"));
        browser.waitTextContains(By.cssSelector("#clock-section .error"), "not a duration: \"soon\"");
        assertEquals("2027-01-01T00:00+08:00", now());
    }

    @Test
    void a_fault_rule_from_a_template_fails_the_next_calls_and_can_be_deleted() {
        browser.click(By.cssSelector("#template-fail summary"));
        browser.find(By.id("fail-action")).sendKeys("DescribeDBInstances");
        browser.find(By.id("fail-times")).sendKeys("2");
        browser.find(By.id("fail-code")).sendKeys("InternalError.SystemError");
        browser.click(By.cssSelector("#template-fail button"));
        browser.waitText(By.id("notice"), "Fault rule added.");
        String row = browser.text(By.cssSelector("#fault-table tbody tr"));
        assertTrue(row.contains("answer InternalError.SystemError") && row.contains("DescribeDBInstances"), row);

        SignedClient api = SignedClient.of(server);
        api.call("DescribeDBInstances", "{}").then().body("Response.Error.Code", org.hamcrest.Matchers.equalTo("InternalError.SystemError"));
        browser.open("/console/mock");
        assertTrue(browser.text(By.cssSelector("#fault-table tbody tr")).contains("1 1"), browser.text(By.cssSelector("#fault-table tbody tr")));

        // A field the template does not take, and an impossible rule, are refused with a message.
        browser.click(By.cssSelector("#template-fail-operation summary"));
        browser.click(By.cssSelector("#template-fail-operation button"));
        browser.waitTextContains(By.cssSelector("#faults .error"), "Rule not added: instanceId is required");

        browser.click(By.xpath("//tr[@data-rule]//button[normalize-space()='Delete']"));
        browser.waitText(By.id("notice"), "Fault rule deleted.");
        browser.waitText(By.cssSelector("#fault-table tbody tr"), "No fault rules: every call behaves.");
        api.call("DescribeDBInstances", "{}").then().body("Response.TotalCount", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void the_journal_shows_calls_live_and_filters_them() {
        SignedClient api = SignedClient.of(server);
        api.call("DescribeDBInstances", "{}").then().statusCode(200);
        By firstRow = By.cssSelector("#journal tr:first-child");
        browser.waitTextContains(firstRow, "DescribeDBInstances");
        // A call made while the page is open appears by itself.
        api.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"mssql-nosuch01\"}").then().statusCode(200);
        browser.waitTextContains(firstRow, "ResourceNotFound.InstanceNotFound");
        String row = browser.text(firstRow);
        assertTrue(row.contains("AKIDmockcloud") && row.contains("ap-guangzhou") && row.contains("mssql-nosuch01") && row.contains(" ms"), row);
        assertTrue(!browser.driver.getPageSource().contains("mockcloud-secret"));

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("filter-result"))).selectByValue("success");
        browser.click(By.id("filter-button"));
        browser.waitTextContains(firstRow, "DescribeDBInstances");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#journal tr")).size());
        assertTrue(browser.text(firstRow).contains("Success"));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("filter-result"))).selectByValue("");
        browser.click(By.id("filter-button"));
        browser.until("both calls", d -> d.findElements(By.cssSelector("#journal tr")).size() == 2);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('journal-section').scrollIntoView()");
        browser.screenshot("journal");
    }

    @Test
    void reset_export_and_import_each_ask_first() throws Exception {
        // Export: the confirmation, then the download.
        browser.click(By.id("export-button"));
        browser.waitTextContains(By.id("dialog-title"), "Export the whole state?");
        browser.click(By.id("confirm-ok"));
        Path exported = browser.downloaded("mockcloud-state.json");
        assertTrue(Files.readString(exported).contains("mssql-orders01"));
        browser.waitText(By.id("confirm-cancel"), "Close");
        browser.click(By.id("confirm-cancel"));
        browser.until("the confirmation gone", d -> d.findElements(By.id("confirm-dialog")).isEmpty());

        // Reset: cancel changes nothing; confirming deletes what the API made.
        browser.click(By.id("reset-button"));
        browser.waitTextContains(By.id("dialog-title"), "Reset the whole state?");
        browser.screenshot("reset-confirmation");
        browser.click(By.id("confirm-cancel"));
        browser.until("the confirmation gone", d -> d.findElements(By.id("confirm-dialog")).isEmpty());
        admin.get("/_mock/instances/mssql-orders01").then().statusCode(200);
        browser.click(By.id("reset-button"));
        browser.click(By.id("confirm-ok"));
        browser.waitText(By.id("notice"), "The state was reset to the start-up state.");
        admin.get("/_mock/instances/mssql-orders01").then().statusCode(404);

        // Import: the exported file brings the instance back.
        browser.click(By.id("import-button"));
        browser.waitTextContains(By.id("dialog-title"), "Import a state file?");
        browser.find(By.id("state-file")).sendKeys(exported.toString());
        browser.click(By.id("confirm-ok"));
        browser.waitText(By.id("notice"), "The state was imported.");
        admin.get("/_mock/instances/mssql-orders01").then().statusCode(200);

        // A broken file changes nothing and says why.
        Path broken = Files.writeString(exported.resolveSibling("broken.json"), "{\"formatVersion\": 99}");
        browser.click(By.id("import-button"));
        browser.find(By.id("state-file")).sendKeys(broken.toString());
        browser.click(By.id("confirm-ok"));
        browser.waitTextContains(By.cssSelector("#state-section .error"), "State not imported, nothing changed");
        admin.get("/_mock/instances/mssql-orders01").then().statusCode(200);
    }

    @Test
    void with_an_admin_token_the_controls_need_it_too() {
        try (MockCloud guarded = MockCloud.start(MockCloudConfig.forTests("console-mock-token", Instant.parse("2026-12-01T09:05:00Z"))
                .withAdminToken("s3cret-admin"))) {
            browser.use(guarded);
            try {
                browser.signIn("AKIDmockcloud", "mockcloud-secret");
                browser.open("/console/mock");
                browser.until("the unlock form", d -> !d.findElements(By.id("admin-token")).isEmpty());
                assertTrue(browser.driver.findElements(By.id("clock-section")).isEmpty());
                browser.find(By.id("admin-token")).sendKeys("wrong");
                browser.click(By.xpath("//button[normalize-space()='Unlock']"));
                browser.waitText(By.id("unlock-error"), "That is not this mockcloud's admin token.");
                browser.find(By.id("admin-token")).sendKeys("s3cret-admin");
                browser.click(By.xpath("//button[normalize-space()='Unlock']"));
                browser.until("the controls", d -> !d.findElements(By.id("clock-section")).isEmpty());
                assertTrue(!browser.driver.getPageSource().contains("s3cret-admin"));
            } finally {
                browser.use(server);
            }
        }
    }
}
