package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.config.ConditionOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan JSON's {@code checks} array in Terraform's shape: one entry per checkable object in
 * the configuration (a resource or data block with conditions, an output with preconditions, a
 * check block), with its aggregate {@code status} ({@code pass}, {@code fail}, {@code error},
 * {@code unknown}) and one entry per instance with its own status and the failed conditions'
 * messages as {@code problems}. Sorted by {@code to_display}, as Terraform sorts them.
 */
final class ChecksJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ChecksJson() {
    }

    static ArrayNode of(List<ConditionOutcome> outcomes) {
        Map<String, Map<String, List<ConditionOutcome>>> byConfig = new TreeMap<>();
        for (ConditionOutcome o : outcomes) {
            byConfig.computeIfAbsent(o.configAddress(), k -> new TreeMap<>()).computeIfAbsent(o.objectAddress(), k -> new ArrayList<>()).add(o);
        }
        ArrayNode out = F.arrayNode();
        byConfig.forEach((config, objects) -> {
            ObjectNode entry = out.addObject();
            entry.set("address", staticAddress(config));
            List<ConditionOutcome.Status> statuses = new ArrayList<>();
            ArrayNode instances = F.arrayNode();
            objects.forEach((object, results) -> {
                ConditionOutcome.Status s = aggregate(results.stream().map(ConditionOutcome::status).toList());
                statuses.add(s);
                ObjectNode inst = instances.addObject();
                ObjectNode addr = inst.putObject("address");
                addr.put("to_display", object);
                String local = results.get(0).localAddress();
                if (local.length() < object.length()) {
                    addr.put("module", object.substring(0, object.length() - local.length() - 1));
                }
                if (local.endsWith("]") && local.contains("[")) {
                    String key = local.substring(local.indexOf('[') + 1, local.length() - 1);
                    if (key.startsWith("\"")) {
                        addr.put("instance_key", key.substring(1, key.length() - 1).replace("\\\"", "\""));
                    } else {
                        addr.put("instance_key", Integer.parseInt(key));
                    }
                }
                inst.put("status", s.json());
                TreeSet<String> messages = new TreeSet<>();
                results.stream().filter(r -> r.status() == ConditionOutcome.Status.FAIL).forEach(r -> messages.add(r.message()));
                if (!messages.isEmpty()) {
                    ArrayNode problems = inst.putArray("problems");
                    messages.forEach(m -> problems.addObject().put("message", m));
                }
            });
            entry.put("status", aggregate(statuses).json());
            if (!instances.isEmpty()) {
                entry.set("instances", instances);
            }
        });
        return out;
    }

    /** fail beats error beats unknown beats pass, as Terraform aggregates. */
    private static ConditionOutcome.Status aggregate(List<ConditionOutcome.Status> statuses) {
        for (ConditionOutcome.Status s : List.of(ConditionOutcome.Status.FAIL, ConditionOutcome.Status.ERROR, ConditionOutcome.Status.UNKNOWN)) {
            if (statuses.contains(s)) {
                return s;
            }
        }
        return ConditionOutcome.Status.PASS;
    }

    private static ObjectNode staticAddress(String display) {
        ObjectNode a = F.objectNode();
        a.put("to_display", display);
        // A block in a module: "module.a.module.b.output.x" (config addresses have no instance keys).
        String config = display;
        StringBuilder module = new StringBuilder();
        while (config.startsWith("module.")) {
            int dot = config.indexOf('.', "module.".length());
            module.append(module.isEmpty() ? "" : ".").append(config, 0, dot);
            config = config.substring(dot + 1);
        }
        if (!module.isEmpty()) {
            a.put("module", module.toString());
        }
        if (config.startsWith("output.")) {
            a.put("kind", "output_value");
            a.put("name", config.substring("output.".length()));
        } else if (config.startsWith("check.")) {
            a.put("kind", "check");
            a.put("name", config.substring("check.".length()));
        } else {
            boolean data = config.startsWith("data.");
            String[] parts = (data ? config.substring(5) : config).split("\\.", 2);
            a.put("kind", "resource");
            a.put("mode", data ? "data" : "managed");
            a.put("type", parts[0]);
            a.put("name", parts[1]);
        }
        return a;
    }
}
