package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.plan.Action;
import dev.sslform.plugin.plan.Drift;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.ResourceChange;
import dev.sslform.plugin.provider.Certificates;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.SslConfigResource;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A plan in the machine-readable UI, in Terraform's order: the certificates the refresh read
 * ({@value JsonUi#CERTIFICATE}), {@code resource_drift}, {@code planned_change} for every
 * action, the operations pending in a maintenance window ({@value JsonUi#PENDING}),
 * {@code change_summary} (operation {@code plan}), the root outputs' planned actions, and the
 * plan's diagnostics. Also the end of an apply: its {@code change_summary} and output values.
 */
final class JsonUiPlan {

    private JsonUiPlan() {
    }

    static void plan(JsonUi ui, Plan plan, State prior, Map<String, ConfigSource.OutputValue> outputs, Instant now) {
        for (var a : plan.refreshed().addresses()) {
            if (a.type().equals(SslConfigResource.TYPE)) {
                plan.refreshed().find(a).ifPresent(i -> certificate(ui, a, i.attributes(), now));
            }
        }
        for (Drift d : plan.drift()) {
            String action = d.after() == null ? "delete" : "update";
            ObjectNode change = JsonUi.F.objectNode();
            change.set("resource", JsonUi.resource(d.address()));
            change.put("action", action);
            ui.write("info", d.address() + ": Drift detected (" + action + ")", "resource_drift", Map.of("change", change));
        }
        for (ResourceChange c : plan.changes()) {
            ResourceAddress movedFrom = plan.movedFrom().get(c.address());
            String importId = plan.imported().get(c.address());
            if (c.isChange() || movedFrom != null || importId != null) {
                ObjectNode change = JsonUi.F.objectNode();
                change.set("resource", JsonUi.resource(c.address()));
                String action = c.isChange() ? JsonUiHooks.action(c.action()) : importId != null ? "import" : "move";
                change.put("action", action);
                if (movedFrom != null) {
                    change.set("previous_resource", JsonUi.resource(movedFrom));
                }
                if (importId != null) {
                    change.putObject("importing").put("id", importId);
                }
                String reason = reason(c, plan);
                if (reason != null) {
                    change.put("reason", reason);
                }
                ui.write("info", c.address() + ": Plan to " + action, "planned_change", Map.of("change", change));
            }
        }
        for (ResourceChange c : plan.changes()) {
            if (c.before() != null && Values.map(c.before(), "pending") != null) {
                pending(ui, c.address(), c.before());
            }
        }
        summary(ui, "plan", (int) plan.toAdd(), (int) plan.toChange(), (int) plan.toDestroy(), plan.imported().size());
        if (plan.mode() == PlanMode.NORMAL && (!outputs.isEmpty() || !prior.outputs().isEmpty())) {
            ObjectNode out = JsonUi.F.objectNode();
            java.util.TreeSet<String> names = new java.util.TreeSet<>(outputs.keySet());
            names.addAll(prior.outputs().keySet());
            for (String name : names) {
                ConfigSource.OutputValue v = outputs.get(name);
                ObjectNode o = out.putObject(name);
                o.put("sensitive", v != null && v.sensitive());
                boolean existed = prior.outputs().containsKey(name);
                o.put("action", v == null ? "delete" : !existed ? "create"
                        : v.known() && Objects.equals(Values.normalize(PlanJson.priorOutput(prior, name)), Values.normalize(v.value()))
                        ? "noop" : "update");
            }
            ui.write("info", "Outputs: " + names.size(), "outputs", Map.of("outputs", out));
        }
        diagnostics(ui, plan);
    }

    static void diagnostics(JsonUi ui, Plan plan) {
        for (Diagnostic d : plan.diagnostics()) {
            ui.diagnostic(d);
        }
    }

    /** Terraform's reason for a replacement or a deletion, or null. */
    private static String reason(ResourceChange c, Plan plan) {
        if (c.action() == Action.REPLACE) {
            return "cannot_update";
        }
        if (c.action() != Action.DELETE || plan.mode() == PlanMode.DESTROY) {
            return null;
        }
        ResourceAddress resource = c.address().resource();
        boolean stillConfigured = plan.changes().stream()
                .anyMatch(o -> o.action() != Action.DELETE && o.address().resource().equals(resource));
        if (!stillConfigured) {
            return "delete_because_no_resource_config";
        }
        return c.address().key() instanceof IndexKey.Int ? "delete_because_count_index"
                : c.address().key() instanceof IndexKey.Str ? "delete_because_each_key" : "delete_because_wrong_repetition";
    }

    /** {@code change_summary}; {@code operation} is plan, apply or destroy. */
    static void summary(JsonUi ui, String operation, int add, int change, int remove) {
        summary(ui, operation, add, change, remove, 0);
    }

    /** As {@link #summary(JsonUi, String, int, int, int)} with {@code imported} objects (import blocks). */
    static void summary(JsonUi ui, String operation, int add, int change, int remove, int imported) {
        ObjectNode ch = JsonUi.F.objectNode();
        ch.put("add", add);
        ch.put("change", change);
        ch.put("import", imported);
        ch.put("remove", remove);
        ch.put("operation", operation);
        String message = switch (operation) {
            case "apply" -> "Apply complete! Resources: " + (imported > 0 ? imported + " imported, " : "") + add + " added, " + change
                    + " changed, " + remove + " destroyed.";
            case "destroy" -> "Destroy complete! Resources: " + remove + " destroyed.";
            default -> "Plan: " + (imported > 0 ? imported + " to import, " : "") + add + " to add, " + change + " to change, " + remove
                    + " to destroy.";
        };
        ui.write("info", message, "change_summary", Map.of("changes", ch));
    }

    /** {@code outputs} after an apply or refresh: each output's type and, unless sensitive, its value. */
    static void values(JsonUi ui, Map<String, ConfigSource.OutputValue> outputs) {
        ObjectNode out = JsonUi.F.objectNode();
        new java.util.TreeMap<>(outputs).forEach((name, v) -> {
            ObjectNode o = out.putObject(name);
            o.put("sensitive", v.sensitive());
            if (v.known()) {
                o.set("type", JsonUi.JSON.valueToTree(OutputChanges.type(v.value())));
                if (!v.sensitive()) {
                    o.set("value", JsonUi.JSON.valueToTree(v.value()));
                }
            }
        });
        ui.write("info", "Outputs: " + outputs.size(), "outputs", Map.of("outputs", out));
    }

    /**
     * {@value JsonUi#PENDING}: an SSL operation accepted by the API that has not happened yet
     * (waiting for the maintenance window, or running). {@code pending}: resource, instance_id,
     * then the operation as state records it (operation, flow_id, requested_at, next_window_start).
     */
    static void pending(JsonUi ui, ResourceAddress a, Map<String, Object> attributes) {
        Map<String, Object> p = Values.map(attributes, "pending");
        ObjectNode n = JsonUi.F.objectNode();
        n.set("resource", JsonUi.resource(a));
        n.put("instance_id", Values.str(attributes, "instance_id"));
        for (String k : new String[] {"operation", "flow_id", "requested_at", "next_window_start"}) {
            n.set(k, JsonUi.JSON.valueToTree(p.get(k)));
        }
        String op = Values.str(p, "operation");
        Long flow = Values.lng(p, "flow_id");
        String next = Values.str(p, "next_window_start");
        String what = (op == null ? "SSL operation" : op) + (flow == null ? "" : " (flow " + flow + ")")
                + (next == null ? " is running now" : " waits for the maintenance window opening " + next);
        ui.write("info", a + ": " + what, JsonUi.PENDING, Map.of("pending", n));
    }

    /**
     * {@value JsonUi#CERTIFICATE}: the server certificate of an instance with SSL enabled.
     * {@code certificate}: resource, instance_id, validity_period (as the API gives it, China
     * Standard Time), expires_at (RFC 3339, UTC), days_left (whole days as the message counts them, negative once expired),
     * status ({@code valid}, {@code expiring} within {@value Certificates#WARN_DAYS} days or the
     * resource's renew_before_days, or {@code expired}) and renew_before_days. Level warn unless valid.
     */
    static void certificate(JsonUi ui, ResourceAddress a, Map<String, Object> attributes, Instant now) {
        String period = Values.str(attributes, "ssl_validity_period");
        Instant expiry = Certificates.expiry(period);
        if (expiry == null || !"enable".equals(Values.str(attributes, "encryption"))) {
            return;
        }
        Long renewDays = Values.lng(attributes, "renew_before_days");
        long window = Math.max(Certificates.WARN_DAYS, renewDays == null ? 0 : renewDays);
        String status = !expiry.isAfter(now) ? "expired" : Certificates.within(now, expiry, window) ? "expiring" : "valid";
        ObjectNode n = JsonUi.F.objectNode();
        n.set("resource", JsonUi.resource(a));
        n.put("instance_id", Values.str(attributes, "instance_id"));
        n.put("validity_period", period);
        n.put("expires_at", expiry.toString());
        n.put("days_left", expiry.isAfter(now) ? Duration.between(now, expiry).toDays() : -Duration.between(expiry, now).toDays());
        n.put("status", status);
        if (renewDays == null) {
            n.putNull("renew_before_days");
        } else {
            n.put("renew_before_days", renewDays);
        }
        ui.write(status.equals("valid") ? "info" : "warn", a + ": " + Certificates.phrase(now, period), JsonUi.CERTIFICATE,
                Map.of("certificate", n));
    }

    /** The end of a successful apply (or refresh): {@code change_summary} (not for refresh) and the outputs (not for destroy). */
    static void applied(JsonUi ui, Plan plan, dev.sslform.plugin.plan.ApplyResult result, Map<String, ConfigSource.OutputValue> outputs,
                        boolean refresh) {
        if (refresh) {
            values(ui, stateOutputs(result.state()));
            return;
        }
        if (plan.mode() == PlanMode.DESTROY) {
            summary(ui, "destroy", result.added(), result.changed(), result.destroyed());
            return;
        }
        summary(ui, "apply", result.added(), result.changed(), result.destroyed(), plan.imported().size());
        values(ui, plan.mode() == PlanMode.NORMAL ? outputs : stateOutputs(result.state()));
    }

    /** The root outputs {@code state} records, as output values. */
    static Map<String, ConfigSource.OutputValue> stateOutputs(State state) {
        Map<String, ConfigSource.OutputValue> out = new java.util.TreeMap<>();
        state.outputs().forEach((name, v) -> out.put(name, new ConfigSource.OutputValue(PlanJson.priorOutput(state, name), true,
                v instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("sensitive")))));
        return out;
    }
}
