package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.Durations;
import dev.sslform.mockcloud.core.MockClock;
import dev.sslform.mockcloud.core.StateSnapshot;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code /console/mock}: the mock's own controls, which act on every account: the clock
 * (advance, set; never backwards), fault rules from templates, the live request journal with
 * filters, and reset, export and import of the whole state, each behind a confirmation. With an
 * admin token configured, a session must enter it before any of this answers.
 */
final class MockPage {
    private final ConsoleContext c;
    private final FaultSection faults;
    private final JournalSection journal;

    MockPage(ConsoleContext c) {
        this.c = c;
        this.faults = new FaultSection(c.w.faults());
        this.journal = new JournalSection(c);
    }

    void register(RoutesConfig routes) {
        routes.before("/console/mock/*", this::requireUnlocked);
        routes.get("/console/mock", ctx -> page(ctx, null, null, 200));
        routes.post("/console/mock/unlock", this::unlock);
        routes.post("/console/mock/clock", this::clock);
        routes.post("/console/mock/faults", this::addFault);
        routes.post("/console/mock/faults/{id}/delete", this::deleteFault);
        routes.get("/console/mock/requests", ctx -> {
            JournalSection.Filters f = JournalSection.filters(ctx);
            Live.answer(ctx, "tbody", "journal", f.url(), journal.rows(f));
        });
        routes.get("/console/mock/confirm/{what}", ctx -> ctx.html(confirmation(ctx, ctx.pathParam("what")).toString()));
        routes.post("/console/mock/reset", this::reset);
        routes.post("/console/mock/export", this::export);
        routes.post("/console/mock/import", this::importState);
    }

    private boolean unlocked(Sessions.Session s) {
        return !c.w.adminTokenRequired() || s.adminUnlocked;
    }

    /** Every control but the unlock form itself needs the admin token when one is configured. */
    private void requireUnlocked(Context ctx) {
        if (ctx.path().equals("/console/mock/unlock")) {
            return;
        }
        Sessions.Session s = ConsoleContext.session(ctx);
        if (!unlocked(s)) {
            throw Refusal.of(403, "This mockcloud requires its admin token for the mock controls: enter it on " + "/console/mock first.");
        }
    }

    // --- the page -------------------------------------------------------------------------------

    private void page(Context ctx, String section, Html error, int status) {
        Sessions.Session s = ConsoleContext.session(ctx);
        ctx.status(status);
        if (!unlocked(s)) {
            Html err = error == null ? Html.EMPTY : error;
            ctx.html(c.page(ctx, "Mock controls", "mock", Html.of("<h1>Mock controls</h1>{}<section class=\"card\" id=\"unlock\">"
                    + "<p>These controls act on every account. This mockcloud was started with an admin token: enter it to use them.</p>"
                    + "<form method=\"post\" action=\"/console/mock/unlock\">{}<label>Admin token <input type=\"password\" name=\"token\" id=\"admin-token\""
                    + " autocomplete=\"off\" required></label> <button type=\"submit\" class=\"primary\">Unlock</button></form></section>",
                    err, ConsoleContext.csrfField(s))));
            return;
        }
        Html clockError = "clock".equals(section) ? error : Html.EMPTY;
        Html faultError = "faults".equals(section) ? error : Html.EMPTY;
        Html stateError = "state".equals(section) ? error : Html.EMPTY;
        Html done = Html.EMPTY;
        String d = ctx.queryParam("done");
        if (d != null) {
            String text = switch (d) {
                case "clock" -> "The clock was moved.";
                case "fault" -> "Fault rule added.";
                case "deleted" -> "Fault rule deleted.";
                case "reset" -> "The state was reset to the start-up state.";
                case "import" -> "The state was imported.";
                default -> "";
            };
            if (!text.isEmpty()) {
                done = Html.of("<div class=\"notice shown\" role=\"status\" id=\"notice\">{}</div>", text);
            }
        }
        Html confirm = ctx.queryParam("confirm") == null ? Html.EMPTY : confirmation(ctx, ctx.queryParam("confirm"));
        JournalSection.Filters f = JournalSection.filters(ctx);
        Html body = Html.of("<h1>Mock controls</h1><p class=\"muted\">These act on the whole mock, every account included.</p>{}"
                        + "<div class=\"columns\">{}{}</div>{}{}<div id=\"confirm-slot\" class=\"dialog-host\">{}</div>",
                done, clockSection(ctx, clockError), stateSection(ctx, stateError), faults.section(ConsoleContext.session(ctx), faultError), journal.section(f), confirm);
        ctx.html(c.page(ctx, "Mock controls", "mock", body));
    }

