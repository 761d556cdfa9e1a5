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
import dev.sslform.plugin.config.schema.ProviderSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the top-level blocks of every file into one {@link Module}, reporting unknown block
 * types, malformed blocks and duplicates (naming both places). Which block types and arguments
 * exist, and which are refused, comes from {@link Language}.
 */
final class ModuleDecoder {

    /** hclsyntax.ValidIdentifier: what an alias may be. */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final ProviderSchema schemas;
    private final Statics statics;
    private final ResourceDecoder resources;
    private final List<ProviderConfig> providers = new ArrayList<>();
    private final Map<String, VariableConfig> variables = new LinkedHashMap<>();
    private final Map<String, LocalConfig> locals = new LinkedHashMap<>();
    private final Map<String, OutputConfig> outputs = new LinkedHashMap<>();
    private final Map<Address, ResourceConfig> resourceConfigs = new LinkedHashMap<>();
    private final Map<String, CheckConfig> checks = new LinkedHashMap<>();
    private final TerraformBlockDecoder terraform;
    private final RefactoringDecoder refactoring = new RefactoringDecoder();
    private final ModuleCallDecoder calls;
    /** The directory of the module being decoded (module sources are relative to it); null for a single file. */
    private final java.nio.file.Path dir;
    /** True for a child module: no provider, backend or import blocks. */
    private final boolean child;

    ModuleDecoder(ProviderSchema schemas, Evaluator evaluator) {
        this(schemas, evaluator, null, false);
    }

    ModuleDecoder(ProviderSchema schemas, Evaluator evaluator, java.nio.file.Path dir, boolean child) {
        this.dir = dir;
        this.child = child;
        this.schemas = schemas;
        this.statics = new Statics(evaluator);
        this.resources = new ResourceDecoder(schemas, statics);
        this.terraform = new TerraformBlockDecoder(schemas, statics);
        this.calls = new ModuleCallDecoder(statics, dir);
    }

    void add(Body file, Diagnostics diags) {
        for (Attribute a : file.attributes()) {
            diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
        }
        for (Block b : file.blocks()) {
            switch (b.type()) {
                case "terraform" -> terraform.decode(b, diags);
                case "provider" -> {
                    if (!child || !Language.refuse("module.provider", b.typeRange(), diags)) {
                        provider(b, diags);
                    }
                }
                case "module" -> {
                    if (labels(b, 1, "module", diags)) {
                        calls.call(b, diags);
                    }
                }
                case "variable" -> variable(b, diags);
                case "locals" -> locals(b, diags);
                case "output" -> output(b, diags);
                case "resource" -> resource(b, ResourceMode.MANAGED, diags);
                case "data" -> resource(b, ResourceMode.DATA, diags);
                case "check" -> check(b, diags);
                case "moved" -> {
                    if (!child || !Language.refuse("module.moved", b.typeRange(), diags)) {
                        refactoring.moved(b, diags);
                    }
                }
                case "removed" -> {
                    if (!child || !Language.refuse("module.removed", b.typeRange(), diags)) {
                        refactoring.removed(b, diags);
                    }
                }
                case "import" -> {
                    if (child) {
                        // As Terraform: import blocks belong to the root module.
                        diags.error("Invalid import configuration", "An import block was detected in a child module. Import blocks are"
                                + " only allowed in the root module; move it there and write \"to\" with the module path"
                                + " (module.NAME.TYPE.NAME).", b.defRange());
                    } else {
                        refactoring.importBlock(b, diags);
                    }
                }
                default -> {
                    if (!Language.refuse(b.type(), b.typeRange(), diags)) {
                        diags.error("Unsupported block type", "Blocks of type \"" + b.type() + "\" are not expected here."
                                + Suggestions.didYouMean(b.type(), Language.names("")), b.typeRange());
                    }
                }
            }
        }
    }

    Module module() {
        return new Module(providers, variables, locals, outputs, resourceConfigs, terraform.backend, terraform.backendInvalid,
                List.copyOf(checks.values()), refactoring.moved, refactoring.removed,
                refactoring.imports, calls.calls);
    }

    /** Whether this decoder read a child module's files. */
    boolean isChild() {
        return child;
    }

    private boolean labels(Block b, int n, String what, Diagnostics diags) {
        if (b.labels().size() == n) {
            return true;
        }
        diags.error("Missing name for " + what, "All " + what + " blocks must have " + n + " label" + (n == 1 ? "" : "s") + ".", b.defRange());
        return false;
    }

