package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.AccountInstances;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.InstanceOrder;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.SslOperation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /console/instances?region=R}: the signed-in account's instances in one region (read
 * through {@link AccountInstances#page}, scoped to the account, so other accounts' never appear),
 * each primary followed by its read-only replicas; search by id or name (a replica's too), sort by
 * creation, id or name, and pages of {@link #PAGE_SIZE}, all done by the store. The table refreshes itself while any instance on the page has an
 * operation waiting or running.
 */
final class InstanceListPage {
    static final int PAGE_SIZE = 20;
    static final String DEFAULT_REGION = "ap-guangzhou";
    private static final List<String> SORTS = List.of("", "id", "name");
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private final ConsoleContext c;

    InstanceListPage(ConsoleContext c) {
        this.c = c;
    }

    void register(RoutesConfig routes) {
        routes.get("/console/instances", this::page);
        routes.get("/console/instances/table", ctx -> ctx.html(table(ctx, query(ctx)).toString()));
        routes.get("/console/clock", ctx -> ctx.html(c.clock().toString()));
    }

    /** One list request's parameters. */
    record Query(String region, String q, String sort, boolean desc, int page) {
        String href(String newSort, boolean newDesc, int newPage) {
            return "/console/instances?region=" + ConsoleContext.url(region) + (q.isEmpty() ? "" : "&q=" + ConsoleContext.url(q))
                    + (newSort.isEmpty() ? "" : "&sort=" + newSort) + (newDesc ? "&dir=desc" : "") + (newPage > 1 ? "&page=" + newPage : "");
        }

        String tableHref() {
            return href(sort, desc, page).replace("/console/instances?", "/console/instances/table?");
        }
    }

    private Query query(Context ctx) {
        String region = ctx.queryParam("region");
        if (region == null || region.isEmpty()) {
            throw Refusal.of(400, "Choose a region: region is required.");
        }
        if (!c.w.regions().contains(region)) {
            throw Refusal.of(400, "Unknown region \"" + region + "\"; choose one of " + c.w.sortedRegions() + ".");
        }
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim();
        String sort = ctx.queryParam("sort") == null ? "" : ctx.queryParam("sort");
        if (!SORTS.contains(sort)) {
            throw Refusal.of(400, "sort must be id or name (or left out, for creation order), got \"" + sort + "\".");
        }
        String dir = ctx.queryParam("dir");
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            throw Refusal.of(400, "dir must be asc or desc, got \"" + dir + "\".");
        }
        int page = 1;
        String p = ctx.queryParam("page");
        if (p != null) {
            try {
                page = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                page = 0;
            }
            if (page < 1) {
                throw Refusal.of(400, "page must be a positive number, got \"" + p + "\".");
            }
        }
        return new Query(region, q, sort, "desc".equals(dir), page);
    }

    private void page(Context ctx) {
        Sessions.Session s = ConsoleContext.session(ctx);
        if (ctx.queryParam("region") == null) {
            List<String> mine = c.w.reads().regions(s.appId);
            String region = mine.isEmpty() ? DEFAULT_REGION : mine.get(0);
            ctx.status(303).header("Location", "/console/instances?region=" + ConsoleContext.url(region));
            return;
        }
        Query query = query(ctx);
        List<Html> options = new ArrayList<>();
        for (String r : c.w.sortedRegions()) {
            options.add(Html.of("<option value=\"{}\"{}>{}</option>", r, Html.raw(r.equals(query.region()) ? " selected" : ""), r));
        }
        Html body = Html.of("<h1>Instance List</h1><div class=\"toolbar\">"
                        + "<form method=\"get\" action=\"/console/instances\" id=\"region-form\"><label>Region <select name=\"region\" id=\"region\">{}</select></label>"
                        + "<button type=\"submit\">Go</button></form>"
                        + "<form method=\"get\" action=\"/console/instances\" id=\"search-form\"><input type=\"hidden\" name=\"region\" value=\"{}\">"
                        + "<input type=\"search\" name=\"q\" id=\"search\" value=\"{}\" placeholder=\"Search by instance ID or name\">"
                        + "<button type=\"submit\">Search</button></form></div>{}",
                Html.join(options), query.region(), query.q(), table(ctx, query));
        ctx.html(c.page(ctx, "Instance List", "instances", body));
    }

    private Html table(Context ctx, Query query) {
        Sessions.Session s = ConsoleContext.session(ctx);
        Caller caller = new Caller(s.appId, query.region());
        InstanceOrder order = switch (query.sort()) {
            case "id" -> InstanceOrder.ID;
            case "name" -> InstanceOrder.NAME;
            default -> InstanceOrder.CREATED;
        };
        AccountInstances.ListPage result = c.w.reads().page(caller, query.q(), order, query.desc(), (query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        int pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = query.page();
        if (page > pages) {
            page = pages;
            result = c.w.reads().page(caller, query.q(), order, query.desc(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        List<Html> rows = new ArrayList<>();
        for (InstanceView v : result.rows()) {
            String master = v.instance().masterId();
            rows.add(row(v, result.active().get(master != null ? master : v.instance().instanceId()), master != null));
        }
        if (rows.isEmpty()) {
            rows.add(Html.of("<tr><td colspan=\"5\" class=\"empty\">{}</td></tr>", query.q().isEmpty()
                    ? "No instances in " + query.region() + "." : "No instance ID or name contains \"" + query.q() + "\"."));
        }
        Query q = new Query(query.region(), query.q(), query.sort(), query.desc(), page);
        boolean busy = !result.active().isEmpty();
        Html poll = busy ? Html.of(" hx-get=\"{}\" hx-trigger=\"every 2s\" hx-swap=\"outerHTML\"", q.tableHref()) : Html.EMPTY;
        return Html.of("<div id=\"instances\"{}><table class=\"grid\" id=\"instance-table\"><thead><tr><th>{} / {}</th>"
                        + "<th>Status</th><th>SSL Status</th><th>Maintenance Window</th>"
                        + "<th>Operation</th></tr></thead><tbody>{}</tbody></table>"
                        + "<div class=\"pager\" id=\"pager\">{} · page {} of {} {} {}</div></div>",
                poll, sortLink(q, "id", "Instance ID"), sortLink(q, "name", "Name"),
                Html.join(rows), result.total() == 1 ? "1 instance" : result.total() + " instances", page, pages,
                page > 1 ? Html.of("<a href=\"{}\" id=\"prev\">Previous</a>", q.href(q.sort(), q.desc(), page - 1)) : Html.EMPTY,
                page < pages ? Html.of("<a href=\"{}\" id=\"next\">Next</a>", q.href(q.sort(), q.desc(), page + 1)) : Html.EMPTY);
    }

    private static Html sortLink(Query q, String key, String label) {
        boolean current = q.sort().equals(key);
        boolean desc = current && !q.desc();
        String arrow = current ? (q.desc() ? " ▼" : " ▲") : "";
        return Html.of("<a href=\"{}\" class=\"sort\" id=\"sort-{}\">{}{}</a>", q.href(key, desc, 1), key, label, arrow);
    }

    private Html row(InstanceView v, SslOperation active, boolean replica) {
        String id = v.instance().instanceId();
        String ssl = StatusTexts.ssl(v, active);
        if (StatusTexts.expired(v, active)) {
            ssl += " (certificate expired)";
        }
        return Html.of("<tr class=\"{}\" data-instance=\"{}\"><td>{}<a href=\"/console/instances/{}\" class=\"instance-link\">{}</a>{}"
                        + "<div class=\"name\">{}</div></td>"
                        + "<td class=\"status\">{}</td><td class=\"ssl\">{}</td><td>{}</td>"
                        + "<td><a href=\"/console/instances/{}?tab=security\">Management</a></td></tr>",
                replica ? "replica" : "primary", id, Html.raw(replica ? "<span class=\"indent\">↳</span> " : ""), id, id,
                Html.raw(replica ? " <span class=\"tag\">Read-only</span>" : ""), v.instance().name(),
                StatusTexts.instance(v.status()), ssl, window(v.instance().window()), id);
    }

    static String window(MaintenanceWindow w) {
        StringBuilder days = new StringBuilder();
        for (int d : w.weekly()) {
            if (days.length() > 0) {
                days.append(", ");
            }
            days.append(DAYS[d - 1]);
        }
        if (w.weekly().size() == 7) {
            days = new StringBuilder("Every day");
        }
        return days + " " + w.startTimeText() + " for " + w.spanHours() + (w.spanHours() == 1 ? " hour" : " hours");
    }
}