    private void unlock(Context ctx) {
        Sessions.Session s = ConsoleContext.session(ctx);
        if (!c.w.adminTokenRequired()) {
            ctx.status(303).header("Location", "/console/mock");
            return;
        }
        String key = "admin:" + s.id;
        OptionalLong wait = c.throttle.blockedFor(key);
        if (wait.isPresent()) {
            page(ctx, null, Html.of("<div class=\"error\" role=\"alert\">Too many wrong tokens; try again in {} seconds.</div>",
                    wait.getAsLong()), 429);
            return;
        }
        String given = ctx.formParam("token") == null ? "" : ctx.formParam("token");
        if (!MessageDigest.isEqual(c.w.adminToken().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            c.throttle.failed(key);
            page(ctx, null, Html.raw("<div class=\"error\" role=\"alert\" id=\"unlock-error\">That is not this mockcloud's admin token.</div>"), 403);
            return;
        }
        c.throttle.succeeded(key);
        s.adminUnlocked = true;
        ctx.status(303).header("Location", "/console/mock");
    }

    private Html error(String message) {
        return Html.of("<div class=\"error\" role=\"alert\">{}</div>", message);
    }

    // --- clock ----------------------------------------------------------------------------------

    private Html clockSection(Context ctx, Html error) {
        MockClock clock = c.w.lifecycle().clock();
        Instant now = clock.instant();
        Sessions.Session s = ConsoleContext.session(ctx);
        return Html.of("<section class=\"card\" id=\"clock-section\"><h2>Clock</h2>"
                        + "<p>Now: <strong id=\"mock-now\">{}</strong> ({}) · UTC <code id=\"mock-now-utc\">{}</code> · mode <strong id=\"mock-mode\">{}</strong></p>{}"
                        + "<form method=\"post\" action=\"/console/mock/clock\" class=\"row\" id=\"advance-form\">{}<label>Advance by"
                        + " <input name=\"advance\" id=\"advance\" placeholder=\"20m, 1h, 30d or PT20S\" size=\"16\"></label>"
                        + " <button type=\"submit\" id=\"advance-button\">Advance</button></form>"
                        + "<form method=\"post\" action=\"/console/mock/clock\" class=\"row\" id=\"set-form\">{}<label>Set to"
                        + " <input name=\"set\" id=\"set\" placeholder=\"2026-12-01T17:05:00+08:00\" size=\"26\"></label>"
                        + " <button type=\"submit\" id=\"set-button\">Set</button></form>"
                        + "<p class=\"hint\">Every check and task that falls due on the way runs, in order. The clock never goes back.</p></section>",
                c.times.text(now, null), c.times.zone(null).getId(), now.toString(), clock.mode().wire(), error,
                ConsoleContext.csrfField(s), ConsoleContext.csrfField(s));
    }

    private void clock(Context ctx) {
        String advance = blankToNull(ctx.formParam("advance"));
        String set = blankToNull(ctx.formParam("set"));
        Instant target;
        try {
            if ((advance == null) == (set == null)) {
                throw new IllegalArgumentException("Give exactly one of \"advance\" (e.g. 20m) or \"set\" (e.g. 2026-12-01T17:05:00+08:00).");
            }
            if (advance != null) {
                Duration by = Durations.parse(advance);
                if (by.isNegative()) {
                    throw new MockClock.ClockMovedBackwardsException(c.w.lifecycle().clock().instant(),
                            c.w.lifecycle().clock().instant().plus(by));
                }
                target = c.w.lifecycle().clock().instant().plus(by);
            } else {
                try {
                    target = OffsetDateTime.parse(set).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("set: not an ISO-8601 date-time with offset: \"" + set + "\"");
                }
            }
            c.w.lifecycle().advanceTo(target);
        } catch (IllegalArgumentException e) {
            page(ctx, "clock", error(e.getMessage()), 400);
            return;
        } catch (MockClock.ClockMovedBackwardsException e) {
            page(ctx, "clock", error(e.getMessage()), 409);
            return;
        }
        ctx.status(303).header("Location", "/console/mock?done=clock");
    }

    // --- fault rules ----------------------------------------------------------------------------

    private void addFault(Context ctx) {
        String template = ctx.formParam("template");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
            if (e.getKey().equals("template") || e.getKey().equals(Guard.CSRF_FIELD)) {
                continue;
            }
            String v = e.getValue().isEmpty() ? null : blankToNull(e.getValue().get(0));
            if (v != null) {
                fields.put(e.getKey(), v);
            }
        }
        try {
            c.w.faults().add(FaultTemplates.build(template == null ? "" : template, fields));
        } catch (IllegalArgumentException e) {
            page(ctx, "faults", error("Rule not added: " + e.getMessage()), 400);
            return;
        }
        ctx.status(303).header("Location", "/console/mock?done=fault");
    }

    private void deleteFault(Context ctx) {
        if (!c.w.faults().remove(ctx.pathParam("id"))) {
            page(ctx, "faults", error("Fault rule " + ctx.pathParam("id") + " does not exist."), 404);
            return;
        }
        ctx.status(303).header("Location", "/console/mock?done=deleted");
    }

    // --- reset, export, import ------------------------------------------------------------------

