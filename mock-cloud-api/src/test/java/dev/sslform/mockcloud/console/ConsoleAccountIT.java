package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account side of the console in real Chromium: sign-in and sign-out, one account never
 * seeing another's instances, a cross-site POST refused with 403, names shown as text, and the
 * instance list's search, sort and pages.
 */
class ConsoleAccountIT {
    @TempDir
    static Path dir;
    static MockCloud server;
    static MockAdmin admin;
    static ConsoleBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        ConsoleBrowser.assumeAvailable();
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                accounts:
                  - {SecretId: AKIDalice, SecretKey: alice-secret-key-value, AppId: 1300000001}
                  - {SecretId: AKIDbob, SecretKey: bob-secret-key-value, AppId: 1300000002}
                """);
        server = MockCloud.start(MockCloudConfig.forTests("console-account", Instant.parse("2026-12-01T09:05:00Z")).withSeed(seed));
        admin = MockAdmin.of(server);
        browser = new ConsoleBrowser(server);
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
        admin.create("{\"InstanceId\":\"mssql-alice001\",\"Region\":\"ap-guangzhou\",\"Name\":\"orders\",\"Account\":\"AKIDalice\"}");
        admin.create("{\"InstanceId\":\"mssql-bob00001\",\"Region\":\"ap-guangzhou\",\"Name\":\"bobs-db\",\"Account\":\"AKIDbob\"}");
        browser.open("/console");
        if (!browser.driver.findElements(By.id("account")).isEmpty()) {
            browser.click(By.xpath("//button[normalize-space()='Sign out']"));
            browser.until("signed out", d -> !d.findElements(By.name("SecretId")).isEmpty());
        }
    }

    @Test
    void sign_in_refuses_a_wrong_pair_and_sign_out_ends_the_session() {
        browser.open("/console");
        browser.find(By.name("SecretId")).sendKeys("AKIDalice");
        browser.find(By.name("SecretKey")).sendKeys("not-the-key");
        browser.screenshot("login");
        browser.click(By.xpath("//button[normalize-space()='Log in']"));
        browser.waitText(By.id("login-error"), "The SecretId or SecretKey is wrong.");
        assertEquals("AKIDalice", browser.find(By.name("SecretId")).getAttribute("value"));
        assertEquals("", browser.find(By.name("SecretKey")).getAttribute("value"));
        assertFalse(browser.driver.getPageSource().contains("not-the-key"));

        browser.signIn("AKIDalice", "alice-secret-key-value");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/console/instances?region=ap-guangzhou"), browser.driver.getCurrentUrl());
        // The session cookie is not readable from scripts.
        assertEquals("", ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return document.cookie"));

        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.until("the sign-in page", d -> !d.findElements(By.name("SecretKey")).isEmpty());
        browser.open("/console/instances?region=ap-guangzhou");
        browser.until("sent back to sign in", d -> !d.findElements(By.name("SecretKey")).isEmpty());
        assertFalse(browser.driver.getPageSource().contains("mssql-alice001"));
    }

    @Test
    void an_account_sees_only_its_own_instances() {
        browser.signIn("AKIDalice", "alice-secret-key-value");
        browser.waitText(By.cssSelector("tr[data-instance='mssql-alice001'] .name"), "orders");
        assertTrue(browser.driver.findElements(By.cssSelector("tr[data-instance='mssql-bob00001']")).isEmpty());
        assertFalse(browser.driver.getPageSource().contains("bobs-db"));
        browser.open("/console/instances/mssql-bob00001?tab=security");
        browser.waitText(By.tagName("h1"), "Not found");
        assertFalse(browser.driver.getPageSource().contains("bobs-db"));
        browser.open("/console/instances/mssql-bob00001/ssl/ca.zip");
        browser.waitText(By.tagName("h1"), "Not found");
    }

    @Test
    void a_cross_site_post_is_refused_with_403_and_changes_nothing() {
        browser.signIn("AKIDalice", "alice-secret-key-value");
        String target = server.url() + "/console/instances/mssql-alice001/ssl";
        Javalin attacker = Javalin.create(cfg -> cfg.routes.get("/", ctx -> ctx.html("<html><body><h1>You won!</h1>"
                + "<form method=\"post\" action=\"" + target + "\"><input type=\"hidden\" name=\"Type\" value=\"enable\">"
                + "<input type=\"hidden\" name=\"WaitSwitch\" value=\"0\"><input type=\"hidden\" name=\"_csrf\" value=\"guessed\">"
                + "<button id=\"claim\">Claim the prize</button></form></body></html>"))).start("127.0.0.1", 0);
        try {
            browser.driver.get("http://127.0.0.1:" + attacker.port() + "/");
            browser.click(By.id("claim"));
            browser.waitText(By.tagName("h1"), "Forbidden");
            assertTrue(browser.text(By.cssSelector(".error")).contains("nothing was changed"), browser.text(By.cssSelector(".error")));
        } finally {
            attacker.stop();
        }
        assertEquals("disable", admin.get("/_mock/instances/mssql-alice001").then().extract().path("SSLConfig.Encryption"));
        assertEquals(0, admin.get("/_mock/requests?action=ModifyDBInstanceSSL").then().extract().jsonPath().getList("$").size());
    }

    @Test
    void names_are_shown_as_text_never_run() {
        admin.create("{\"InstanceId\":\"mssql-xss00001\",\"Region\":\"ap-guangzhou\",\"Name\":\"<img src=x onerror=alert(1)><script>alert(2)</script>\","
                + "\"Account\":\"AKIDalice\"}");
        browser.signIn("AKIDalice", "alice-secret-key-value");
        browser.waitText(By.cssSelector("tr[data-instance='mssql-xss00001'] .name"), "<img src=x onerror=alert(1)><script>alert(2)</script>");
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        browser.open("/console/instances/mssql-xss00001");
        browser.waitText(By.id("instance-name"), "<img src=x onerror=alert(1)><script>alert(2)</script>");
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        browser.open("/console/instances?region=ap-guangzhou&q=%3Cscript%3Ealert(3)%3C/script%3E");
        assertEquals("<script>alert(3)</script>", browser.find(By.id("search")).getAttribute("value"));
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
    }

    @Test
    void the_list_searches_sorts_and_pages() {
        for (int i = 1; i <= 25; i++) {
            admin.create(String.format("{\"InstanceId\":\"mssql-list%04d\",\"Region\":\"ap-guangzhou\",\"Name\":\"shop-%02d\",\"Account\":\"AKIDalice\"}", i, i));
        }
        admin.create("{\"InstanceId\":\"mssql-shanghai1\",\"Region\":\"ap-shanghai\",\"Name\":\"far-away\",\"Account\":\"AKIDalice\"}");
        browser.signIn("AKIDalice", "alice-secret-key-value");
        browser.waitTextContains(By.id("pager"), "26 instances · page 1 of 2");
        assertEquals(20, browser.driver.findElements(By.cssSelector("#instance-table tr.primary")).size());
        browser.click(By.id("next"));
        browser.waitTextContains(By.id("pager"), "page 2 of 2");
        assertEquals(6, browser.driver.findElements(By.cssSelector("#instance-table tr.primary")).size());

        browser.find(By.id("search")).sendKeys("SHOP-07");
        browser.click(By.xpath("//button[normalize-space()='Search']"));
        browser.waitTextContains(By.id("pager"), "1 instance · page 1 of 1");
        browser.waitText(By.cssSelector("#instance-table tr.primary .name"), "shop-07");

        browser.find(By.id("search")).clear();
        browser.click(By.xpath("//button[normalize-space()='Search']"));
        browser.click(By.id("sort-id"));
        browser.waitText(By.cssSelector("#instance-table tbody tr:first-child .instance-link"), "mssql-alice001");
        browser.click(By.id("sort-id"));
        browser.waitText(By.cssSelector("#instance-table tbody tr:first-child .instance-link"), "mssql-list0025");

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("region"))).selectByValue("ap-shanghai");
        browser.click(By.xpath("//button[normalize-space()='Go']"));
        browser.waitTextContains(By.id("pager"), "1 instance · page 1 of 1");
        browser.waitText(By.cssSelector("#instance-table tr.primary .name"), "far-away");
    }
}
