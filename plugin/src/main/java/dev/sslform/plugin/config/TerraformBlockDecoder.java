package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.ProviderSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes {@code terraform} blocks (there may be several, as in Terraform):
 * <ul>
 * <li>{@code required_version}: a version constraint checked against {@link #LANGUAGE_VERSION},
 * the Terraform version whose language sslform implements (sslform's own version is not what
 * configurations written for Terraform constrain);</li>
 * <li>{@code required_providers}: only tencentcloud, whose {@code source} must be
 * {@code tencentcloudstack/tencentcloud} and whose {@code version} constraint must allow the
 * provider version sslform implements ({@link ProviderSchema#version()});</li>
 * <li>{@code backend "local"} and {@code backend "pg"};</li>
 * <li>everything else ({@code cloud}, {@code experiments}, {@code provider_meta}, unknown names)
 * refused.</li>
 * </ul>
 * In {@code *.tf.json} and YAML the nested blocks arrive as object-valued arguments; both shapes
 * are read.
 */
final class TerraformBlockDecoder {
    /** The Terraform release whose language sslform implements: what {@code required_version} is checked against. */
    static final String LANGUAGE_VERSION = "1.9.0";

    /** Backend types and their arguments (Terraform's pg backend; local with an optional path). */
    private static final Map<String, List<String>> BACKENDS = Map.of("pg", List.of("conn_str", "schema_name"), "local", List.of("path", "workspace_dir"));

    private final ProviderSchema schemas;
    private final Statics statics;
    BackendConfig backend;
    /** An error was found in a backend block: where state lives cannot be known. */
    boolean backendInvalid;

    TerraformBlockDecoder(ProviderSchema schemas, Statics statics) {
        this.schemas = schemas;
        this.statics = statics;
    }

    void decode(Block b, Diagnostics diags) {
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "required_version" -> requiredVersion(a, diags);
                case "required_providers", "backend", "cloud", "provider_meta" -> {
                    for (Block inner : blocksFromObject(a, diags)) {
                        nested(inner, diags);
                    }
                }
                default -> {
                    if (!Language.refuse("terraform." + a.name(), a.nameRange(), diags)) {
                        diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                                + Suggestions.didYouMean(a.name(), Language.names("terraform")), a.nameRange());
                    }
                }
            }
        }
        for (Block inner : b.body().blocks()) {
            nested(inner, diags);
        }
    }

    private void nested(Block inner, Diagnostics diags) {
        switch (inner.type()) {
            case "required_providers" -> requiredProviders(inner.body(), diags);
            case "backend" -> backend(inner, diags);
            default -> {
                if (Language.refuse("terraform." + inner.type(), inner.typeRange(), diags)) {
                    if (inner.type().equals("cloud")) {
                        backendInvalid = true;
                    }
                } else {
                    diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here."
                            + Suggestions.didYouMean(inner.type(), Language.names("terraform")), inner.typeRange());
                }
            }
        }
    }

    private void requiredVersion(Attribute a, Diagnostics diags) {
        String text = statics.string(a, diags);
        if (text == null) {
            return;
        }
        VersionConstraint c;
        try {
            c = VersionConstraint.parse(text);
        } catch (IllegalArgumentException e) {
            diags.error("Invalid required_version constraint", e.getMessage() + ".", a.expr().range());
            return;
        }
        if (!c.allows(LANGUAGE_VERSION)) {
            diags.error("Unsupported Terraform Core version", "This configuration requires Terraform " + c
                    + ", but sslform implements the language of Terraform " + LANGUAGE_VERSION + " (required_version is checked"
                    + " against that version, not sslform's own). Version constraints are normally set for good reason; change"
                    + " the constraint only if the configuration does not depend on a newer language feature.", a.expr().range());
        }
    }

    private void requiredProviders(Body body, Diagnostics diags) {
        for (Block b : body.blocks()) {
            diags.error("Unsupported block type", "Blocks of type \"" + b.type() + "\" are not expected in required_providers;"
                    + " give each provider as name = { source = \"…\", version = \"…\" }.", b.typeRange());
        }
        for (Attribute a : body.attributes()) {
            if (!a.name().equals(schemas.name())) {
                diags.error("Unsupported provider", "This tool manages only the \"" + schemas.name() + "\" provider (" + schemas.source()
                        + "); \"" + a.name() + "\" is not available." + Suggestions.didYouMean(a.name(), List.of(schemas.name())), a.nameRange());
                continue;
            }
            Value v = statics.value(a.expr(), diags);
            String version = null;
            SourceRange versionAt = a.expr().range();
            if (v instanceof StringValue s) {
                version = s.value(); // the legacy form: tencentcloud = "~> 1.82"
            } else if (v instanceof ObjectValue o) {
                for (var e : o.attributes().entrySet()) {
                    switch (e.getKey()) {
                        case "source" -> source(e.getValue(), a.expr().range(), diags);
                        case "version" -> version = e.getValue() instanceof StringValue s ? s.value() : null;
                        case "configuration_aliases" -> Language.refuse("terraform.required_providers.configuration_aliases", a.expr().range(), diags);
                        default -> diags.error("Invalid required_providers object", "required_providers objects can only contain"
                                + " \"version\", \"source\" and \"configuration_aliases\" attributes; \"" + e.getKey() + "\" is not one.",
                                a.expr().range());
                    }
                }
                if (o.attributes().containsKey("version") && version == null) {
                    diags.error("Invalid version constraint", "The version constraint must be a string.", versionAt);
                }
            } else if (v != null && !(v instanceof dev.sslform.plugin.config.value.UnknownValue)) {
                diags.error("Invalid required_providers object", "A provider requirement is an object with \"source\" and \"version\".", a.expr().range());
            }
            if (version != null) {
                checkVersion(version, versionAt, diags);
            }
        }
    }

    private void source(Value v, SourceRange at, Diagnostics diags) {
        String want = schemas.source().toLowerCase(Locale.ROOT);
        String given = v instanceof StringValue s ? s.value().toLowerCase(Locale.ROOT) : null;
        if (given != null && (given.equals(want) || given.equals("registry.terraform.io/" + want))) {
            return;
        }
        diags.error("Unsupported provider source", "sslform implements the provider " + schemas.source() + "; the source \""
                + (v instanceof StringValue s ? s.value() : v) + "\" names another provider.", at);
    }

    private void checkVersion(String text, SourceRange at, Diagnostics diags) {
        VersionConstraint c;
        try {
            c = VersionConstraint.parse(text);
        } catch (IllegalArgumentException e) {
            diags.error("Invalid version constraint", e.getMessage() + ".", at);
            return;
        }
        if (!c.allows(schemas.version())) {
            diags.error("Unsupported provider version", "This configuration requires " + schemas.source() + " " + c + ", but sslform"
                    + " implements version " + schemas.version() + " of that provider, which the constraint does not allow.", at);
        }
    }

    private static String at(SourceRange r) {
        return r.filename() + ":" + r.start().line() + "," + r.start().column();
    }

    private void backend(Block inner, Diagnostics diags) {
        if (inner.labels().size() != 1) {
            diags.error("Missing name for backend", "All backend blocks must have 1 label.", inner.defRange());
            backendInvalid = true;
            return;
        }
        String type = inner.labels().get(0);
        if (!BACKENDS.containsKey(type)) {
            backendInvalid = true;
            diags.error("Unsupported backend type", "sslform keeps state in the \"local\" or \"pg\" backend, not \"" + type + "\"."
                    + Suggestions.didYouMean(type, List.copyOf(BACKENDS.keySet())), inner.labelRanges().get(0));
            return;
        }
        if (backend != null) {
            backendInvalid = true;
            diags.error("Duplicate backend configuration", "A backend was already configured at " + at(backend.declRange())
                    + ". A configuration has at most one backend.", inner.defRange());
            return;
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

    /**
     * The blocks a JSON/YAML object argument stands for: {@code "backend": {"pg": {…}}} is a
     * labelled block, {@code "required_providers": {…}} and {@code "cloud": {…}} unlabelled ones.
     */
    private static List<Block> blocksFromObject(Attribute a, Diagnostics diags) {
        List<Block> out = new ArrayList<>();
        if (!(a.expr() instanceof Expr.ObjectCons o)) {
            diags.error("Invalid " + a.name() + " block", "\"" + a.name() + "\" is a block; in JSON and YAML, write it as an object.", a.expr().range());
            return out;
        }
        boolean labelled = a.name().equals("backend") || a.name().equals("provider_meta");
        if (!labelled) {
            out.add(new Block(a.name(), List.of(), List.of(), body(o), a.nameRange(), a.nameRange(), o.range()));
            return out;
        }
        for (Expr.Item item : o.items()) {
            String label = Statics.traversal(item.key());
            if (label == null && item.key() instanceof Expr.Literal l && l.value() instanceof StringValue s) {
                label = s.value();
            }
            Body inner = item.value() instanceof Expr.ObjectCons io ? body(io) : new Body(List.of(), List.of(), item.value().range());
            out.add(new Block(a.name(), label == null ? List.of() : List.of(label), List.of(item.key().range()), inner, a.nameRange(),
                    item.key().range(), item.value().range()));
        }
        return out;
    }

    private static Body body(Expr.ObjectCons o) {
        List<Attribute> attrs = new ArrayList<>();
        for (Expr.Item item : o.items()) {
            String name = Statics.traversal(item.key());
            if (name == null && item.key() instanceof Expr.Literal l && l.value() instanceof StringValue s) {
                name = s.value();
            }
            if (name != null) {
                attrs.add(new Attribute(name, item.value(), item.key().range(), item.key().range().to(item.value().range())));
            }
        }
        return new Body(attrs, List.of(), o.range());
    }
}
