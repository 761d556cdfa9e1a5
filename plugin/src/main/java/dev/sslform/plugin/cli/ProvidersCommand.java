package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import dev.sslform.plugin.config.schema.Attribute;
import dev.sslform.plugin.config.schema.BlockType;
import dev.sslform.plugin.config.schema.Nesting;
import dev.sslform.plugin.config.schema.ProviderSchema;
import dev.sslform.plugin.config.schema.Schema;
import dev.sslform.plugin.state.ResourceState;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform providers}: the providers the configuration and the state need, as Terraform's
 * tree; {@code providers schema -json}: the built-in provider's schemas in Terraform's format
 * (format_version 1.0, provider_schemas keyed by registry address), made from the same schema
 * objects the configuration is checked against.
 */
@Command(name = "providers", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Show the providers required by the configuration and the state.",
        subcommands = {ProvidersCommand.SchemaCmd.class})
final class ProvidersCommand extends EngineCommand {

    static final String ADDRESS = PlanJson.PROVIDER;

    @ParentCommand
    EngineRoot parent;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        ConfigSource config = config();
        if (config == null) {
            return ExitCodes.ERROR;
        }
        StringBuilder sb = new StringBuilder("\nProviders required by configuration:\n.\n");
        if (config.configuration() != null) {
            tree(config.configuration(), "", sb);
        }
        State state = backend().read();
        sb.append("\nProviders required by state:\n\n");
        // Terraform prints the provider's address without the quotes state stores it with, and once per provider, aliases or not.
        state.resources().stream().map(ResourceState::provider).map(p -> p.replaceFirst("\\]\\..*$", "]").replace("\"", "")).distinct().forEach(p -> sb.append("    ").append(p).append("\n\n"));
        out().print(sb);
        out().flush();
        return ExitCodes.OK;
    }

    /** Terraform's tree: the module's own requirement, then each module call's subtree. */
    private static void tree(dev.sslform.plugin.config.Configuration c, String indent, StringBuilder sb) {
        java.util.Map<String, dev.sslform.plugin.config.Configuration> items = new java.util.LinkedHashMap<>();
        if (!c.providers().isEmpty() || !c.resources().isEmpty()) {
            items.put("provider[" + ADDRESS + "]", null);
        }
        c.children().forEach((name, child) -> items.put("module." + name, child));
        int i = 0;
        for (var e : items.entrySet()) {
            boolean last = ++i == items.size();
            sb.append(indent).append(last ? "└── " : "├── ").append(e.getKey()).append("\n");
            if (e.getValue() != null) {
                tree(e.getValue(), indent + (last ? "    " : "│   "), sb);
            }
        }
    }

    @Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "Print the provider's schemas (resources, data sources, the provider block) as JSON, in Terraform's format.")
    static final class SchemaCmd implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "-json", description = "Required: print the schemas as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (!json) {
                spec.commandLine().getErr().println("The `sslform providers schema` command requires the `-json` flag.\n");
                spec.commandLine().usage(spec.commandLine().getErr());
                return ExitCodes.ERROR;
            }
            spec.commandLine().getOut().println(GoJson.compact(document(TencentCloudSchemas.schema())));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** Terraform's providers schema JSON for {@code schema}. */
    static Map<String, Object> document(ProviderSchema schema) {
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("provider", versioned(schema.provider()));
        Map<String, Object> resources = new TreeMap<>();
        schema.resources().forEach((k, v) -> resources.put(k, versioned(v)));
        provider.put("resource_schemas", resources);
        Map<String, Object> data = new TreeMap<>();
        schema.dataSources().forEach((k, v) -> data.put(k, versioned(v)));
        provider.put("data_source_schemas", data);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", "1.0");
        root.put("provider_schemas", Map.of(ADDRESS, provider));
        return root;
    }

    private static Map<String, Object> versioned(Schema s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", 0);
        out.put("block", block(s));
        return out;
    }

    private static Map<String, Object> block(Schema s) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!s.attributes().isEmpty()) {
            Map<String, Object> attrs = new TreeMap<>();
            s.attributes().values().forEach(a -> attrs.put(a.name(), attribute(a)));
            out.put("attributes", attrs);
        }
        if (!s.blocks().isEmpty()) {
            Map<String, Object> blocks = new TreeMap<>();
            for (BlockType b : s.blocks().values()) {
                Map<String, Object> bt = new LinkedHashMap<>();
                bt.put("nesting_mode", b.nesting() == Nesting.SINGLE ? "single" : "list");
                bt.put("block", block(b.schema()));
                if (b.nesting() == Nesting.SINGLE) {
                    bt.put("max_items", 1);
                }
                blocks.put(b.name(), bt);
            }
            out.put("block_types", blocks);
        }
        out.put("description_kind", "plain");
        return out;
    }

    private static Map<String, Object> attribute(Attribute a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type(a.type()));
        if (a.description() != null && !a.description().isEmpty()) {
            out.put("description", a.description());
        }
        out.put("description_kind", "plain");
        switch (a.mode()) {
            case REQUIRED -> out.put("required", true);
            case OPTIONAL -> out.put("optional", true);
            case COMPUTED -> out.put("computed", true);
            case OPTIONAL_COMPUTED -> {
                out.put("optional", true);
                out.put("computed", true);
            }
            default -> throw new IllegalStateException(String.valueOf(a.mode()));
        }
        if (a.sensitive()) {
            out.put("sensitive", true);
        }
        return out;
    }

    /** cty's type JSON: "string", ["list","string"], ["object",{…}], ["tuple",[…]], "dynamic". */
    static Object type(Type t) {
        if (t instanceof Type.Primitive p) {
            return p.name();
        }
        if (t instanceof Type.ListOf l) {
            return List.of("list", type(l.element()));
        }
        if (t instanceof Type.SetOf s) {
            return List.of("set", type(s.element()));
        }
        if (t instanceof Type.MapOf m) {
            return List.of("map", type(m.element()));
        }
        if (t instanceof Type.ObjectOf o) {
            Map<String, Object> attrs = new TreeMap<>();
            o.attributes().forEach((k, v) -> attrs.put(k, type(v)));
            List<Object> out = new ArrayList<>(List.of("object", attrs));
            if (!o.optional().isEmpty()) {
                out.add(new ArrayList<>(new java.util.TreeSet<>(o.optional())));
            }
            return out;
        }
        if (t instanceof Type.TupleOf tu) {
            return List.of("tuple", tu.elements().stream().map(ProvidersCommand::type).toList());
        }
        return "dynamic";
    }
}
