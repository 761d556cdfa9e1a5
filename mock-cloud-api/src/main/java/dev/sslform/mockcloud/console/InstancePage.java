package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.ErrorCodes;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.ModifySslCommand;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.SslMaterial;
import dev.sslform.mockcloud.core.SslOperation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/instances/{id}}: the Instance Management page of one of the account's
 * instances, with three tabs: Instance Details (the maintenance window, editable through
 * {@code ModifyMaintenanceSpan}'s domain call), Data Security (SSL Encryption: status,
 * Enable/Disable, certificate validity with Update Certificate, Download CA Certificate) and
 * Operation History. Another account's instance is a 404 that says nothing about it.
 */
final class InstancePage {
    static final String CA_ZIP = "TencentDB-SSL-CA.zip";

    private final ConsoleContext c;
    private final SslDialog dialog;
    private final InstanceTabs tabs;

    InstancePage(ConsoleContext c) {
        this.c = c;
        this.dialog = new SslDialog(c);
        this.tabs = new InstanceTabs(c);
    }

    void register(RoutesConfig routes) {
        routes.get("/console/instances/{id}", this::page);
        routes.get("/console/instances/{id}/summary", ctx -> {
            Loaded l = load(ctx);
            Live.answer(ctx, "div", "summary", summaryUrl(l), summaryContent(l));
        });
        routes.get("/console/instances/{id}/ssl", ctx -> {
            Loaded l = load(ctx);
            Live.answer(ctx, "section", "ssl", sslUrl(l), sslContent(l));
        });
        routes.get("/console/instances/{id}/history", ctx -> {
            Loaded l = load(ctx);
            Live.answer(ctx, "section", "history", historyUrl(l), tabs.history(l));
        });
        routes.get("/console/instances/{id}/ssl/dialog", ctx -> ctx.html(dialog.render(load(ctx), type(ctx.queryParam("Type")), 0, null).toString()));
        routes.get("/console/empty", ctx -> ctx.html(""));
        routes.post("/console/instances/{id}/ssl", this::modifySsl);
        routes.get("/console/instances/{id}/ssl/ca.zip", this::caZip);
        routes.post("/console/instances/{id}/maintenance", this::modifyMaintenance);
    }

    /** One instance as the page shows it: the view, its history (newest first) and the active operation. */
    record Loaded(Sessions.Session session, InstanceView view, List<SslOperation> history, SslOperation active,
                  java.time.Instant sslExpiry) {
        Instance instance() {
            return view.instance();
        }

        String id() {
            return view.instance().instanceId();
        }

        Caller caller() {
            return new Caller(session.appId, view.instance().region());
        }
    }

    private Loaded load(Context ctx) {
        Sessions.Session s = ConsoleContext.session(ctx);
        String id = ctx.pathParam("id");
        InstanceView v = c.w.reads().find(s.appId, id).orElseThrow(Refusal::notFound);
        List<SslOperation> history;
        try {
            history = c.w.reads().history(s.appId, id);
        } catch (ApiException e) {
            throw Refusal.notFound(); // deleted between the two reads
        }
        SslOperation active = history.stream().filter(o -> o.phase().active()).findFirst().orElse(null);
        // A replica shows its master's certificate, as its SSLConfig does (D6).
        java.time.Instant expiry = v.instance().readOnlyReplica()
                ? c.w.reads().find(s.appId, v.instance().masterId()).map(m -> m.instance().sslExpiry()).orElse(null)
                : v.instance().sslExpiry();
        return new Loaded(s, v, history, active, expiry);
    }

    static OperationType type(String wire) {
        return OperationType.fromWire(wire).orElseThrow(() -> new ApiException(ErrorCodes.INPUT_ILLEGAL,
                "Type must be enable, disable or renew, got \"" + wire + "\"."));
    }

    // --- the page -----------------------------------------------------------------------------

