package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.RequestJournal;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The request-journal part of the mock controls: a live table of the newest calls (time,
 * SecretId, region, action, instance, result, latency) with filters. Parameters, signatures and
 * keys are not shown.
 */
final class JournalSection {
    static final int JOURNAL_ROWS = 200;

    private final ConsoleContext c;

    JournalSection(ConsoleContext c) {
        this.c = c;
    }

    /** The journal's filters, as given in the query. */
    record Filters(String action, String instanceId, String account, String result) {
        String url() {
            return "/console/mock/requests?action=" + ConsoleContext.url(action) + "&instanceId=" + ConsoleContext.url(instanceId)
                    + "&account=" + ConsoleContext.url(account) + "&result=" + ConsoleContext.url(result);
        }

        Predicate<RequestJournal.Entry> predicate() {
            return e -> (action.isEmpty() || action.equals(e.action()))
                    && (instanceId.isEmpty() || e.instanceIds().stream().anyMatch(i -> i.contains(instanceId)))
                    && (account.isEmpty() || account.equals(e.secretId()))
                    && (result.isEmpty() || (result.equals("success") == (e.errorCode() == null)));
        }
    }

    static Filters filters(Context ctx) {
        String result = MockPage.orEmpty(ctx.queryParam("result"));
        if (!result.isEmpty() && !result.equals("success") && !result.equals("error")) {
            throw Refusal.of(400, "result must be success or error, got \"" + result + "\".");
        }
        return new Filters(MockPage.orEmpty(ctx.queryParam("action")).trim(), MockPage.orEmpty(ctx.queryParam("instanceId")).trim(),
                MockPage.orEmpty(ctx.queryParam("account")).trim(), result);
    }

    Html section(Filters f) {
        return Html.of("<section class=\"card\" id=\"journal-section\"><h2>Request journal</h2>"
                        + "<form method=\"get\" action=\"/console/mock\" class=\"row\" id=\"journal-filters\">"
                        + "<label>Action <input name=\"action\" id=\"filter-action\" list=\"actions\" value=\"{}\"></label> "
                        + "<label>Instance <input name=\"instanceId\" id=\"filter-instance\" value=\"{}\"></label> "
                        + "<label>SecretId <input name=\"account\" id=\"filter-account\" value=\"{}\"></label> "
                        + "<label>Result <select name=\"result\" id=\"filter-result\"><option value=\"\">all</option>"
                        + "<option value=\"success\"{}>success</option><option value=\"error\"{}>error</option></select></label> "
                        + "<button type=\"submit\" id=\"filter-button\">Filter</button></form>"
                        + "<table class=\"grid\" id=\"journal-table\"><thead><tr><th>Time</th><th>SecretId</th><th>Region</th><th>Action</th>"
                        + "<th>Instance</th><th>Result</th><th>Latency</th></tr></thead>{}</table>"
                        + "<p class=\"hint\">The newest {} calls first; refreshes by itself. Signatures and keys are never recorded."
                        + " Writes made in this console are recorded too (request ids starting console-).</p></section>",
                f.action(), f.instanceId(), f.account(), Html.raw(f.result().equals("success") ? " selected" : ""),
                Html.raw(f.result().equals("error") ? " selected" : ""), Live.wrap("tbody", "journal", f.url(), rows(f)), JOURNAL_ROWS);
    }

    Html rows(Filters f) {
        List<RequestJournal.Entry> entries = new ArrayList<>(c.w.journal().list(f.predicate(), JOURNAL_ROWS));
        java.util.Collections.reverse(entries);
        List<Html> rows = new ArrayList<>();
        for (RequestJournal.Entry e : entries) {
            String region = c.w.regions().contains(e.region()) ? e.region() : null;
            rows.add(Html.of("<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"result\">{}</td><td>{}</td></tr>",
                    e.errorCode() == null ? "ok" : "failed", c.times.element(e.time(), region), MockPage.orEmpty(e.secretId()), MockPage.orEmpty(e.region()),
                    MockPage.orEmpty(e.action()), String.join(", ", e.instanceIds()), e.errorCode() == null ? "Success" : e.errorCode(),
                    String.format(Locale.ROOT, "%.1f ms", e.durationNanos() / 1e6)));
        }
        if (rows.isEmpty()) {
            rows.add(Html.raw("<tr><td colspan=\"7\" class=\"empty\">No calls match.</td></tr>"));
        }
        return Html.join(rows);
    }

}
