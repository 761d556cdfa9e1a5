package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.MockCloud;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The console over plain HTTP, as a browser on the same origin would speak to it: signs in,
 * keeps the session cookie, reads the page token from a page, and sends it (and the Origin) with
 * every POST. Redirects are not followed, so tests see them.
 */
final class ConsoleClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final MockCloud server;
    final String cookieName;
    String session;
    String csrf;

    ConsoleClient(MockCloud server) {
        this.server = server;
        this.cookieName = "mockcloud_console_" + server.port();
    }

    String origin() {
        return server.url();
    }

    RequestSpecification anonymous() {
        return RestAssured.given().redirects().follow(false);
    }

    RequestSpecification signedIn() {
        return anonymous().cookie(cookieName, session);
    }

    Response login(String secretId, String secretKey) {
        return anonymous().header("Origin", origin()).formParam("SecretId", secretId).formParam("SecretKey", secretKey)
                .post(server.url() + "/console/login");
    }

    /** Signs in (failing the test unless it works) and reads the page token. */
    ConsoleClient signIn(String secretId, String secretKey) {
        Response r = login(secretId, secretKey);
        assertEquals(303, r.statusCode(), r.asString());
        session = r.getCookie(cookieName);
        csrf = token(get("/console/instances?region=ap-guangzhou").then().statusCode(200).extract().asString());
        return this;
    }

    Response get(String path) {
        return signedIn().urlEncodingEnabled(false).get(server.url() + path);
    }

    /** A same-origin form POST with the page token. */
    Response post(String path, Object... formPairs) {
        RequestSpecification r = signedIn().header("Origin", origin()).formParam("_csrf", csrf);
        for (int i = 0; i < formPairs.length; i += 2) {
            r = r.formParam((String) formPairs[i], formPairs[i + 1]);
        }
        return r.post(server.url() + path);
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf field in the page");
        }
        return m.group(1);
    }
}
