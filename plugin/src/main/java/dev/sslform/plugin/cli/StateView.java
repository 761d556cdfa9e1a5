package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanText;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import java.util.Map;
import java.util.TreeMap;

/** One object of state as {@code state show} and {@code show} print it (HCL-like, attributes sorted). */
final class StateView {

    private StateView() {
    }

    static String render(ResourceAddress addr, ResourceInstanceState inst) {
        return render(addr, inst, java.util.Set.of());
    }

    /** As above, the {@code sensitive} attributes shown as {@code (sensitive value)}. */
    static String render(ResourceAddress addr, ResourceInstanceState inst, java.util.Set<String> sensitive) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(addr).append(":\n");
        out.append("resource \"").append(addr.type()).append("\" \"").append(addr.name()).append("\" {\n");
        Map<String, Object> attrs = new TreeMap<>(inst.attributes());
        int width = attrs.keySet().stream().mapToInt(String::length).max().orElse(0);
        attrs.forEach((k, v) -> out.append("    ").append(String.format("%-" + width + "s", k)).append(" = ")
                .append(v != null && sensitive.contains(k) ? "(sensitive value)" : PlanText.value(v)).append('\n'));
        out.append("}\n");
        return out.toString();
    }
}
