package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decodes an {@code import} block as Terraform 1.9 does (configs/import.go): {@code to} (a
 * managed resource of this module or, after a module path with constant keys, of a module instance, with an index that may use {@code each.key} and
 * {@code each.value} when the block has {@code for_each}), {@code id} (any expression; it may not
 * refer to the resource being imported) and {@code for_each}. What can only be known by
 * evaluating (the for_each value, the id, the key) is {@link ImportExpander}'s.
 */
final class ImportDecoder {

    private static final Pattern MODULE_STEP = Pattern.compile("module\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\[(\\d+|\"[^\"]*\")\\])?\\.");
    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*\\.[A-Za-z_][A-Za-z0-9_-]*");
    static final String STATIC_KEY = "A single static variable reference is required: only attribute access and indexing with constant keys."
            + " No calculations, function calls, template expressions, etc are allowed here.";

    private ImportDecoder() {
    }

    /** The block, or null after reporting what is wrong with it. */
    static ImportBlock decode(Block b, Diagnostics diags) {
        if (!b.labels().isEmpty()) {
            diags.error("Extraneous label for import", "No labels are expected for import blocks.", b.labelRanges().get(0));
            return null;
        }
        for (Block inner : b.body().blocks()) {
            diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here.", inner.typeRange());
        }
        boolean ok = b.body().blocks().isEmpty();
        Expr to = null;
        Expr id = null;
        Expr forEach = null;
        String provider = null;
        SourceRange providerRange = null;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "to" -> to = unwrapJson(a.expr(), diags);
                case "id" -> id = a.expr();
                case "for_each" -> forEach = a.expr();
                case "provider" -> {
                    provider = ResourceDecoder.providerReference(a, diags);
                    providerRange = a.expr().range();
                    ok &= provider != null;
                }
                default -> {
                    ok = false;
                    if (!Language.refuse("import." + a.name(), a.nameRange(), diags)) {
                        diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
                    }
                }
            }
        }
        for (String required : new String[] {"to", "id"}) {
            if (b.body().attribute(required).isEmpty()) {
                diags.error("Missing required argument", "The argument \"" + required + "\" is required, but no definition was found.",
                        b.defRange());
                ok = false;
            }
        }
        if (to == null || id == null) {
            return null;
        }
        Expr base = to instanceof Expr.Index i ? i.collection() : to;
        Expr key = to instanceof Expr.Index i ? i.key() : null;
        String text = RefactoringDecoder.text(base);
        // A module path in front (module.a["k"].module.b.): its keys are constants, as in Terraform.
        ModuleAddress module = ModuleAddress.ROOT;
        java.util.regex.Matcher step = MODULE_STEP.matcher(text == null ? "" : text);
        int at = 0;
        while (text != null && step.region(at, text.length()).lookingAt()) {
            String k = step.group(2);
            InstanceKey stepKey = k == null ? InstanceKey.NONE
                    : k.startsWith("\"") ? new InstanceKey.Key(k.substring(1, k.length() - 1)) : new InstanceKey.Index(Integer.parseInt(k));
            module = module.child(step.group(1), stepKey);
            at = step.end();
        }
        String local = text == null ? null : text.substring(at);
        if (local != null && local.startsWith("data.")) {
            diags.error("Invalid import address", "Only managed resources can be imported.", to.range());
            return null;
        }
        if (local == null || !RESOURCE.matcher(local).matches()) {
            diags.error("Invalid address", "A single static reference to a resource or resource instance is required"
                    + " (type.name, type.name[0], type.name[\"key\"], or type.name[each.key] with for_each), optionally after a"
                    + " module path with constant keys (module.NAME[KEY].).", to.range());
            return null;
        }
        Address resource = new Address(module, ResourceMode.MANAGED, local.substring(0, local.indexOf('.')), local.substring(local.indexOf('.') + 1));
        if (key != null) {
            ok &= forEach == null ? constantKey(key, diags) : keyExpression(key, diags);
        }
        for (References.Ref r : References.of(id)) {
            if (r.names().size() >= 2 && r.names().get(0).equals(resource.type()) && r.names().get(1).equals(resource.name())) {
                diags.error("Invalid import id argument", "The import ID cannot reference the resource being imported.", r.range());
                ok = false;
            }
        }
        return ok ? new ImportBlock(resource, key, to, id, forEach, b.defRange(), provider, providerRange) : null;
    }

    /** The JSON syntax writes {@code to} as a string holding an HCL expression. */
    private static Expr unwrapJson(Expr e, Diagnostics diags) {
        if (e instanceof Expr.Template t && t.isLiteral() && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof StringValue s) {
            return HclParser.parseExpression(e.range().filename(), s.value(), diags);
        }
        return e;
    }

    /** Without for_each the index must be a constant: a string or a whole number. */
    private static boolean constantKey(Expr key, Diagnostics diags) {
        Expr k = key instanceof Expr.Template t && t.isLiteral() && t.parts().size() == 1 ? t.parts().get(0) : key;
        if (k instanceof Expr.Literal l && (l.value() instanceof StringValue
                || l.value() instanceof NumberValue n && n.isInteger())) {
            return true;
        }
        diags.error("Invalid expression", STATIC_KEY, key.range());
        return false;
    }

    /** With for_each the index may refer to each.key and each.value only, and call no function (Terraform evaluates it with nothing else). */
    private static boolean keyExpression(Expr key, Diagnostics diags) {
        boolean ok = true;
        for (Expr call : calls(key)) {
            diags.error("Function calls not allowed", "Functions may not be called here.", call.range());
            ok = false;
        }
        for (References.Ref r : References.of(key)) {
            if (!r.names().get(0).equals("each")) {
                diags.error("Unknown variable", "There is no variable named \"" + r.names().get(0) + "\". Only \"each.key\" and \"each.value\""
                        + " can be used in import address index expressions.", r.range());
                ok = false;
            }
        }
        return ok;
    }

    private static List<Expr> calls(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Call) {
            out.add(e);
        }
        References.children(e).forEach(c -> out.addAll(calls(c)));
        return out;
    }
}
