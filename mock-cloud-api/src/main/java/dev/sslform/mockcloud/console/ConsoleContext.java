package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.MockClock;
import dev.sslform.mockcloud.core.RequestJournal;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every console page shares: the wiring, the sessions, time display, and the page frame. */
final class ConsoleContext {
    static final String SESSION_ATTRIBUTE = "mockcloud.console.session";
    /** htmx settings: no inline styles or eval (the CSP forbids both), and error answers are shown too. */
    private static final String HTMX_CONFIG = "{\"includeIndicatorStyles\":false,\"allowEval\":false,\"allowScriptTags\":false,"
            + "\"responseHandling\":[{\"code\":\"204\",\"swap\":false},{\"code\":\"...\",\"swap\":true}]}";

    final Console.Wiring w;
    final Sessions sessions;
    final LoginThrottle throttle;
    final Times times;

    ConsoleContext(Console.Wiring w) {
        this.w = w;
        this.sessions = new Sessions(w.real());
        this.throttle = new LoginThrottle(w.real());
        this.times = new Times(w.settings());
    }

    static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** The signed-in session of this request; the guard has made sure there is one. */
    static Sessions.Session session(Context ctx) {
        Sessions.Session s = ctx.attribute(SESSION_ATTRIBUTE);
        if (s == null) {
            throw Refusal.redirect("/console");
        }
        return s;
    }

    static Html csrfField(Sessions.Session s) {
        return Html.of("<input type=\"hidden\" name=\"_csrf\" value=\"{}\">", s.csrf);
    }

    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** The header's clock: the mock's time (China time, UTC on hover) and its mode; refreshes itself. */
    Html clock() {
        MockClock clock = w.lifecycle().clock();
        return Html.of("<span id=\"clock\" class=\"clock\" hx-get=\"/console/clock\" hx-trigger=\"every 5s\" hx-swap=\"outerHTML\">"
                + "Mock time <strong>{}</strong> <span class=\"muted\">({})</span> · clock: <strong id=\"clock-mode\">{}</strong></span>",
                times.element(clock.instant(), null), times.zone(null).getId(), clock.mode().wire());
    }

    /** A whole page: header with the clock and the account, the body, and the empty dialog slot. */
    String page(Context ctx, String title, String nav, Html body) {
        Sessions.Session s = ctx.attribute(SESSION_ATTRIBUTE);
        Html account = Html.EMPTY;
        Html navHtml = Html.EMPTY;
        Html headers = Html.EMPTY;
        if (s != null) {
            headers = Html.of(" hx-headers=\"{}\"", "{\"X-CSRF-Token\":\"" + s.csrf + "\"}");
            navHtml = Html.of("<nav><a href=\"/console/instances\" class=\"{}\">Instances</a>"
                    + "<a href=\"/console/mock\" class=\"{}\">Mock controls</a></nav>",
                    nav.equals("instances") ? "active" : "", nav.equals("mock") ? "active" : "");
            account = Html.of("<span class=\"account\">Signed in as <strong id=\"account\">{}</strong>"
                    + "<form method=\"post\" action=\"/console/logout\" class=\"inline\">{}<button type=\"submit\" class=\"link\">Sign out</button></form></span>",
                    s.secretId, csrfField(s));
        }
        return Html.of("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{} · mockcloud console</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"htmx-config\" content=\"{}\">"
                + "<link rel=\"stylesheet\" href=\"{}\"><script src=\"{}\"></script></head>"
                + "<body{}><header class=\"top\"><a class=\"brand\" href=\"/console\">mockcloud <span>SQL Server console</span></a>"
                + "{}{}{}</header><main>{}</main><div id=\"dialog\" class=\"dialog-host\"></div></body></html>",
                title, HTMX_CONFIG, Assets.CSS, Assets.HTMX, headers, navHtml, clock(), account, body).toString();
    }

    /** Records a write made from the console in the request journal, so the requests monitor shows it. */
    void journal(Sessions.Session s, String region, String action, List<String> instanceIds, Map<String, Object> params,
                 String errorCode, String message, long startNanos) {
        RequestJournal j = w.journal();
        long duration = System.nanoTime() - startNanos;
        Instant real = w.real().instant().minusNanos(duration);
        j.record(new RequestJournal.Entry(j.nextSeq(), "console-" + UUID.randomUUID(), real, w.lifecycle().clock().instant(),
                s.secretId, s.appId, region, action, instanceIds, params, errorCode, message, duration));
    }
}
