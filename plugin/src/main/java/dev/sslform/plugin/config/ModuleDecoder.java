package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.provider.schema.ProviderSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the top-level blocks of every file into one {@link Module}, reporting unknown block
 * types, malformed blocks and duplicates (naming both places).
 */
final class ModuleDecoder {
    private static final List<String> BLOCK_TYPES = List.of("terraform", "provider", "variable", "locals", "output", "resource", "data");

    private final ProviderSchema schemas;
    private final Statics statics;
    private final ResourceDecoder resources;
    private final List<ProviderConfig> providers = new ArrayList<>();
    private final Map<String, VariableConfig> variables = new LinkedHashMap<>();
    private final Map<String, LocalConfig> locals = new LinkedHashMap<>();
    private final Map<String, OutputConfig> outputs = new LinkedHashMap<>();
    private final Map<Address, ResourceConfig> resourceConfigs = new LinkedHashMap<>();

    ModuleDecoder(ProviderSchema schemas, Evaluator evaluator) {
        this.schemas = schemas;
        this.statics = new Statics(evaluator);
        this.resources = new ResourceDecoder(schemas, statics);
    }

    void add(Body file, Diagnostics diags) {
        for (Attribute a : file.attributes()) {
            diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
        }
        for (Block b : file.blocks()) {
            switch (b.type()) {
                case "terraform" -> terraform(b, diags);
                case "provider" -> provider(b, diags);
                case "variable" -> variable(b, diags);
                case "locals" -> locals(b, diags);
                case "output" -> output(b, diags);
                case "resource" -> resource(b, ResourceMode.MANAGED, diags);
                case "data" -> resource(b, ResourceMode.DATA, diags);
                case "module" -> diags.error("Modules are not supported", "sslform reads a single root module; move the module's resources into this configuration.", b.defRange());
                default -> diags.error("Unsupported block type", "Blocks of type \"" + b.type() + "\" are not expected here."
                        + Suggestions.didYouMean(b.type(), BLOCK_TYPES), b.typeRange());
            }
        }
    }

    Module module() {
        return new Module(providers, variables, locals, outputs, resourceConfigs, backend, backendInvalid);
    }

    private boolean labels(Block b, int n, String what, Diagnostics diags) {
        if (b.labels().size() == n) {
            return true;
        }
        diags.error("Missing name for " + what, "All " + what + " blocks must have " + n + " label" + (n == 1 ? "" : "s") + ".", b.defRange());
        return false;
    }

    private static String at(SourceRange r) {
        return r.filename() + ":" + r.start().line() + "," + r.start().column();
    }

    /** Backend types and their arguments (Terraform's pg backend; local with an optional path). */
    private static final Map<String, List<String>> BACKENDS = Map.of("pg", List.of("conn_str", "schema_name"), "local", List.of("path", "workspace_dir"));
    private BackendConfig backend;
    /** An error was found in a backend block: where state lives cannot be known. */
    private boolean backendInvalid;