    private void page(Context ctx) {
        Loaded l = load(ctx);
        String tab = ctx.queryParamAsClass("tab", String.class).getOrDefault("details");
        if (!List.of("details", "security", "history").contains(tab)) {
            throw Refusal.of(400, "tab must be details, security or history, got \"" + tab + "\".");
        }
        Html dialogHtml = Html.EMPTY;
        String d = ctx.queryParam("dialog");
        if (d != null) {
            try {
                dialogHtml = dialog.render(l, type(d), 0, null);
            } catch (ApiException e) {
                throw Refusal.of(400, e.getMessage());
            }
            tab = "security";
        }
        Html notice = Html.EMPTY;
        if (ctx.queryParam("flow") != null) {
            notice = Html.of("Task submitted: FlowId {}.", ctx.queryParam("flow"));
        } else if (ctx.queryParam("saved") != null) {
            notice = Html.raw("Maintenance window saved.");
        }
        ctx.html(render(ctx, l, tab, notice, dialogHtml, null, 200));
    }

    private String render(Context ctx, Loaded l, String tab, Html notice, Html dialogHtml, Html tabContent, int status) {
        ctx.status(status);
        String base = "/console/instances/" + ConsoleContext.url(l.id());
        Html tabNav = Html.of("<nav class=\"tabs\"><a href=\"{}?tab=details\" class=\"{}\" id=\"tab-details\">Instance Details</a>"
                        + "<a href=\"{}?tab=security\" class=\"{}\" id=\"tab-security\">Data Security</a>"
                        + "<a href=\"{}?tab=history\" class=\"{}\" id=\"tab-history\">Operation History</a></nav>",
                base, tab.equals("details") ? "active" : "", base, tab.equals("security") ? "active" : "",
                base, tab.equals("history") ? "active" : "");
        Html content = tabContent != null ? tabContent : switch (tab) {
            case "security" -> Html.of("<div class=\"subnav\"><span class=\"active\">SSL Encryption</span></div>{}",
                    Live.wrap("section", "ssl", sslUrl(l), sslContent(l)));
            case "history" -> Live.wrap("section", "history", historyUrl(l), tabs.history(l));
            default -> tabs.details(l, null, null);
        };
        String region = l.instance().region();
        Html body = Html.of("<p class=\"crumbs\"><a href=\"/console/instances?region={}\" id=\"back\">Instance List ({})</a> › Instance Management</p>"
                        + "{}<div id=\"notice\" class=\"{}\" role=\"status\">{}</div>{}<div class=\"tab-body\">{}</div>"
                        + "<div id=\"dialog-slot\" class=\"dialog-host\">{}</div>",
                Html.raw(ConsoleContext.url(region)), region, Live.wrap("div", "summary", summaryUrl(l), summaryContent(l)),
                notice.toString().isEmpty() ? "notice" : "notice shown", notice, tabNav, content, dialogHtml);
        return c.page(ctx, l.id() + " · Instance Management", "instances", body);
    }

    private static String summaryUrl(Loaded l) {
        return "/console/instances/" + ConsoleContext.url(l.id()) + "/summary";
    }

    private static String sslUrl(Loaded l) {
        return "/console/instances/" + ConsoleContext.url(l.id()) + "/ssl";
    }

    private static String historyUrl(Loaded l) {
        return "/console/instances/" + ConsoleContext.url(l.id()) + "/history";
    }

    private Html summaryContent(Loaded l) {
        Instance i = l.instance();
        Html role = i.readOnlyReplica()
                ? Html.of("<span class=\"tag\">Read-only</span> replica of <a href=\"/console/instances/{}\">{}</a>", i.masterId(), i.masterId())
                : "MASTER".equals(l.view().roFlag()) ? Html.raw("<span class=\"tag\">Master</span> with read-only replicas") : Html.EMPTY;
        return Html.of("<h1><span id=\"instance-name\">{}</span> <span class=\"muted\" id=\"instance-id\">{}</span></h1>"
                        + "<p class=\"facts\">Status: <strong id=\"instance-status\">{}</strong> · SSL Encryption: <strong id=\"summary-ssl\">{}</strong>"
                        + " · {} · {} {}</p>",
                i.name(), i.instanceId(), StatusTexts.instance(l.view().status()), StatusTexts.ssl(l.view(), l.active()),
                i.region(), i.zone(), role);
    }

    // --- Data Security > SSL Encryption --------------------------------------------------------

