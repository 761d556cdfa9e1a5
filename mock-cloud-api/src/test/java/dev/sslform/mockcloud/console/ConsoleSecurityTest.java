package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.MockAdmin;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's security rules over plain HTTP: sessions, CSRF and origin, isolation, escaping, throttling, secrets. */
class ConsoleSecurityTest {
    static final String KEY_A = "alice-secret-key-value";
    static final String KEY_B = "bob-secret-key-value";

    @TempDir
    static Path dir;
    static MockCloud server;
    static MockAdmin admin;

    @BeforeAll
    static void start() throws IOException {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                accounts:
                  - {SecretId: AKIDalice, SecretKey: alice-secret-key-value, AppId: 1300000001}
                  - {SecretId: AKIDbob, SecretKey: bob-secret-key-value, AppId: 1300000002}
                  - {SecretId: AKIDcarol, SecretKey: carol-secret-key-value, AppId: 1300000003}
                """);
        server = MockCloud.start(MockCloudConfig.forTests("console-security", Instant.parse("2026-12-01T09:05:00Z")).withSeed(seed));
        admin = MockAdmin.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void arrange() {
        admin.reset();
        admin.create("{\"InstanceId\":\"mssql-alice001\",\"Region\":\"ap-guangzhou\",\"Name\":\"orders\",\"Account\":\"AKIDalice\"}");
        admin.create("{\"InstanceId\":\"mssql-bob00001\",\"Region\":\"ap-guangzhou\",\"Name\":\"bobs-db\",\"Account\":\"AKIDbob\"}");
    }

    ConsoleClient alice() {
        return new ConsoleClient(server).signIn("AKIDalice", KEY_A);
    }

    String ssl(String id) {
        return admin.get("/_mock/instances/" + id).then().extract().path("SSLConfig.Encryption");
    }

    @Test
    void the_sign_in_page_answers_without_a_session_and_nothing_else_does() {
        ConsoleClient anon = new ConsoleClient(server);
        anon.anonymous().get(server.url() + "/console").then().statusCode(200).body(containsString("name=\"SecretId\""))
                .body(containsString("name=\"SecretKey\"")).body(containsString("Log in"));
        for (String path : List.of("/console/instances", "/console/instances?region=ap-guangzhou", "/console/instances/table?region=ap-guangzhou",
                "/console/instances/mssql-alice001", "/console/instances/mssql-alice001/ssl", "/console/instances/mssql-alice001/summary",
                "/console/instances/mssql-alice001/history", "/console/instances/mssql-alice001/ssl/dialog?Type=enable",
                "/console/instances/mssql-alice001/ssl/ca.zip", "/console/clock", "/console/mock", "/console/mock/requests",
                "/console/mock/confirm/reset", "/console/empty")) {
            Response r = anon.anonymous().get(server.url() + path);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/console", r.header("Location"), path);
            assertFalse(r.asString().contains("mssql-alice001"), path);
            Response fragment = anon.anonymous().header("HX-Request", "true").get(server.url() + path);
            assertEquals(401, fragment.statusCode(), path);
            assertEquals("/console", fragment.header("HX-Redirect"), path);
        }
        anon.anonymous().header("Origin", anon.origin()).formParam("Type", "enable").formParam("WaitSwitch", "0")
                .post(server.url() + "/console/instances/mssql-alice001/ssl").then().statusCode(403);
        assertEquals("disable", ssl("mssql-alice001"));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_scoped_to_the_console() {
        Response r = new ConsoleClient(server).login("AKIDalice", KEY_A);
        r.then().statusCode(303).header("Location", "/console/instances");
        String setCookie = r.header("Set-Cookie");
        assertTrue(setCookie.startsWith("mockcloud_console_" + server.port() + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/console"), setCookie);
    }

    @Test
    void a_wrong_key_pair_is_refused_without_echoing_the_secret() {
        ConsoleClient c = new ConsoleClient(server);
        for (String[] pair : List.of(new String[]{"AKIDalice", "not-the-key"}, new String[]{"AKIDnobody", KEY_A}, new String[]{"", ""})) {
            Response r = c.login(pair[0], pair[1]);
            assertEquals(401, r.statusCode());
            assertTrue(r.asString().contains("The SecretId or SecretKey is wrong."));
            assertFalse(r.asString().contains("not-the-key"));
            assertFalse(r.asString().contains(KEY_A));
            assertEquals(null, r.getCookie(c.cookieName));
        }
    }

    @Test
    void sign_in_attempts_are_throttled_per_secret_id_even_for_the_right_key() {
        ConsoleClient c = new ConsoleClient(server);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            c.login("AKIDcarol", "wrong-" + i).then().statusCode(401);
        }
        Response r = c.login("AKIDcarol", "carol-secret-key-value");
        r.then().statusCode(429).body(containsString("Too many failed sign-ins"));
        assertTrue(Integer.parseInt(r.header("Retry-After")) > 0);
        // Another SecretId is not held up by carol's failures.
        c.login("AKIDalice", KEY_A).then().statusCode(303);
    }

    @Test
    void a_cross_origin_post_with_the_cookie_and_the_token_is_403_and_changes_nothing() {
        ConsoleClient a = alice();
        a.signedIn().header("Origin", "http://evil.example").formParam("_csrf", a.csrf).formParam("Type", "enable")
                .formParam("WaitSwitch", "0").post(server.url() + "/console/instances/mssql-alice001/ssl")
                .then().statusCode(403).body(containsString("Cross-origin request refused"));
        a.signedIn().header("Referer", "http://evil.example/page").formParam("_csrf", a.csrf).formParam("Type", "enable")
                .formParam("WaitSwitch", "0").post(server.url() + "/console/instances/mssql-alice001/ssl").then().statusCode(403);
        a.signedIn().header("Origin", a.origin()).header("Sec-Fetch-Site", "same-site").formParam("_csrf", a.csrf)
                .formParam("Type", "enable").formParam("WaitSwitch", "0").post(server.url() + "/console/instances/mssql-alice001/ssl")
                .then().statusCode(403).body(containsString("Cross-site request refused"));
        a.signedIn().header("Origin", "null").formParam("_csrf", a.csrf).formParam("Type", "enable").formParam("WaitSwitch", "0")
                .post(server.url() + "/console/instances/mssql-alice001/ssl").then().statusCode(403);
        assertEquals("disable", ssl("mssql-alice001"));
        // The sign-in form is guarded the same way.
        a.anonymous().header("Origin", "http://evil.example").formParam("SecretId", "AKIDalice").formParam("SecretKey", KEY_A)
                .post(server.url() + "/console/login").then().statusCode(403);
    }

    @Test
    void a_post_without_the_page_token_is_403_and_changes_nothing() {
        ConsoleClient a = alice();
        a.signedIn().header("Origin", a.origin()).formParam("Type", "enable").formParam("WaitSwitch", "0")
                .post(server.url() + "/console/instances/mssql-alice001/ssl").then().statusCode(403).body(containsString("CSRF"));
        a.signedIn().header("Origin", a.origin()).formParam("_csrf", "forged").formParam("Type", "enable").formParam("WaitSwitch", "0")
                .post(server.url() + "/console/instances/mssql-alice001/ssl").then().statusCode(403);
        a.signedIn().header("Origin", a.origin()).formParam("advance", "1h").post(server.url() + "/console/mock/clock").then().statusCode(403);
        a.signedIn().header("Origin", a.origin()).post(server.url() + "/console/logout").then().statusCode(403);
        assertEquals("disable", ssl("mssql-alice001"));
        assertEquals("2026-12-01T17:05+08:00", admin.get("/_mock/clock").then().extract().path("now"));
        // With the token, from the page's own origin, the same request goes through.
        a.post("/console/instances/mssql-alice001/ssl", "Type", "enable", "WaitSwitch", "0").then().statusCode(303);
        assertEquals("enable_doing", ssl("mssql-alice001"));
    }

    @Test
    void the_token_also_works_as_the_htmx_header() {
        ConsoleClient a = alice();
        a.signedIn().header("Origin", a.origin()).header("HX-Request", "true").header("X-CSRF-Token", a.csrf)
                .formParam("Type", "enable").formParam("WaitSwitch", "1").post(server.url() + "/console/instances/mssql-alice001/ssl")
                .then().statusCode(200).body(containsString("Task submitted: FlowId"));
        assertEquals("wait_doing", ssl("mssql-alice001"));
    }

    @Test
    void another_accounts_instance_is_a_404_that_reveals_nothing() {
        ConsoleClient a = alice();
        Response other = a.get("/console/instances/mssql-bob00001");
        Response missing = a.get("/console/instances/mssql-nosuch01");
        assertEquals(404, other.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.asString().replace("mssql-nosuch01", "X"), other.asString().replace("mssql-bob00001", "X"));
        assertFalse(other.asString().contains("bobs-db"));
        for (String path : List.of("/ssl", "/summary", "/history", "/ssl/ca.zip", "/ssl/dialog?Type=enable")) {
            a.get("/console/instances/mssql-bob00001" + path).then().statusCode(404);
        }
        a.post("/console/instances/mssql-bob00001/ssl", "Type", "enable", "WaitSwitch", "0").then().statusCode(404);
        a.post("/console/instances/mssql-bob00001/maintenance", "Weekly", "1", "StartTime", "10:00", "Span", "2").then().statusCode(404);
        assertEquals("disable", ssl("mssql-bob00001"));
        a.get("/console/instances?region=ap-guangzhou").then().statusCode(200).body(containsString("mssql-alice001"))
                .body(not(containsString("mssql-bob00001"))).body(not(containsString("bobs-db")));
    }

    @Test
    void instance_names_are_escaped_everywhere() {
        admin.create("{\"InstanceId\":\"mssql-xss00001\",\"Region\":\"ap-guangzhou\",\"Name\":\"<script>alert('x')</script>\\\"&\",\"Account\":\"AKIDalice\"}");
        ConsoleClient a = alice();
        for (String path : List.of("/console/instances?region=ap-guangzhou", "/console/instances/mssql-xss00001",
                "/console/instances?region=ap-guangzhou&q=%3Cscript%3E")) {
            String html = a.get(path).then().statusCode(200).extract().asString();
            assertFalse(html.contains("<script>alert"), path);
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"), path);
        }
        String search = a.get("/console/instances?region=ap-guangzhou&q=%22%3E%3Cimg%20src%3Dx%3E").asString();
        assertFalse(search.contains("\"><img src=x>"));
    }

    @Test
    void no_page_renders_a_secret_key() {
        ConsoleClient a = alice();
        a.post("/console/instances/mssql-alice001/ssl", "Type", "enable", "WaitSwitch", "0").then().statusCode(303);
        for (String path : List.of("/console/instances?region=ap-guangzhou", "/console/instances/mssql-alice001",
                "/console/instances/mssql-alice001?tab=security", "/console/instances/mssql-alice001?tab=history", "/console/mock",
                "/console/mock/requests")) {
            String html = a.get(path).then().statusCode(200).extract().asString();
            for (String secret : List.of(KEY_A, KEY_B, "carol-secret-key-value", "mockcloud-secret")) {
                assertFalse(html.contains(secret), path + " shows a secret key");
            }
        }
    }

    @Test
    void signing_out_ends_the_session() {
        ConsoleClient a = alice();
        a.post("/console/logout").then().statusCode(303).header("Location", "/console")
                .header("Set-Cookie", containsString("Max-Age=0"));
        a.get("/console/instances?region=ap-guangzhou").then().statusCode(303).header("Location", "/console");
    }

    @Test
    void a_reset_that_removes_the_account_ends_its_sessions() throws IOException {
        ConsoleClient a = alice();
        String state = admin.get("/_mock/state").asString().replace("AKIDalice", "AKIDalice2");
        io.restassured.RestAssured.given().contentType("application/json").body(state).put(server.url() + "/_mock/state")
                .then().statusCode(200);
        a.get("/console/instances?region=ap-guangzhou").then().statusCode(303).header("Location", "/console");
    }

    @Test
    void bad_list_parameters_are_refused_with_a_message() {
        ConsoleClient a = alice();
        a.get("/console/instances?region=mars-1").then().statusCode(400).body(containsString("Unknown region"));
        a.get("/console/instances?region=ap-guangzhou&sort=size").then().statusCode(400).body(containsString("sort must be"));
        a.get("/console/instances?region=ap-guangzhou&page=0").then().statusCode(400);
        a.get("/console/instances").then().statusCode(303).header("Location", equalTo("/console/instances?region=ap-guangzhou"));
    }
}
