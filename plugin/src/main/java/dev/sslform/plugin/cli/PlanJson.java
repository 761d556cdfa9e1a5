package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.plan.Action;
import dev.sslform.plugin.plan.Drift;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.ResourceChange;
import dev.sslform.plugin.provider.Certificates;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan in Terraform's JSON plan format (the output of {@code terraform show -json PLANFILE}),
 * so policy and PR-comment tools written for Terraform read it: {@code format_version},
 * {@code terraform_version}, {@code prior_state}, {@code planned_values}, {@code resource_drift},
 * {@code resource_changes} (address, mode, type, name, index, provider_name, change with actions,
 * before, after, after_unknown, before/after_sensitive, replace_paths; action_reason),
 * {@code output_changes}, and {@code configuration.provider_config} (one entry per provider
 * configuration, with its {@code alias}). What Terraform has no field for goes under an {@code "sslform"} key of
 * the resource change: the reasons and notes shown in the text plan, the pending operation, and
 * the certificate expiry.
 */
final class PlanJson {

    static final String FORMAT_VERSION = "1.2";
    static final String PROVIDER = "registry.terraform.io/tencentcloudstack/tencentcloud";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private PlanJson() {
    }

    /** The plan document of {@code show -json FILE}, with the saved custom conditions' results as Terraform's {@code checks}. */
    static String render(SavedPlan saved, State priorOutputsFrom) {
        try {
            ObjectNode tree = tree(saved, priorOutputsFrom);
            if (saved.checks() != null && !saved.checks().isEmpty()) {
                tree.set("checks", saved.checks());
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode tree(SavedPlan saved, State prior) {
        Plan plan = saved.plan();
        ObjectNode root = F.objectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("terraform_version", State.TOOL_VERSION);
        if (saved.createdAt() != null) {
            root.put("timestamp", saved.createdAt().toString()); // when the plan was made, as Terraform 1.5+ writes it
        }
        root.set("variables", F.objectNode());
        // planned_values: every object as it will be, outputs included.
        ObjectNode planned = root.putObject("planned_values");
        ObjectNode plannedOutputs = planned.putObject("outputs");
        saved.outputs().forEach((k, v) -> {
            ObjectNode o = plannedOutputs.putObject(k);
            o.put("sensitive", v.sensitive());
            if (v.known()) {
                o.set("value", JSON.valueToTree(v.value()));
            }
        });
        Map<ResourceAddress, ObjectNode> plannedResources = new java.util.LinkedHashMap<>();
        for (ResourceChange c : plan.changes()) {
            if (c.after() != null) {
                plannedResources.put(c.address(), resource(c.address(), known(c.after()), sensitive(saved, c.address(), c.after())));
            }
        }
        planned.set("root_module", modules(plannedResources));
        ArrayNode drift = root.putArray("resource_drift");
        for (Drift d : plan.drift()) {
            ObjectNode o = header(d.address());
            ObjectNode ch = o.putObject("change");
            ch.set("actions", actions(d.after() == null ? List.of("delete") : List.of("update")));
            ch.set("before", values(d.before()));
            ch.set("after", d.after() == null ? F.nullNode() : values(d.after()));
            ch.set("after_unknown", F.objectNode());
            ch.set("before_sensitive", sensitive(saved, d.address(), d.before()));
            ch.set("after_sensitive", d.after() == null ? F.booleanNode(false) : sensitive(saved, d.address(), d.after()));
            drift.add(o);
        }
        ArrayNode changes = root.putArray("resource_changes");
        for (ResourceChange c : plan.changes()) {
            ObjectNode o = change(c, plan.mode());
            // Refactoring, as Terraform's plan JSON: where a moved object was, and what an import brings in.
            if (plan.movedFrom().containsKey(c.address())) {
                o.put("previous_address", plan.movedFrom().get(c.address()).toString());
            }
            if (plan.imported().containsKey(c.address())) {
                ((ObjectNode) o.get("change")).putObject("importing").put("id", plan.imported().get(c.address()));
            }
            ObjectNode ch = (ObjectNode) o.get("change");
            ch.set("before_sensitive", c.before() == null ? F.booleanNode(false) : sensitive(saved, c.address(), c.before()));
            ch.set("after_sensitive", c.after() == null ? F.booleanNode(false) : sensitive(saved, c.address(), c.after()));
            changes.add(o);
        }
        ObjectNode outputChanges = root.putObject("output_changes");
        saved.outputs().forEach((k, v) -> {
            Object before = priorOutput(prior, k);
            ObjectNode o = outputChanges.putObject(k);
            boolean existed = prior != null && prior.outputs().containsKey(k);
            boolean same = existed && v.known() && Objects.equals(Values.normalize(before), Values.normalize(v.value()));
            o.set("actions", actions(List.of(!existed ? "create" : same ? "no-op" : "update")));
            o.set("before", existed ? JSON.valueToTree(before) : F.nullNode());
            o.set("after", v.known() ? JSON.valueToTree(v.value()) : F.nullNode());
            o.put("after_unknown", !v.known());
            o.put("before_sensitive", v.sensitive());
            o.put("after_sensitive", v.sensitive());
        });
        root.set("prior_state", state(plan.refreshed(), saved.sensitive()));
        // configuration: only provider_config, one entry per provider configuration keyed as Terraform keys it
        // ("tencentcloud", "tencentcloud.sh"); sslform writes no root_module expressions.
        ObjectNode providerConfig = root.putObject("configuration").putObject("provider_config");
        saved.providers().keySet().forEach(name -> {
            ObjectNode p = providerConfig.putObject(name);
            p.put("name", dev.sslform.plugin.provider.TencentCloudProvider.NAME);
            p.put("full_name", PROVIDER);
            if (name.contains(".")) {
                p.put("alias", name.substring(name.indexOf('.') + 1));
            }
        });
        root.putArray("relevant_attributes");
        root.put("applyable", !plan.hasErrors() && (plan.hasChanges() || OutputChanges.any(saved.outputs(), prior)));
        root.put("complete", saved.targets().isEmpty());
        root.put("errored", plan.hasErrors());
        return root;
    }

    /** A state in Terraform's JSON state format ({@code terraform show -json} without a plan). */
    static ObjectNode state(State s) {
        return state(s, dev.sslform.plugin.plan.SensitiveAttributes.NONE);
    }

    /** As above, each object's {@code sensitive_values} from {@code sensitive}. */
    static ObjectNode state(State s, dev.sslform.plugin.plan.SensitiveAttributes sensitive) {
        ObjectNode st = F.objectNode();
        st.put("format_version", "1.0");
        st.put("terraform_version", State.TOOL_VERSION);
        ObjectNode values = st.putObject("values");
        ObjectNode outputs = values.putObject("outputs");
        s.outputs().forEach((k, v) -> {
            ObjectNode o = outputs.putObject(k);
            o.put("sensitive", v instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("sensitive")));
            o.set("value", JSON.valueToTree(priorOutput(s, k)));
        });
        Map<ResourceAddress, ObjectNode> resources = new java.util.LinkedHashMap<>();
        for (ResourceAddress a : s.addresses()) {
            Map<String, Object> attrs = s.find(a).orElseThrow().attributes();
            resources.put(a, resource(a, attrs, mask(sensitive, a, attrs)));
        }
        values.set("root_module", modules(resources));
        return st;
    }

    static String renderState(State s) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state(s)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Terraform's module tree of values: the root module's resources, then {@code child_modules},
     * one per module instance that holds resources (directly or deeper), each with its
     * {@code address}, its resources and its own children, sorted by address.
     */
    static ObjectNode modules(Map<ResourceAddress, ObjectNode> resources) {
        return module(dev.sslform.plugin.state.ModulePath.ROOT, resources);
    }

    private static ObjectNode module(dev.sslform.plugin.state.ModulePath path, Map<ResourceAddress, ObjectNode> resources) {
        ObjectNode m = F.objectNode();
        if (!path.isRoot()) {
            m.put("address", path.toString());
        }
        ArrayNode own = m.putArray("resources");
        java.util.TreeSet<dev.sslform.plugin.state.ModulePath> children = new java.util.TreeSet<>();
        resources.forEach((a, node) -> {
            if (a.module().equals(path)) {
                own.add(node);
            } else if (path.contains(a.module())) {
                children.add(new dev.sslform.plugin.state.ModulePath(a.module().steps().subList(0, path.steps().size() + 1)));
            }
        });
        if (!children.isEmpty()) {
            ArrayNode kids = m.putArray("child_modules");
            children.forEach(c -> kids.add(module(c, resources)));
        }
        if (!path.isRoot() && own.isEmpty()) {
            m.remove("resources");
        }
        return m;
    }

    static Object priorOutput(State prior, String name) {
        Object v = prior == null ? null : prior.outputs().get(name);
        return v instanceof Map<?, ?> m && m.containsKey("value") ? m.get("value") : v;
    }

    private static ObjectNode change(ResourceChange c, PlanMode mode) {
        ObjectNode o = header(c.address());
        ObjectNode ch = o.putObject("change");
        ch.set("actions", actions(switch (c.action()) {
            case NO_OP -> List.of("no-op");
            case CREATE -> List.of("create");
            case UPDATE -> List.of("update");
            case DELETE -> List.of("delete");
            case REPLACE -> List.of("delete", "create");
        }));
        ch.set("before", c.before() == null ? F.nullNode() : values(c.before()));
        ch.set("after", c.after() == null ? F.nullNode() : values(known(c.after())));
        ch.set("after_unknown", c.after() == null ? F.booleanNode(false) : unknowns(c.after()));
        ch.set("before_sensitive", c.before() == null ? F.booleanNode(false) : F.objectNode());
        ch.set("after_sensitive", c.after() == null ? F.booleanNode(false) : F.objectNode());
        if (!c.requiresReplace().isEmpty()) {
            ArrayNode paths = ch.putArray("replace_paths");
            c.requiresReplace().stream().sorted().forEach(p -> paths.addArray().add(p));
        }
        if (c.action() == Action.REPLACE) {
            o.put("action_reason", "replace_because_cannot_update");
        } else if (c.action() == Action.DELETE && mode != PlanMode.DESTROY) {
            o.put("action_reason", "delete_because_no_resource_config");
        }
        ObjectNode ours = o.putObject("sslform");
        ours.set("reasons", JSON.valueToTree(c.reasons()));
        ours.set("notes", JSON.valueToTree(c.notes()));
        Map<String, Object> now = c.after() != null ? c.after() : c.before();
        Object pending = c.before() == null ? null : c.before().get("pending");
        ours.set("pending_operation", pending == null || pending == Values.UNKNOWN ? F.nullNode() : JSON.valueToTree(pending));
        String period = Values.str(now, "ssl_validity_period");
        if (period == null && c.before() != null) {
            period = Values.str(c.before(), "ssl_validity_period");
        }
        Instant expiry = period == null ? null : Certificates.expiry(period);
        ObjectNode cert = ours.putObject("certificate");
        cert.put("validity_period", period == null || period.isEmpty() ? null : period);
        cert.put("expires_at", expiry == null ? null : expiry.toString());
        return o;
    }

    private static ObjectNode header(ResourceAddress a) {
        ObjectNode o = F.objectNode();
        o.put("address", a.toString());
        if (!a.module().isRoot()) {
            o.put("module_address", a.module().toString());
        }
        o.put("mode", a.mode() == dev.sslform.plugin.state.ResourceMode.DATA ? "data" : "managed");
        o.put("type", a.type());
        o.put("name", a.name());
        if (a.key() instanceof IndexKey.Int i) {
            o.put("index", i.value());
        } else if (a.key() instanceof IndexKey.Str s) {
            o.put("index", s.value());
        }
        o.put("provider_name", PROVIDER);
        return o;
    }

    private static ObjectNode resource(ResourceAddress a, Map<String, Object> values, JsonNode sensitiveValues) {
        ObjectNode o = header(a);
        o.remove("module_address"); // values representation: the module is the child_modules entry's address
        o.put("schema_version", 0);
        o.set("values", values(values));
        o.set("sensitive_values", sensitiveValues);
        return o;
    }

    /** Terraform's sensitivity mask of one object: {"attr": true, ...} for the attributes derived from sensitive values. */
    private static JsonNode sensitive(SavedPlan saved, ResourceAddress a, Map<String, Object> values) {
        return mask(saved.sensitive(), a, values);
    }

    private static JsonNode mask(dev.sslform.plugin.plan.SensitiveAttributes sensitive, ResourceAddress a, Map<String, Object> values) {
        ObjectNode o = F.objectNode();
        if (values == null) {
            return o;
        }
        new java.util.TreeMap<>(sensitive.mask(a)).forEach((k, m) -> {
            if (values.get(k) != null) {
                o.set(k, JSON.valueToTree(m));
            }
        });
        return o;
    }

    private static JsonNode values(Map<String, Object> m) {
        return JSON.valueToTree(known(m));
    }

    /** The map without unknown values (Terraform leaves them out of "after" and marks them in after_unknown). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> known(Map<String, Object> m) {
        Map<String, Object> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> {
            if (v != Values.UNKNOWN) {
                out.put(k, v instanceof Map<?, ?> inner ? known((Map<String, Object>) inner) : v);
            }
        });
        return out;
    }

    private static ObjectNode unknowns(Map<String, Object> m) {
        ObjectNode o = F.objectNode();
        new java.util.TreeMap<>(m).forEach((k, v) -> {
            if (v == Values.UNKNOWN) {
                o.put(k, true);
            }
        });
        return o;
    }

    private static ArrayNode actions(List<String> names) {
        ArrayNode a = F.arrayNode();
        names.forEach(a::add);
        return a;
    }
}