    private Html sslContent(Loaded l) {
        InstanceView v = l.view();
        String base = "/console/instances/" + ConsoleContext.url(l.id());
        boolean on = StatusTexts.sslOn(v, l.active());
        OperationType toggle = on ? OperationType.DISABLE : OperationType.ENABLE;
        Html toggleButton = dialogButton(base, toggle, on ? "Disable" : "Enable", "ssl-toggle", on ? "danger" : "primary");
        Html validity;
        if (!StatusTexts.everEnabled(v)) {
            validity = Html.raw("<span id=\"ssl-validity\" class=\"muted\">No certificate yet: enable SSL first.</span>");
        } else if (!on) {
            validity = Html.of("<span id=\"ssl-validity\" class=\"muted\">SSL is off (the last certificate was valid until {}).</span>",
                    expiryElement(l));
        } else if (StatusTexts.expired(v, l.active())) {
            validity = Html.of("<span id=\"ssl-validity\" class=\"expired\">Expired on {}: clients that verify the server can no longer"
                    + " connect over SSL. Update the certificate.</span>", expiryElement(l));
        } else {
            validity = Html.of("<span id=\"ssl-validity\">Valid until {}</span>", expiryElement(l));
        }
        Html update = on ? dialogButton(base, OperationType.RENEW, "Update Certificate", "ssl-update", "") : Html.EMPTY;
        Html download = StatusTexts.everEnabled(v)
                ? Html.of("<a href=\"{}/ssl/ca.zip\" id=\"ssl-download\" class=\"btn\" download=\"{}\">Download CA Certificate</a>"
                        + " <span class=\"muted\">{} with the CA as .pem, .p7b (Windows) and .jks (Java, password tencentdb)</span>",
                        Html.raw(base), CA_ZIP, CA_ZIP)
                : Html.raw("<span class=\"muted\" id=\"ssl-download-unavailable\">Download CA Certificate is available once SSL has been enabled.</span>");
        Html note = Html.EMPTY;
        if (l.instance().readOnlyReplica()) {
            note = Html.of("<p class=\"note\">A read-only replica follows its master {}: set SSL there.</p>", l.instance().masterId());
        } else if (l.active() != null) {
            note = Html.of("<p class=\"note\" id=\"ssl-active\">FlowId {}: {}, {}. No other task can start until it completes;"
                            + " the instance restarts at the end of the task.</p>",
                    l.active().flowId(), StatusTexts.operationType(l.active().type()), StatusTexts.executionTime(l.active().waitSwitch()).toLowerCase(java.util.Locale.ROOT));
        }
        return Html.of("<h2>SSL Encryption</h2><table class=\"kv\">"
                        + "<tr><th>SSL Encryption Status</th><td><span id=\"ssl-status\">{}</span> {}</td></tr>"
                        + "<tr><th>SSL Certificates validity</th><td>{} {}</td></tr>"
                        + "<tr><th>CA certificate</th><td>{}</td></tr></table>{}",
                StatusTexts.ssl(v, l.active()), toggleButton, validity, update, download, note);
    }

    private Html expiryElement(Loaded l) {
        return c.times.element(l.sslExpiry(), l.instance().region());
    }

    private static Html dialogButton(String base, OperationType type, String label, String id, String cls) {
        return Html.of("<a href=\"{}?tab=security&amp;dialog={}\" hx-get=\"{}/ssl/dialog?Type={}\" hx-target=\"#dialog\" hx-swap=\"innerHTML\" class=\"btn {}\" id=\"{}\">{}</a>",
                Html.raw(base), type.wire(), Html.raw(base), type.wire(), cls, id, label);
    }

