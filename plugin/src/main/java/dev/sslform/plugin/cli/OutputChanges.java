package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanText;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Root module outputs across plan and apply, as Terraform treats them: a plan shows "Changes to
 * Outputs:" and counts them as changes (for -detailed-exitcode), apply stores the known values in
 * state ({@code outputs.<name>.value/type/sensitive}) and prints them.
 */
final class OutputChanges {

    private OutputChanges() {
    }

    static boolean any(Map<String, ConfigSource.OutputValue> outputs, State prior) {
        if (!prior.outputs().keySet().equals(outputs.keySet())) {
            return true;
        }
        return outputs.entrySet().stream().anyMatch(e -> !e.getValue().known()
                || !Objects.equals(Values.normalize(PlanJson.priorOutput(prior, e.getKey())), Values.normalize(e.getValue().value())));
    }

    /** The text plan's "Changes to Outputs:" block, or "" when nothing changes. */
    static String text(Map<String, ConfigSource.OutputValue> outputs, State prior) {
        if (!any(outputs, prior)) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nChanges to Outputs:\n");
        int w = outputs.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String k : prior.outputs().keySet()) {
            if (!outputs.containsKey(k)) {
                // A sensitive output stays hidden when it goes away (destroy, or removed from the configuration).
                boolean sensitive = prior.outputs().get(k) instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("sensitive"));
                sb.append("  - ").append(pad(k, w)).append(" = ")
                        .append(sensitive ? "(sensitive value)" : PlanText.value(PlanJson.priorOutput(prior, k))).append(" -> null\n");
            }
        }
        outputs.forEach((k, v) -> {
            String after = v.sensitive() ? "(sensitive value)" : v.known() ? PlanText.value(v.value()) : "(known after apply)";
            if (!prior.outputs().containsKey(k)) {
                sb.append("  + ").append(pad(k, w)).append(" = ").append(after).append('\n');
            } else if (!v.known() || !Objects.equals(Values.normalize(PlanJson.priorOutput(prior, k)), Values.normalize(v.value()))) {
                String before = v.sensitive() ? "(sensitive value)" : PlanText.value(PlanJson.priorOutput(prior, k));
                sb.append("  ~ ").append(pad(k, w)).append(" = ").append(before).append(" -> ").append(after).append('\n');
            }
        });
        return sb.toString();
    }

    /** {@code state} with its outputs replaced by the known ones, in Terraform's state shape. */
    static State store(State state, Map<String, ConfigSource.OutputValue> outputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        outputs.forEach((k, v) -> {
            if (v.known()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("value", v.value());
                o.put("type", type(v.value()));
                if (v.sensitive()) {
                    o.put("sensitive", true);
                }
                out.put(k, o);
            }
        });
        return new State(state.version(), state.terraformVersion(), state.serial(), state.lineage(), out, state.resources());
    }

    /** "Outputs:" as apply prints them, or "". */
    static String printed(Map<String, ConfigSource.OutputValue> outputs) {
        if (outputs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nOutputs:\n\n");
        outputs.forEach((k, v) -> sb.append(k).append(" = ")
                .append(v.sensitive() ? "<sensitive>" : v.known() ? PlanText.value(v.value()) : "(known after apply)").append('\n'));
        return sb.toString();
    }

    /** The cty type JSON of a plain value, as Terraform writes it in state. */
    static Object type(Object v) {
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof List<?> l) {
            return List.of("tuple", l.stream().map(OutputChanges::type).toList());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> attrs = new java.util.TreeMap<>();
            m.forEach((k, x) -> attrs.put(String.valueOf(k), type(x)));
            return List.of("object", attrs);
        }
        return "dynamic";
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
