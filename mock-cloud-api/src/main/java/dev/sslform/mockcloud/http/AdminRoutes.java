package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Accounts;
import dev.sslform.mockcloud.core.Durations;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.MockClock;
import dev.sslform.mockcloud.core.NewInstance;
import dev.sslform.mockcloud.core.SslLifecycle;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin surface for tests, under {@code /_mock}: health, reset, instances and the clock.
 * Not part of the Tencent surface: plain JSON, real HTTP statuses, errors as {@code {"error"}}.
 */
final class AdminRoutes {
    private final Instances instances;
    private final SslLifecycle lifecycle;
    private final Accounts accounts;
    private final Runnable reset;
    private final String storeDialect;
    private final long defaultAppId;

    /** {@code defaultAppId} owns instances created without an {@code Account}. */
    AdminRoutes(Instances instances, SslLifecycle lifecycle, Accounts accounts, Runnable reset, String storeDialect, long defaultAppId) {
        this.defaultAppId = defaultAppId;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.reset = reset;
        this.storeDialect = storeDialect;
    }

    void register(RoutesConfig routes) {
        routes.get("/_mock/health", this::health);
        routes.post("/_mock/reset", this::reset);
        routes.post("/_mock/instances", this::createInstance);
        routes.get("/_mock/instances", this::listInstances);
        routes.get("/_mock/instances/{id}", this::getInstance);
        routes.delete("/_mock/instances/{id}", this::deleteInstance);
        routes.get("/_mock/clock", this::getClock);
        routes.post("/_mock/clock", this::moveClock);
    }

    private void health(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("store", storeDialect);
        out.put("now", AdminJson.time(lifecycle.clock().instant()));
        ctx.json(out);
    }

    private void reset(Context ctx) {
        reset.run();
        ctx.json(Map.of("reset", true));
    }

    private void createInstance(Context ctx) {
        JsonNode body = AdminJson.body(ctx);
        NewInstance spec;
        try {
            spec = InstanceSpecs.read(body, this::appIdOf, "api");
        } catch (IllegalArgumentException e) {
            throw new AdminError(400, e.getMessage());
        }
        List<String> ids;
        try {
            ids = instances.create(spec);
        } catch (IllegalArgumentException e) {
            throw new AdminError(400, e.getMessage());
        } catch (IllegalStateException e) {
            throw new AdminError(409, e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("InstanceId", ids.get(0));
        out.put("ReadOnlyInstanceIds", ids.subList(1, ids.size()));
        ctx.status(201).json(out);
    }

    private long appIdOf(String secretId) {
        if (secretId == null) {
            return defaultAppId;
        }
        return accounts.bySecretId(secretId).map(Account::appId)
                .orElseThrow(() -> new IllegalArgumentException("Account " + secretId + " is not a known SecretId"));
    }

    private void listInstances(Context ctx) {
        ctx.json(instances.adminList().stream().map(AdminJson::instance).toList());
    }

    private void getInstance(Context ctx) {
        InstanceView v = instances.adminView(ctx.pathParam("id"))
                .orElseThrow(() -> new AdminError(404, "instance " + ctx.pathParam("id") + " does not exist"));
        ctx.json(AdminJson.instance(v));
    }

    private void deleteInstance(Context ctx) {
        if (!instances.delete(ctx.pathParam("id"))) {
            throw new AdminError(404, "instance " + ctx.pathParam("id") + " does not exist");
        }
        ctx.status(204);
    }

    private void getClock(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("now", AdminJson.time(lifecycle.clock().instant()));
        out.put("mode", lifecycle.clock().mode().wire());
        ctx.json(out);
    }

    /** {@code {"advance": "PT10M"}} or {@code {"set": "2026-12-01T17:05:00+08:00"}}; backwards is 409. */
    private void moveClock(Context ctx) {
        JsonNode body = AdminJson.body(ctx);
        Set<String> fields = new TreeSet<>();
        body.fieldNames().forEachRemaining(fields::add);
        if (fields.size() != 1 || !(fields.contains("advance") || fields.contains("set"))) {
            throw new AdminError(400, "send exactly one of {\"advance\": \"PT10M\"} or {\"set\": \"2026-12-01T17:05:00+08:00\"}");
        }
        Instant target;
        if (fields.contains("advance")) {
            Duration d;
            try {
                d = Durations.parse(body.get("advance").asText());
            } catch (IllegalArgumentException e) {
                throw new AdminError(400, "advance: " + e.getMessage());
            }
            if (d.isNegative()) {
                throw new AdminError(409, "the clock cannot go backwards");
            }
            target = lifecycle.clock().instant().plus(d);
        } else {
            try {
                target = OffsetDateTime.parse(body.get("set").asText()).toInstant();
            } catch (DateTimeParseException e) {
                throw new AdminError(400, "set: not an ISO-8601 date-time with offset: \"" + body.get("set").asText() + "\"");
            }
        }
        try {
            lifecycle.advanceTo(target);
        } catch (MockClock.ClockMovedBackwardsException e) {
            throw new AdminError(409, e.getMessage());
        }
        ctx.json(Map.of("now", AdminJson.time(lifecycle.clock().instant())));
    }

    /** An admin error with its HTTP status, answered as {@code {"error": message}}. */
    static final class AdminError extends RuntimeException {
        final int status;

        AdminError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

}