    private Html stateSection(Context ctx, Html error) {
        return Html.of("<section class=\"card\" id=\"state-section\"><h2>State</h2>{}<p>Every account, instance, operation and certificate.</p>"
                + "<p class=\"row\"><a class=\"btn danger\" id=\"reset-button\" href=\"/console/mock?confirm=reset\" hx-get=\"/console/mock/confirm/reset\" hx-target=\"#dialog\" hx-swap=\"innerHTML\">Reset…</a>"
                + " <a class=\"btn\" id=\"export-button\" href=\"/console/mock?confirm=export\" hx-get=\"/console/mock/confirm/export\" hx-target=\"#dialog\" hx-swap=\"innerHTML\">Export…</a>"
                + " <a class=\"btn\" id=\"import-button\" href=\"/console/mock?confirm=import\" hx-get=\"/console/mock/confirm/import\" hx-target=\"#dialog\" hx-swap=\"innerHTML\">Import…</a></p></section>",
                error);
    }

    private Html confirmation(Context ctx, String what) {
        Sessions.Session s = ConsoleContext.session(ctx);
        Html csrf = ConsoleContext.csrfField(s);
        Html inner = switch (what) {
            case "reset" -> Html.of("<h2 id=\"dialog-title\">Reset the whole state?</h2><p>Every instance, operation and certificate made since start-up"
                    + " is deleted, for every account; the start-up accounts and seeded instances come back. This cannot be undone.</p>"
                    + "<form method=\"post\" action=\"/console/mock/reset\">{}<input type=\"hidden\" name=\"confirm\" value=\"yes\">"
                    + "<div class=\"buttons\"><button type=\"submit\" class=\"danger\" id=\"confirm-ok\">Reset</button>{}</div></form>", csrf, cancel());
            case "export" -> Html.of("<h2 id=\"dialog-title\">Export the whole state?</h2><p>The file holds every account's key pairs and every"
                    + " private key: keep it as you would keep those.</p>"
                    + "<form method=\"post\" action=\"/console/mock/export\">{}<input type=\"hidden\" name=\"confirm\" value=\"yes\">"
                    + "<div class=\"buttons\"><button type=\"submit\" class=\"primary\" id=\"confirm-ok\">Download mockcloud-state.json</button>{}</div></form>",
                    csrf, cancel("Close"));
            case "import" -> Html.of("<h2 id=\"dialog-title\">Import a state file?</h2><p>The file (from Export, or <code>GET /_mock/state</code>)"
                    + " replaces everything, for every account, and sets the clock to its reading. A file that does not read in full changes nothing.</p>"
                    + "<form method=\"post\" action=\"/console/mock/import\" enctype=\"multipart/form-data\">{}<input type=\"hidden\" name=\"confirm\" value=\"yes\">"
                    + "<label>State file <input type=\"file\" name=\"state\" id=\"state-file\" accept=\"application/json,.json\" required></label>"
                    + "<div class=\"buttons\"><button type=\"submit\" class=\"danger\" id=\"confirm-ok\">Import and replace everything</button>{}</div></form>",
                    csrf, cancel());
            default -> throw Refusal.of(400, "Nothing to confirm called \"" + what + "\"; reset, export or import.");
        };
        return Html.of("<div class=\"backdrop\"><div class=\"modal\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"dialog-title\" id=\"confirm-dialog\">{}</div></div>",
                inner);
    }

    private static Html cancel() {
        return cancel("Cancel");
    }

    private static Html cancel(String label) {
        return Html.of("<a href=\"/console/mock\" hx-get=\"/console/empty\" hx-target=\"closest .dialog-host\" hx-swap=\"innerHTML\" class=\"btn\""
                + " id=\"confirm-cancel\">{}</a>", label);
    }

    private static void confirmed(Context ctx) {
        if (!"yes".equals(ctx.formParam("confirm"))) {
            throw Refusal.of(400, "Not confirmed: send confirm=yes (the confirmation's button does).");
        }
    }

    private void reset(Context ctx) {
        confirmed(ctx);
        c.w.reset().run();
        ctx.status(303).header("Location", "/console/mock?done=reset");
    }

    private void export(Context ctx) {
        confirmed(ctx);
        byte[] doc = c.w.exportDocument().apply(c.w.transfer().export());
        ctx.contentType("application/json");
        ctx.header("Content-Disposition", "attachment; filename=\"mockcloud-state.json\"");
        ctx.result(doc);
    }

    private void importState(Context ctx) {
        confirmed(ctx);
        UploadedFile file = ctx.uploadedFile("state");
        if (file == null) {
            page(ctx, "state", error("State not imported, nothing changed: choose a file."), 400);
            return;
        }
        StateSnapshot snapshot;
        try (InputStream in = file.content()) {
            snapshot = c.w.importDocument().apply(in.readAllBytes());
        } catch (IOException e) {
            page(ctx, "state", error("State not imported, nothing changed: cannot read the upload: " + e.getMessage()), 400);
            return;
        } catch (IllegalArgumentException e) {
            page(ctx, "state", error("State not imported, nothing changed: " + e.getMessage()), 400);
            return;
        }
        c.w.transfer().replace(snapshot);
        ctx.status(303).header("Location", "/console/mock?done=import");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
