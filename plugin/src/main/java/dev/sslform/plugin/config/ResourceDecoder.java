package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.provider.schema.ProviderSchema;
import dev.sslform.plugin.provider.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decodes a {@code resource} or {@code data} block: address, schema, meta-arguments and the remaining body. */
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
            switch (a.name()) {
                case "count" -> count = a.expr();
                case "for_each" -> forEach = a.expr();
                case "depends_on" -> dependsOn = Statics.traversals(a, diags);
                case "provider" -> {
                    provider = Statics.traversal(a.expr());
                    if (provider == null) {
                        diags.error("Invalid provider reference", "Provider argument requires a provider name followed by an optional alias, like \"tencentcloud.eu\".", a.expr().range());
                    }
                }
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
        for (Block nested : b.body().blocks()) {
            if (nested.type().equals("lifecycle") && mode == ResourceMode.MANAGED) {
                lifecycle = lifecycle(nested, schema, diags);
            } else {
                blocks.add(nested);
            }
        }
        Body body = new Body(rest, blocks, b.body().range());
        return new ResourceConfig(address, b.defRange(), count, forEach, dependsOn, provider, lifecycle, body, schema);
    }

    private Lifecycle lifecycle(Block b, Schema schema, Diagnostics diags) {
        boolean cbd = false;
        boolean prevent = false;
        List<String> ignore = new ArrayList<>();
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "create_before_destroy" -> cbd = statics.bool(a, diags);
                case "prevent_destroy" -> prevent = statics.bool(a, diags);
                case "ignore_changes" -> {
                    if (Statics.traversal(a.expr()) != null && Statics.traversal(a.expr()).equals("all")) {
                        ignore.add("all");
                        continue;
                    }
                    for (String name : Statics.traversals(a, diags)) {
                        if (schema != null && schema.attribute(name).isEmpty()) {
                            diags.error("Unsupported attribute", "This object has no argument, nested block, or exported attribute named \""
                                    + name + "\"." + Suggestions.didYouMean(name, schema.attributes().keySet()), a.expr().range());
                        }
                        ignore.add(name);
                    }
                }
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), List.of("create_before_destroy", "prevent_destroy", "ignore_changes")), a.nameRange());
            }
        }
        return new Lifecycle(cbd, prevent, ignore);
    }
}
