package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.RequestJournal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /_mock/requests}: the request journal. {@code GET} lists calls oldest first, filtered by
 * {@code action}, {@code instanceId}, {@code since} (a date-time on the mock's clock, or a
 * {@code seq} to read on from) and {@code limit}; {@code DELETE} clears it.
 */
final class JournalRoutes {
    static final int DEFAULT_LIMIT = 1000;
    private static final Set<String> PARAMS = Set.of("action", "instanceId", "since", "limit");

    private final RequestJournal journal;

    JournalRoutes(RequestJournal journal) {
        this.journal = journal;
    }

    void register(RoutesConfig routes) {
        routes.get("/_mock/requests", this::list);
        routes.delete("/_mock/requests", ctx -> {
            journal.clear();
            ctx.status(204);
        });
    }

    private void list(Context ctx) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!PARAMS.contains(p)) {
                throw new AdminRoutes.AdminError(400, "unknown query parameter \"" + p + "\"; known: action, instanceId, since, limit");
            }
        }
        Predicate<RequestJournal.Entry> filter = e -> true;
        String action = ctx.queryParam("action");
        if (action != null && !action.isEmpty()) {
            filter = filter.and(e -> action.equals(e.action()));
        }
        String instanceId = ctx.queryParam("instanceId");
        if (instanceId != null && !instanceId.isEmpty()) {
            filter = filter.and(e -> e.instanceIds().contains(instanceId));
        }
        String since = ctx.queryParam("since");
        if (since != null && !since.isEmpty()) {
            if (since.matches("[0-9]+")) {
                long seq = Long.parseLong(since);
                filter = filter.and(e -> e.seq() > seq);
            } else {
                Instant t;
                try {
                    t = OffsetDateTime.parse(since).toInstant();
                } catch (DateTimeParseException e) {
                    throw new AdminRoutes.AdminError(400, "since must be a seq number or an ISO-8601 date-time with offset, got \""
                            + since + "\"");
                }
                filter = filter.and(e -> !e.time().isBefore(t));
            }
        }
        int limit = DEFAULT_LIMIT;
        String l = ctx.queryParam("limit");
        if (l != null && !l.isEmpty()) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > journal.capacity()) {
                throw new AdminRoutes.AdminError(400, "limit must be 1–" + journal.capacity() + ", got \"" + l + "\"");
            }
        }
        ctx.json(journal.list(filter, limit).stream().map(JournalRoutes::json).toList());
    }

    static Map<String, Object> json(RequestJournal.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("requestId", e.requestId());
        m.put("time", AdminJson.time(e.time()));
        m.put("realTime", e.realTime().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("SecretId", e.secretId());
        account.put("AppId", e.appId());
        m.put("account", account);
        m.put("region", e.region());
        m.put("action", e.action());
        m.put("parameters", e.parameters());
        if (e.errorCode() == null) {
            m.put("outcome", "success");
        } else {
            m.put("outcome", "error");
            m.put("error", Map.of("code", e.errorCode(), "message", e.message() == null ? "" : e.message()));
        }
        m.put("durationMs", e.durationNanos() / 1_000_000.0);
        return m;
    }
}