    /** The terraform block: only its backend block means something to sslform; the rest is accepted and ignored. */
    private void terraform(Block b, Diagnostics diags) {
        for (Block inner : b.body().blocks()) {
            if (!inner.type().equals("backend")) {
                continue;
            }
            if (!labels(inner, 1, "backend", diags)) {
                backendInvalid = true;
                continue;
            }
            String type = inner.labels().get(0);
            if (!BACKENDS.containsKey(type)) {
                backendInvalid = true;
                diags.error("Unsupported backend type", "sslform keeps state in the \"local\" or \"pg\" backend, not \"" + type + "\"."
                        + Suggestions.didYouMean(type, List.copyOf(BACKENDS.keySet())), inner.labelRanges().get(0));
                continue;
            }
            if (backend != null) {
                backendInvalid = true;
                diags.error("Duplicate backend configuration", "A backend was already configured at " + at(backend.declRange())
                        + ". A configuration has at most one backend.", inner.defRange());
                continue;
            }
            Map<String, String> settings = new LinkedHashMap<>();
            for (Attribute a : inner.body().attributes()) {
                if (!BACKENDS.get(type).contains(a.name())) {
                    backendInvalid = true;
                    diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected in backend \"" + type
                            + "\"." + Suggestions.didYouMean(a.name(), BACKENDS.get(type)), a.nameRange());
                    continue;
                }
                String v = statics.string(a, diags);
                if (v != null) {
                    settings.put(a.name(), v);
                } else {
                    backendInvalid = true;
                }
            }
            backend = new BackendConfig(type, settings, inner.defRange());
        }
    }

    private void provider(Block b, Diagnostics diags) {
        if (!labels(b, 1, "provider", diags)) {
            return;
        }
        String name = b.labels().get(0);
        if (!name.equals(schemas.name())) {
            diags.error("Unsupported provider", "This tool manages only the \"" + schemas.name() + "\" provider; \"" + name
                    + "\" is not available." + Suggestions.didYouMean(name, List.of(schemas.name())), b.labelRanges().get(0));
            return;
        }
        String alias = b.body().attribute("alias").map(a -> statics.string(a, diags)).orElse(null);
        List<Attribute> rest = b.body().attributes().stream().filter(a -> !a.name().equals("alias")).toList();
        ProviderConfig p = new ProviderConfig(name, alias, new Body(rest, b.body().blocks(), b.body().range()), b.defRange());
        for (ProviderConfig prior : providers) {
            if (prior.key().equals(p.key())) {
                diags.error("Duplicate provider configuration", "A default (non-aliased) provider configuration for \"" + name
                        + "\" was already given at " + at(prior.declRange()) + ". If multiple configurations are required, set the \"alias\" argument for alternative configurations.", b.defRange());
                return;
            }
        }
        providers.add(p);
    }

    private void variable(Block b, Diagnostics diags) {
        if (!labels(b, 1, "variable", diags)) {
            return;
        }
        String name = b.labels().get(0);
        Type type = Type.ANY;
        Value def = null;
        String description = "";
        boolean sensitive = false;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "type" -> type = TypeExpressions.parse(a.expr(), diags);
                case "default" -> def = statics.value(a.expr(), diags);
                case "description" -> description = statics.string(a, diags);
                case "sensitive" -> sensitive = statics.bool(a, diags);
                case "nullable" -> statics.bool(a, diags);
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), List.of("type", "default", "description", "sensitive", "nullable")), a.nameRange());
            }
        }
        if (def != null) {
            try {
                def = Convert.to(def, type);
            } catch (ConversionException e) {
                diags.error("Invalid default value for variable", "This default value is not compatible with the variable's type constraint: "
                        + e.getMessage() + ".", b.body().attribute("default").get().expr().range());
            }
        }
        List<VariableConfig.Validation> validations = new ArrayList<>();
        for (Block v : b.body().blocks()) {
            if (!v.type().equals("validation")) {
                diags.error("Unsupported block type", "Blocks of type \"" + v.type() + "\" are not expected here.", v.typeRange());
                continue;
            }
            Expr cond = v.body().attribute("condition").map(Attribute::expr).orElse(null);
            Expr msg = v.body().attribute("error_message").map(Attribute::expr).orElse(null);
            if (cond == null || msg == null) {
                diags.error("Missing required argument", "A validation block needs both \"condition\" and \"error_message\".", v.defRange());
                continue;
            }
            validations.add(new VariableConfig.Validation(cond, msg, v.range()));
        }
        VariableConfig prior = variables.putIfAbsent(name, new VariableConfig(name, type, def, description, sensitive, validations, b.defRange()));
        if (prior != null) {
            diags.error("Duplicate variable declaration", "A variable named \"" + name + "\" was already declared at "
                    + at(prior.declRange()) + ". Variable names must be unique within a module.", b.defRange());
        }
    }

    private void locals(Block b, Diagnostics diags) {
        for (Attribute a : b.body().attributes()) {
            LocalConfig prior = locals.putIfAbsent(a.name(), new LocalConfig(a.name(), a.expr(), a.nameRange()));
            if (prior != null) {
                diags.error("Duplicate local value definition", "A local value named \"" + a.name() + "\" was already defined at "
                        + at(prior.declRange()) + ". Local value names must be unique within a module.", a.nameRange());
            }
        }
    }

    private void output(Block b, Diagnostics diags) {
        if (!labels(b, 1, "output", diags)) {
            return;
        }
        String name = b.labels().get(0);
        Expr value = null;
        String description = "";
        boolean sensitive = false;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "value" -> value = a.expr();
                case "description" -> description = statics.string(a, diags);
                case "sensitive" -> sensitive = statics.bool(a, diags);
                case "depends_on" -> Statics.traversals(a, diags);
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), List.of("value", "description", "sensitive", "depends_on")), a.nameRange());
            }
        }
        if (value == null) {
            diags.error("Missing required argument", "The argument \"value\" is required, but no definition was found.", b.defRange());
            return;
        }
        OutputConfig prior = outputs.putIfAbsent(name, new OutputConfig(name, value, description, sensitive, b.defRange()));
        if (prior != null) {
            diags.error("Duplicate output definition", "An output named \"" + name + "\" was already defined at "
                    + at(prior.declRange()) + ". Output names must be unique within a module.", b.defRange());
        }
    }

    private void resource(Block b, ResourceMode mode, Diagnostics diags) {
        ResourceConfig r = resources.decode(b, mode, diags);
        if (r == null) {
            return;
        }
        ResourceConfig prior = resourceConfigs.putIfAbsent(r.address(), r);
        if (prior != null) {
            String kind = mode == ResourceMode.DATA ? "data" : "resource";
            diags.error("Duplicate " + kind + " \"" + r.address().type() + "\" configuration", "A " + kind + " named \""
                    + r.address().name() + "\" was already declared at " + at(prior.declRange()) + ". Resource names must be unique per type in each module.",
                    r.declRange());
        }
    }
}
