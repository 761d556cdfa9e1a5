package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decodes {@code moved} and {@code removed} blocks (Terraform's refactoring statements), and
 * {@code import} blocks through {@link ImportDecoder}. Addresses are static references to managed
 * resources or their instances, with an optional module path in front
 * ({@code module.a["k"].type.name}); {@code moved} and {@code removed} may also name a module
 * ({@code module.a}, {@code module.a[0]}). A data source cannot be moved.
 */
final class RefactoringDecoder {

    private static final String STEP = "module\\.[A-Za-z_][A-Za-z0-9_-]*(\\[(\\d+|\"[^\"]*\")\\])?";
    private static final Pattern ADDRESS = Pattern.compile("(" + STEP + "\\.)*[A-Za-z_][A-Za-z0-9_-]*\\.[A-Za-z_][A-Za-z0-9_-]*(\\[(\\d+|\"[^\"]*\")\\])?");
    private static final Pattern MODULE = Pattern.compile(STEP + "(\\." + STEP + ")*");

    final List<MovedBlock> moved = new ArrayList<>();
    final List<RemovedBlock> removed = new ArrayList<>();
    final List<ImportBlock> imports = new ArrayList<>();

    void importBlock(Block b, Diagnostics diags) {
        ImportBlock i = ImportDecoder.decode(b, diags);
        if (i != null) {
            imports.add(i);
        }
    }

    void removed(Block b, Diagnostics diags) {
        if (!b.labels().isEmpty()) {
            diags.error("Extraneous label for removed", "No labels are expected for removed blocks.", b.labelRanges().get(0));
            return;
        }
        String from = null;
        for (Attribute a : b.body().attributes()) {
            if (a.name().equals("from")) {
                from = address(a, true, diags);
                if (from != null && from.contains("[")) {
                    String local = from.replaceFirst("^(" + STEP + "\\.)*", "");
                    String modulePart = isModule(from) ? from : from.substring(0, from.length() - local.length());
                    if (modulePart.contains("[")) {
                        diags.error("Module instance keys not allowed", "The \"from\" address must be a module call (e.g. \"module.foo\") or"
                                + " a resource in one (e.g. \"module.foo.test_instance.bar\"), not a module instance (e.g. \"module.foo[1]\").",
                                a.expr().range());
                    } else {
                        diags.error("Resource instance keys not allowed", "Resource address must be a resource (e.g. \"test_instance.foo\"), not"
                                + " a resource instance (e.g. \"test_instance.foo[1]\").", a.expr().range());
                    }
                    from = null;
                }
            } else {
                diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
            }
        }
        if (b.body().attribute("from").isEmpty()) {
            diags.error("Missing required argument", "The argument \"from\" is required, but no definition was found.", b.defRange());
        }
        boolean destroy = true;
        boolean ok = true;
        for (Block inner : b.body().blocks()) {
            if (!inner.type().equals("lifecycle")) {
                if (!Language.refuse("removed." + inner.type(), inner.typeRange(), diags)) {
                    diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here.", inner.typeRange());
                }
                ok = false;
                continue;
            }
            for (Block nested : inner.body().blocks()) {
                diags.error("Unsupported block type", "Blocks of type \"" + nested.type() + "\" are not expected here.", nested.typeRange());
                ok = false;
            }
            for (Attribute a : inner.body().attributes()) {
                if (!a.name().equals("destroy")) {
                    diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here: a removed block's"
                            + " lifecycle takes only \"destroy\".", a.nameRange());
                    ok = false;
                } else if (a.expr() instanceof Expr.Literal l && l.value() instanceof dev.sslform.plugin.config.value.BoolValue v) {
                    destroy = v.value();
                } else {
                    diags.error("Invalid expression", "\"destroy\" must be the literal true or false.", a.expr().range());
                    ok = false;
                }
            }
        }
        if (from != null && ok) {
            removed.add(new RemovedBlock(from, destroy, b.defRange()));
        }
    }

    void moved(Block b, Diagnostics diags) {
        if (!b.labels().isEmpty()) {
            diags.error("Extraneous label for moved", "No labels are expected for moved blocks.", b.labelRanges().get(0));
            return;
        }
        for (Block inner : b.body().blocks()) {
            diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here.", inner.typeRange());
        }
        String from = null;
        String to = null;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "from" -> from = address(a, true, diags);
                case "to" -> to = address(a, true, diags);
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
            }
        }
        for (String required : new String[] {"from", "to"}) {
            if (b.body().attribute(required).isEmpty()) {
                diags.error("Missing required argument", "The argument \"" + required + "\" is required, but no definition was found.",
                        b.defRange());
            }
        }
        if (from == null || to == null) {
            return;
        }
        SourceRange at = b.body().attribute("to").get().expr().range();
        if (isModule(from) != isModule(to)) {
            diags.error("Invalid \"moved\" addresses", "The \"from\" and \"to\" addresses must both refer to resources or both to"
                    + " modules: " + from + " cannot move to " + to + ".", at);
            return;
        }
        String fromLocal = from.replaceFirst("^(" + STEP + "\\.)*", "");
        String toLocal = to.replaceFirst("^(" + STEP + "\\.)*", "");
        String fromType = isModule(from) ? "" : fromLocal.substring(0, fromLocal.indexOf('.'));
        String toType = isModule(to) ? "" : toLocal.substring(0, toLocal.indexOf('.'));
        if (!fromType.equals(toType)) {
            diags.error("Resource type mismatch", "This statement declares a move from " + from + " to " + to
                    + ", which is a resource of a different type.", at);
            return;
        }
        if (from.equals(to)) {
            diags.error("Redundant move statement", "This statement declares a move from " + from
                    + " to the same address, which is the same as not declaring this move at all.", b.defRange());
            return;
        }
        moved.add(new MovedBlock(from, to, b.defRange()));
    }

    /** Whether the text of a checked address (from {@link #address}) names a module rather than a resource. */
    static boolean isModule(String text) {
        return MODULE.matcher(text).matches();
    }

    /** The canonical text of a static resource (instance) address, or null after reporting why not. */
    private static String address(Attribute a, Diagnostics diags) {
        return address(a, false, diags);
    }

    /** As {@link #address(Attribute, Diagnostics)}; with {@code modules}, a module address ({@code module.a[0]}) is fine too. */
    private static String address(Attribute a, boolean modules, Diagnostics diags) {
        String text = text(a.expr());
        if (text != null && MODULE.matcher(text).matches()) {
            if (modules) {
                return text;
            }
            diags.error("Invalid address", "A resource instance address is required here (module.NAME.TYPE.NAME[KEY]), not a module.",
                    a.expr().range());
            return null;
        }
        if (text != null && text.replaceFirst("^(" + STEP + "\\.)*", "").startsWith("data.")) {
            diags.error("Invalid \"moved\" address", "Data sources cannot be moved: they have no state that belongs to an address."
                    + " Only managed resources can be the \"" + a.name() + "\" of a moved block.", a.expr().range());
            return null;
        }
        if (text == null || !ADDRESS.matcher(text).matches()) {
            diags.error("Invalid address", "A single static reference to a resource or resource instance is required"
                    + " (type.name, type.name[0] or type.name[\"key\"], optionally after a module path such as module.NAME[KEY].)"
                    + (modules ? ", or to a module (module.NAME, module.NAME[KEY])" : "")
                    + ": no calculations, function calls or splats.", a.expr().range());
            return null;
        }
        return text;
    }

    /** The canonical text of a static traversal with constant keys ({@code module.a["k"].type.name}), or null. */
    static String text(Expr e) {
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        if (e instanceof Expr.GetAttr g) {
            String base = text(g.object());
            return base == null ? null : base + "." + g.name();
        }
        if (e instanceof Expr.Index i) {
            String base = text(i.collection());
            if (base == null) {
                return null;
            }
            Expr k = i.key() instanceof Expr.Template t && t.isLiteral() && t.parts().size() == 1 ? t.parts().get(0) : i.key();
            if (k instanceof Expr.Literal l && l.value() instanceof NumberValue n) {
                try {
                    return base + "[" + n.value().toBigIntegerExact() + "]";
                } catch (ArithmeticException notWhole) {
                    return null;
                }
            }
            if (k instanceof Expr.Literal l && l.value() instanceof StringValue s) {
                return base + "[\"" + s.value() + "\"]";
            }
            return null;
        }
        // The JSON syntax writes the reference as a string.
        if (e instanceof Expr.Template t && t.isLiteral() && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof StringValue s) {
            return s.value();
        }
        return null;
    }
}