    private void modifySsl(Context ctx) {
        long started = System.nanoTime();
        Loaded l = load(ctx);
        String typeText = ctx.formParam("Type");
        String ws = ctx.formParam("WaitSwitch");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("InstanceId", l.id());
        params.put("Type", typeText);
        params.put("WaitSwitch", ws);
        OperationType type = null;
        int waitSwitch = 0;
        try {
            type = type(typeText);
            if (!"0".equals(ws) && !"1".equals(ws)) {
                throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "WaitSwitch must be 0 (now) or 1 (in the maintenance window), got \""
                        + ws + "\".");
            }
            waitSwitch = Integer.parseInt(ws);
            long flowId = c.w.lifecycle().modify(l.caller(), new ModifySslCommand(l.id(), type, waitSwitch, false, "", ""));
            c.journal(l.session(), l.instance().region(), "ModifyDBInstanceSSL", List.of(l.id()), params, null, null, started);
            if (ConsoleContext.htmx(ctx)) {
                Loaded now = load(ctx);
                ctx.html(Html.of("<div id=\"notice\" class=\"notice shown\" role=\"status\" hx-swap-oob=\"true\">Task submitted: FlowId {}."
                                + " {}, {}.</div>{}{}",
                        flowId, StatusTexts.operationType(type), StatusTexts.executionTime(waitSwitch).toLowerCase(java.util.Locale.ROOT),
                        oob(Live.wrap("div", "summary", summaryUrl(now), summaryContent(now))),
                        oob(Live.wrap("section", "ssl", sslUrl(now), sslContent(now)))).toString());
            } else {
                ctx.status(303).header("Location", "/console/instances/" + ConsoleContext.url(l.id()) + "?tab=security&flow=" + flowId);
            }
        } catch (ApiException e) {
            c.journal(l.session(), l.instance().region(), "ModifyDBInstanceSSL", List.of(l.id()), params, e.code(), e.getMessage(), started);
            int status = statusOf(e);
            Html box = dialog.render(l, type == null ? OperationType.ENABLE : type, waitSwitch, e);
            if (ConsoleContext.htmx(ctx)) {
                ctx.status(status).html(box.toString());
            } else {
                ctx.html(render(ctx, l, "security", Html.EMPTY, box, null, status));
            }
        }
    }

    /** Puts an element's outerHTML swap-out-of-band marker on its opening tag. */
    private static Html oob(Html element) {
        String s = element.toString();
        int space = s.indexOf(' ');
        return Html.raw(s.substring(0, space) + " hx-swap-oob=\"true\"" + s.substring(space));
    }

    static int statusOf(ApiException e) {
        String code = e.code();
        if (code.startsWith("ResourceNotFound")) {
            return 404;
        }
        if (code.startsWith("InvalidParameter") || code.startsWith("MissingParameter")) {
            return 400;
        }
        return 409;
    }

    private void caZip(Context ctx) {
        Loaded l = load(ctx);
        SslMaterial.Current current;
        try {
            current = c.w.material().current(l.id()).orElseThrow(Refusal::notFound);
        } catch (SslMaterial.NeverEnabledException e) {
            throw Refusal.of(409, e.getMessage());
        }
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + CA_ZIP + "\"");
        ctx.result(c.w.caZip().apply(current.authority()));
    }

    // --- Instance Details and the maintenance window --------------------------------------------

    private void modifyMaintenance(Context ctx) {
        long started = System.nanoTime();
        Loaded l = load(ctx);
        List<Integer> weekly = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("InstanceId", l.id());
        params.put("Weekly", weekly);
        String start = ctx.formParam("StartTime") == null ? "" : ctx.formParam("StartTime").trim();
        params.put("StartTime", start);
        try {
            for (String d : ctx.formParams("Weekly")) {
                try {
                    weekly.add(Integer.parseInt(d));
                } catch (NumberFormatException e) {
                    throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Weekly values must be 1–7 (1 = Monday … 7 = Sunday), got \"" + d + "\".");
                }
            }
            String spanText = ctx.formParam("Span");
            Integer span;
            try {
                span = Integer.parseInt(spanText == null ? "" : spanText.trim());
            } catch (NumberFormatException e) {
                throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Span must be 1–24 hours, got \"" + spanText + "\".");
            }
            params.put("Span", span);
            // An empty Weekly is sent as empty, not left out: the form always names the days, and none is an error.
            c.w.instances().modifyMaintenanceSpan(l.caller(), l.id(), weekly, start, span);
            c.journal(l.session(), l.instance().region(), "ModifyMaintenanceSpan", List.of(l.id()), params, null, null, started);
            ctx.status(303).header("Location", "/console/instances/" + ConsoleContext.url(l.id()) + "?tab=details&saved=1");
        } catch (ApiException e) {
            c.journal(l.session(), l.instance().region(), "ModifyMaintenanceSpan", List.of(l.id()), params, e.code(), e.getMessage(), started);
            ctx.html(render(ctx, l, "details", Html.EMPTY, Html.EMPTY, tabs.details(l, e, params), statusOf(e)));
        }
    }
}
