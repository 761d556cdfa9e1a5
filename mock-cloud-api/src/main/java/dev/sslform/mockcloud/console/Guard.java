package dev.sslform.mockcloud.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Runs before every console request: security headers on every answer; a session for every
 * page and fragment but the sign-in page and the two static files; and, for every POST, the
 * same origin (Origin, else Referer; {@code Sec-Fetch-Site} when the browser sends it) and,
 * once signed in, the page's token (CSRF). A refused POST is 403 and changes nothing.
 */
final class Guard {
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final String STARTED = "mockcloud.console.started";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final ConsoleContext c;

    Guard(ConsoleContext c) {
        this.c = c;
    }

    void register(RoutesConfig routes) {
        routes.before("/console", this::check);
        routes.before("/console/*", this::check);
        routes.after("/console", Guard::timing);
        routes.after("/console/*", Guard::timing);
    }

    /** The cookie's name carries the port: browsers share cookies between ports of one host. */
    static String cookieName(Context ctx) {
        return "mockcloud_console_" + ctx.req().getLocalPort();
    }

    private void check(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        String path = ctx.path();
        if (path.startsWith("/console/assets/")) {
            return;
        }
        boolean post = ctx.method() == HandlerType.POST;
        if (post) {
            sameOrigin(ctx);
        }
        Optional<Sessions.Session> session = c.sessions.find(ctx.cookie(cookieName(ctx))).filter(s -> {
            // The key pair may be gone since sign-in (reset, import): then so is the session.
            boolean live = c.w.accounts().bySecretId(s.secretId).filter(a -> a.appId() == s.appId).isPresent();
            if (!live) {
                c.sessions.close(s.id);
            }
            return live;
        });
        session.ifPresent(s -> ctx.attribute(ConsoleContext.SESSION_ATTRIBUTE, s));
        boolean open = path.equals("/console") || path.equals("/console/") || path.equals("/console/login");
        if (open) {
            return;
        }
        if (session.isEmpty()) {
            if (post) {
                throw Refusal.of(403, "Sign in first: this request carries no console session.");
            }
            throw Refusal.redirect("/console");
        }
        if (post) {
            token(ctx, session.get());
        }
    }

    private static void sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw Refusal.of(403, "Cross-site request refused (Sec-Fetch-Site: " + site + "); nothing was changed.");
        }
        String origin = ctx.header("Origin");
        String from = origin != null ? origin : ctx.header("Referer");
        if (from != null && !ownOrigin(from, ctx)) {
            throw Refusal.of(403, "Cross-origin request refused (from " + from + "); nothing was changed.");
        }
    }

    private static boolean ownOrigin(String url, Context ctx) {
        String host = ctx.header("Host");
        if (host == null) {
            return false;
        }
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return false;
            }
            return u.getScheme().equalsIgnoreCase(ctx.scheme()) && u.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void token(Context ctx, Sessions.Session s) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null) {
            given = ctx.formParam(CSRF_FIELD);
        }
        if (given == null || !MessageDigest.isEqual(s.csrf.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8))) {
            throw Refusal.of(403, "This request does not carry the page's token (CSRF); reload the page and try again. Nothing was changed.");
        }
    }

    private static void timing(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - started) / 1e6));
        }
    }
}
