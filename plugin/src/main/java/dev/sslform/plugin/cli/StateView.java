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
        StringBuilder out = new StringBuilder();
        out.append("# ").append(addr).append(":\n");
        out.append("resource \"").append(addr.type()).append("\" \"").append(addr.name()).append("\" {\n");
        Map<String, Object> attrs = new TreeMap<>(inst.attributes());
        int width = attrs.keySet().stream().mapToInt(String::length).max().orElse(0);
        attrs.forEach((k, v) -> out.append("    ").append(String.format("%-" + width + "s", k)).append(" = ").append(PlanText.value(v)).append('\n'));
        out.append("}\n");
        return out.toString();
    }
}
