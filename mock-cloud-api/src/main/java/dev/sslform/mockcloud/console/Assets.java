package dev.sslform.mockcloud.console;

import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The console's two static files, read once from the class path: htmx from its WebJar and the
 * style sheet. Served without a session (the sign-in page needs them); nothing else is.
 */
final class Assets {
    static final String HTMX_VERSION = "2.0.10";
    static final String HTMX = "/console/assets/htmx.min.js";
    static final String CSS = "/console/assets/console.css";

    private final byte[] htmx = read("META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist/htmx.min.js");
    private final byte[] css = read("console/console.css");

    void register(RoutesConfig routes) {
        routes.get(HTMX, ctx -> ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "max-age=3600").result(htmx));
        routes.get(CSS, ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("console asset " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
