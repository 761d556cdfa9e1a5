package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.SslOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two tabs of the Instance Management page: Instance Details (with the maintenance window's
 * edit form, refilled with what was sent and the API's error when it is refused) and Operation
 * History.
 */
final class InstanceTabs {
    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final ConsoleContext c;

    InstanceTabs(ConsoleContext c) {
        this.c = c;
    }

    Html history(InstancePage.Loaded l) {
        String region = l.instance().region();
        List<Html> rows = new ArrayList<>();
        for (SslOperation o : l.history()) {
            rows.add(Html.of("<tr data-flow=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"result\">{}</td></tr>",
                    o.flowId(), o.flowId(), StatusTexts.operationType(o.type()), StatusTexts.executionTime(o.waitSwitch()),
                    c.times.element(o.requestedAt(), region), c.times.element(o.startedAt(), region),
                    c.times.element(o.finishedAt(), region), StatusTexts.result(o.phase())));
        }
        if (rows.isEmpty()) {
            rows.add(Html.raw("<tr><td colspan=\"7\" class=\"empty\">No SSL operations yet.</td></tr>"));
        }
        Html note = l.instance().readOnlyReplica()
                ? Html.of("<p class=\"hint\">The operations of its master {}, which this read-only replica follows.</p>", l.instance().masterId())
                : Html.EMPTY;
        return Html.of("<h2>Operation History</h2>{}<table class=\"grid\" id=\"history-table\"><thead><tr><th>Flow ID</th><th>Operation</th>"
                + "<th>Execution time</th><th>Requested</th><th>Started</th><th>Finished</th><th>Result</th></tr></thead><tbody>{}</tbody></table>",
                note, Html.join(rows));
    }

    Html details(InstancePage.Loaded l, ApiException error, Map<String, Object> tried) {
        Instance i = l.instance();
        MaintenanceWindow w = i.window();
        List<Html> days = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Integer> checked = tried != null ? (List<Integer>) tried.get("Weekly") : w.weekly();
        String start = tried != null ? String.valueOf(tried.get("StartTime")) : w.startTimeText();
        int span = tried != null && tried.get("Span") instanceof Integer n ? n : w.spanHours();
        for (int d = 1; d <= 7; d++) {
            days.add(Html.of("<label class=\"day\"><input type=\"checkbox\" name=\"Weekly\" value=\"{}\" id=\"weekly-{}\"{}> {}</label>",
                    d, d, Html.raw(checked.contains(d) ? " checked" : ""), DAY_NAMES[d - 1]));
        }
        List<Html> spans = new ArrayList<>();
        for (int h = 1; h <= 24; h++) {
            spans.add(Html.of("<option value=\"{}\"{}>{} {}</option>", h, Html.raw(h == span ? " selected" : ""), h, h == 1 ? "hour" : "hours"));
        }
        Html err = error == null ? Html.EMPTY : Html.of("<div class=\"error\" role=\"alert\" id=\"maintenance-error\"><code>{}</code> {}</div>",
                error.code(), error.getMessage());
        java.time.Instant now = c.w.lifecycle().clock().instant();
        Html next = w.contains(now, c.times.zone(i.region())) ? Html.raw(" The window is open now.")
                : w.nextOpening(now, c.times.zone(i.region()))
                .map(z -> Html.of(" Next opening: {}.", c.times.element(z.toInstant(), i.region()))).orElse(Html.EMPTY);
        return Html.of("<section id=\"details\"><h2>Basic Info</h2><table class=\"kv\">"
                        + "<tr><th>Instance ID</th><td>{}</td></tr><tr><th>Name</th><td>{}</td></tr>"
                        + "<tr><th>Region / Zone</th><td>{} / {}</td></tr><tr><th>Version</th><td>SQL Server {}</td></tr>"
                        + "<tr><th>Private network address</th><td>{}:{}</td></tr><tr><th>Created</th><td>{}</td></tr></table>"
                        + "<h2>Maintenance Window</h2><p id=\"maintenance-current\">{} ({} time).{}</p>{}"
                        + "<form method=\"post\" action=\"/console/instances/{}/maintenance\" id=\"maintenance-form\" class=\"card\">{}"
                        + "<fieldset><legend>Weekly</legend>{}</fieldset>"
                        + "<label>Start time (HH:mm) <input name=\"StartTime\" id=\"start-time\" value=\"{}\" size=\"5\"></label> "
                        + "<label>Span <select name=\"Span\" id=\"span\">{}</select></label> "
                        + "<button type=\"submit\" class=\"primary\" id=\"maintenance-save\">Save</button></form></section>",
                i.instanceId(), i.name(), i.region(), i.zone(), i.version(), i.vip(), i.vport(), c.times.element(i.createdAt(), i.region()),
                InstanceListPage.window(w), c.times.zone(i.region()).getId(), next, err, Html.raw(ConsoleContext.url(i.instanceId())),
                ConsoleContext.csrfField(l.session()), Html.join(days), start, Html.join(spans));
    }

}
