package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.schema.ProviderSchema;
import dev.sslform.plugin.config.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a {@code resource} or {@code data} block: address, schema, meta-arguments, the
 * lifecycle block and the remaining body. Meta-arguments and nested language blocks that
 * {@link Language} refuses are reported here.
 */
final class ResourceDecoder {
    static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "provider");

    private final ProviderSchema schemas;
    private final Statics statics;

    ResourceDecoder(ProviderSchema schemas, Statics statics) {
        this.schemas = schemas;
        this.statics = statics;
    }

    ResourceConfig decode(Block b, ResourceMode mode, Diagnostics diags) {
        String kind = mode == ResourceMode.DATA ? "data" : "resource";
        if (b.labels().size() != 2) {
            diags.error("Missing name for " + kind, "All " + kind + " blocks must have 2 labels (type, name).", b.defRange());
            return null;
        }
        Address address = new Address(mode, b.labels().get(0), b.labels().get(1));
        Schema schema = (mode == ResourceMode.DATA ? schemas.dataSource(address.type()) : schemas.resource(address.type())).orElse(null);
        if (schema == null) {
            Set<String> known = mode == ResourceMode.DATA ? schemas.dataSources().keySet() : schemas.resources().keySet();
            String what = mode == ResourceMode.DATA ? "data source" : "resource type";
            diags.error("Invalid " + what, "The provider " + schemas.name() + " does not support " + what + " \""
                    + address.type() + "\"." + Suggestions.didYouMean(address.type(), known)
                    + " Supported: " + String.join(", ", known) + ".", b.labelRanges().get(0));
        }
        Expr count = null;
        Expr forEach = null;
        List<String> dependsOn = List.of();
        String provider = null;
        List<Attribute> rest = new ArrayList<>();
        for (Attribute a : b.body().attributes()) {
            if (META_ARGUMENTS.contains(a.name()) && Language.refuse(kind + "." + a.name(), a.nameRange(), diags)) {
                continue;
            }
            switch (a.name()) {
                case "count" -> count = a.expr();
                case "for_each" -> forEach = a.expr();
                case "depends_on" -> dependsOn = Statics.traversals(a, diags);
                case "provider" -> provider = providerReference(a, diags);
                default -> rest.add(a);
            }
        }
        if (count != null && forEach != null) {
            diags.error("Invalid combination of \"count\" and \"for_each\"",
                    "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive, only one should be used to be explicit about the number of resources to be created.",
                    forEach.range());
        }
        Lifecycle lifecycle = Lifecycle.DEFAULT;
        List<Block> blocks = new ArrayList<>();
        boolean seenLifecycle = false;
        for (Block nested : b.body().blocks()) {
            if (nested.type().equals("lifecycle")) {
                if (seenLifecycle) {
                    diags.error("Duplicate lifecycle block", "Only one lifecycle block is allowed in a " + kind + " block.", nested.defRange());
                    continue;
                }
                seenLifecycle = true;
                lifecycle = lifecycle(nested, mode, schema, diags);
            } else if (schema == null || schema.block(nested.type()).isEmpty()) {
                if (!Language.refuse(kind + "." + nested.type(), nested.typeRange(), diags)) {
                    blocks.add(nested);
                }
            } else {
                blocks.add(nested);
            }
        }
        Body body = new Body(rest, blocks, b.body().range());
        return new ResourceConfig(address, b.defRange(), count, forEach, dependsOn, provider, lifecycle, body, schema, null);
    }

    /**
     * A {@code provider} argument (resources, data sources, import blocks): a reference to a
     * provider configuration, {@code tencentcloud} or {@code tencentcloud.ALIAS}, returned as that
     * text; null (reported) when it is not one. As Terraform (configs.decodeProviderConfigRef), a
     * quoted reference is an error in native syntax; in JSON and YAML the string is the reference.
     */
    static String providerReference(Attribute a, Diagnostics diags) {
        Expr e = a.expr();
        boolean quoted = e instanceof Expr.Template;
        String text = Statics.traversal(e);
        String file = e.range().filename() == null ? "" : e.range().filename();
        boolean jsonSyntax = file.endsWith(".json") || file.endsWith(".yaml") || file.endsWith(".yml");
        if (quoted && !jsonSyntax) {
            diags.error("Invalid provider configuration reference", "A provider configuration reference must not be given in quotes.", e.range());
            return null;
        }
        if (text == null || !text.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?")) {
            diags.error("Invalid provider configuration reference", "The " + a.name() + " argument requires a provider type name,"
                    + " optionally followed by a period and then a configuration alias.", e.range());
            return null;
        }
        return text;
    }

    private Lifecycle lifecycle(Block b, ResourceMode mode, Schema schema, Diagnostics diags) {
        String where = (mode == ResourceMode.DATA ? "data" : "resource") + ".lifecycle";
        boolean prevent = false;
        List<String> ignore = new ArrayList<>();
        for (Attribute a : b.body().attributes()) {
            if (Language.refuse(where + "." + a.name(), a.nameRange(), diags)) {
                continue;
            }
            if (mode == ResourceMode.DATA || !Language.find(where + "." + a.name()).isPresent()) {
                diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), Language.names(where)), a.nameRange());
                continue;
            }
            switch (a.name()) {
                case "prevent_destroy" -> prevent = statics.bool(a, diags);
                case "ignore_changes" -> ignore.addAll(ignoreChanges(a, schema, diags));
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
            }
        }
        List<Condition> pre = new ArrayList<>();
        List<Condition> post = new ArrayList<>();
        for (Block inner : b.body().blocks()) {
            switch (inner.type()) {
                case "precondition" -> Conditions.decode(inner, Condition.Kind.PRECONDITION, diags).ifPresent(pre::add);
                case "postcondition" -> Conditions.decode(inner, Condition.Kind.POSTCONDITION, diags).ifPresent(post::add);
                default -> diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here."
                        + Suggestions.didYouMean(inner.type(), List.of("precondition", "postcondition")), inner.typeRange());
            }
        }
        return new Lifecycle(prevent, ignore, pre, post);
    }

    /** ignore_changes = all (a keyword, or "all" in JSON), or a list of the resource's argument names. */
    private static List<String> ignoreChanges(Attribute a, Schema schema, Diagnostics diags) {
        String single = Statics.traversal(a.expr());
        if ("all".equals(single)) {
            return List.of("all");
        }
        List<String> out = new ArrayList<>();
        for (String name : Statics.traversals(a, diags)) {
            if (name.equals("all")) {
                diags.error("Invalid ignore_changes wildcard", "The [\"all\"] form of ignore_changes wildcard is not supported. Use ignore_changes = all to ignore changes to all attributes.", a.expr().range());
                continue;
            }
            if (schema != null && schema.attribute(name).isEmpty()) {
                diags.error("Unsupported attribute", "This object has no argument, nested block, or exported attribute named \""
                        + name + "\"." + Suggestions.didYouMean(name, schema.attributes().keySet()), a.expr().range());
                continue;
            }
            if (schema != null && !schema.attribute(name).get().mode().configurable()) {
                diags.warning("Redundant ignore_changes element", "Adding an attribute name to ignore_changes tells sslform to ignore future"
                        + " changes to the argument in configuration after the object has been created; \"" + name
                        + "\" is decided by the provider alone, so there is nothing to ignore.", a.expr().range());
                continue;
            }
            out.add(name);
        }
        return out;
    }
}