    static String at(SourceRange r) {
        return r.filename() + ":" + r.start().line() + "," + r.start().column();
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
        String alias = null;
        var aliasAttr = b.body().attribute("alias");
        if (aliasAttr.isPresent()) {
            alias = statics.string(aliasAttr.get(), diags);
            if (alias == null) {
                return;
            }
            if (!IDENTIFIER.matcher(alias).matches()) {
                diags.error("Invalid provider configuration alias", "An alias must be a valid name. A name must start with a letter or"
                        + " underscore and may contain only letters, digits, underscores, and dashes.", aliasAttr.get().expr().range());
                return;
            }
        }
        Body body = new Body(b.body().attributes().stream().filter(a -> !a.name().equals("alias")).toList(), b.body().blocks(),
                b.body().range());
        ProviderConfig p = new ProviderConfig(name, alias, body, b.defRange());
        for (ProviderConfig prior : providers) {
            if (prior.key().equals(p.key())) {
                // Terraform's words (configs/module.go).
                diags.error("Duplicate provider configuration", prior.alias() == null
                        ? "A default (non-aliased) provider configuration for \"" + name + "\" was already given at " + at(prior.declRange())
                                + ". If multiple configurations are required, set the \"alias\" argument for alternative configurations."
                        : "A provider configuration for \"" + name + "\" with alias \"" + prior.alias() + "\" was already given at "
                                + at(prior.declRange()) + ". Each configuration for the same provider must have a distinct alias.",
                        b.defRange());
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
        boolean nullable = true;
        boolean sensitive = false;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "type" -> type = TypeExpressions.parse(a.expr(), diags);
                case "default" -> def = statics.value(a.expr(), diags);
                case "description" -> description = statics.string(a, diags);
                case "sensitive" -> sensitive = statics.bool(a, diags);
                case "nullable" -> nullable = statics.bool(a, diags);
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), Language.names("variable")), a.nameRange());
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
        if (!nullable && def instanceof dev.sslform.plugin.config.value.NullValue) {
            diags.error("Invalid default value for variable", "A null default value is not valid when nullable=false.",
                    b.body().attribute("default").get().expr().range());
        }
        VariableConfig prior = variables.putIfAbsent(name, new VariableConfig(name, type, def, description, nullable, validations, b.defRange(), sensitive));
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
        List<String> dependsOn = List.of();
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "value" -> value = a.expr();
                case "description" -> description = statics.string(a, diags);
                case "sensitive" -> sensitive = statics.bool(a, diags);
                case "depends_on" -> dependsOn = Statics.traversals(a, diags);
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), Language.names("output")), a.nameRange());
            }
        }
        List<Condition> preconditions = new ArrayList<>();
        for (Block inner : b.body().blocks()) {
            if (inner.type().equals("precondition")) {
                Conditions.decode(inner, Condition.Kind.PRECONDITION, diags).ifPresent(preconditions::add);
            } else {
                diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here."
                        + Suggestions.didYouMean(inner.type(), List.of("precondition")), inner.typeRange());
            }
        }
        if (value == null) {
            diags.error("Missing required argument", "The argument \"value\" is required, but no definition was found.", b.defRange());
            return;
        }
        OutputConfig prior = outputs.putIfAbsent(name, new OutputConfig(name, value, description, sensitive, dependsOn, preconditions, b.defRange()));
        if (prior != null) {
            diags.error("Duplicate output definition", "An output named \"" + name + "\" was already defined at "
                    + at(prior.declRange()) + ". Output names must be unique within a module.", b.defRange());
        }
    }

    private void resource(Block b, ResourceMode mode, Diagnostics diags) {
        ResourceConfig r = resources.decode(b, mode, diags);
        if (r != null) {
            resource(r, diags);
        }
    }

    private void resource(ResourceConfig r, Diagnostics diags) {
        ResourceMode mode = r.mode();
        ResourceConfig prior = resourceConfigs.putIfAbsent(r.address(), r);
        if (prior != null) {
            String kind = mode == ResourceMode.DATA ? "data" : "resource";
            diags.error("Duplicate " + kind + " \"" + r.address().type() + "\" configuration", "A " + kind + " named \""
                    + r.address().name() + "\" was already declared at " + at(prior.declRange()) + ". Resource names must be unique per type in each module.",
                    r.declRange());
        }
    }

    private void check(Block b, Diagnostics diags) {
        if (!labels(b, 1, "check", diags)) {
            return;
        }
        String name = b.labels().get(0);
        for (Attribute a : b.body().attributes()) {
            diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
        }
        List<Condition> asserts = new ArrayList<>();
        ResourceConfig scoped = null;
        for (Block inner : b.body().blocks()) {
            if (inner.type().equals("assert")) {
                Conditions.decode(inner, Condition.Kind.ASSERT, diags).ifPresent(asserts::add);
            } else if (inner.type().equals("data")) {
                ResourceConfig r = resources.decode(inner, ResourceMode.DATA, diags);
                if (r == null) {
                    continue;
                }
                if (scoped != null) {
                    diags.error("Multiple data blocks", "A check block may contain at most one data block; another was declared at "
                            + at(scoped.declRange()) + ".", inner.defRange());
                    continue;
                }
                if (r.count() != null || r.forEach() != null) {
                    diags.error("Invalid scoped data block", "A data block in a check block cannot use count or for_each.", inner.defRange());
                    continue;
                }
                scoped = r.scopedTo(name);
                resource(scoped, diags);
            } else if (!Language.refuse("check." + inner.type(), inner.typeRange(), diags)) {
                diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here."
                        + Suggestions.didYouMean(inner.type(), Language.names("check")), inner.typeRange());
            }
        }
        if (asserts.isEmpty()) {
            diags.error("Missing required block", "A check block must have at least one assert block.", b.defRange());
        }
        CheckConfig prior = checks.putIfAbsent(name, new CheckConfig(name, asserts, scoped, b.defRange()));
        if (prior != null) {
            diags.error("Duplicate check \"" + name + "\" configuration", "A check block named \"" + name + "\" was already declared at "
                    + at(prior.declRange()) + ". Check blocks must be unique within a module.", b.defRange());
        }
    }
}
