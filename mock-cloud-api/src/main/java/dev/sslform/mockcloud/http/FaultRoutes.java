package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.FaultRule;
import dev.sslform.mockcloud.core.FaultRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /_mock/faults}: add, list and remove fault-injection rules. A rule is read strictly:
 * unknown fields, wrong types and impossible combinations are 400 with a message.
 */
final class FaultRoutes {
    private static final Set<String> FIELDS = Set.of("action", "instanceId", "account", "times", "error", "latencyMs",
            "throttlePerSecond", "failNextOperation", "dropConnection", "probability", "seed");
    private static final Set<String> ERROR_FIELDS = Set.of("code", "message");

    private final FaultRules rules;

    FaultRoutes(FaultRules rules) {
        this.rules = rules;
    }

    void register(RoutesConfig routes) {
        routes.post("/_mock/faults", this::add);
        routes.get("/_mock/faults", ctx -> ctx.json(rules.list().stream().map(FaultRoutes::json).toList()));
        routes.delete("/_mock/faults", ctx -> {
            rules.clear();
            ctx.status(204);
        });
        routes.delete("/_mock/faults/{id}", ctx -> {
            if (!rules.remove(ctx.pathParam("id"))) {
                throw new AdminRoutes.AdminError(404, "fault rule " + ctx.pathParam("id") + " does not exist");
            }
            ctx.status(204);
        });
    }

    private void add(Context ctx) {
        FaultRule rule = read(AdminJson.body(ctx));
        ctx.status(201).json(json(rules.add(rule)));
    }

    static FaultRule read(JsonNode body) {
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new AdminRoutes.AdminError(400, "unknown field \"" + f + "\" in a fault rule; known: " + new java.util.TreeSet<>(FIELDS));
            }
        });
        String code = null;
        String message = null;
        JsonNode error = body.get("error");
        if (error != null) {
            if (!error.isObject()) {
                throw new AdminRoutes.AdminError(400, "error must be an object {\"code\": \"…\", \"message\": \"…\"}");
            }
            error.fieldNames().forEachRemaining(f -> {
                if (!ERROR_FIELDS.contains(f)) {
                    throw new AdminRoutes.AdminError(400, "unknown field \"error." + f + "\" in a fault rule; known: code, message");
                }
            });
            code = text(error, "code", "error.code");
            if (code == null) {
                throw new AdminRoutes.AdminError(400, "error.code is required, e.g. \"InternalError.SystemError\"");
            }
            message = text(error, "message", "error.message");
        }
        try {
            return new FaultRule(text(body, "action", "action"), text(body, "instanceId", "instanceId"),
                    text(body, "account", "account"), integer(body, "times"), code, message, integer(body, "latencyMs"),
                    integer(body, "throttlePerSecond"), bool(body, "failNextOperation"), bool(body, "dropConnection"),
                    number(body, "probability"), body.has("seed") ? (long) integer(body, "seed") : null);
        } catch (IllegalArgumentException e) {
            throw new AdminRoutes.AdminError(400, e.getMessage());
        }
    }

    private static String text(JsonNode n, String field, String label) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new AdminRoutes.AdminError(400, label + " must be a string, got " + v);
        }
        return v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new AdminRoutes.AdminError(400, field + " must be an integer, got " + v);
        }
        return v.asInt();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new AdminRoutes.AdminError(400, field + " must be a number, got " + v);
        }
        return v.asDouble();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new AdminRoutes.AdminError(400, field + " must be true or false, got " + v);
        }
        if (!v.asBoolean()) {
            throw new AdminRoutes.AdminError(400, field + ": false has no effect; leave the field out");
        }
        return true;
    }

    static Map<String, Object> json(FaultRules.Entry e) {
        FaultRule r = e.rule();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        putIf(m, "action", r.action());
        putIf(m, "instanceId", r.instanceId());
        putIf(m, "account", r.account());
        putIf(m, "times", r.times());
        if (r.errorCode() != null) {
            m.put("error", Map.of("code", r.errorCode(), "message", r.errorMessage()));
        }
        putIf(m, "latencyMs", r.latencyMs());
        putIf(m, "throttlePerSecond", r.throttlePerSecond());
        if (r.failNextOperation()) {
            m.put("failNextOperation", true);
        }
        if (r.dropConnection()) {
            m.put("dropConnection", true);
        }
        putIf(m, "probability", r.probability());
        putIf(m, "seed", r.seed());
        putIf(m, "remaining", e.remaining());
        m.put("fired", e.fired());
        return m;
    }

    private static void putIf(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
