package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code module} blocks into {@link ModuleCall}s: the {@code source} must be a literal
 * local path ({@code ./…}, {@code ../…}), resolved against the calling module's directory, since
 * sslform downloads nothing ({@link ModuleSources} names what else was written); {@code count}
 * and {@code for_each} exclude each other; {@code version} and {@code providers} are refused
 * ({@link Language}); every other argument is an input variable, checked against the child's
 * variables once it is loaded ({@link ChildModules}).
 */
final class ModuleCallDecoder {
    final Map<String, ModuleCall> calls = new LinkedHashMap<>();
    private final Statics statics;
    private final java.nio.file.Path dir;

    ModuleCallDecoder(Statics statics, java.nio.file.Path dir) {
        this.statics = statics;
        this.dir = dir;
    }

    /** Decodes one {@code module "name"} block (its label already checked). */
    void call(Block b, Diagnostics diags) {
        String name = b.labels().get(0);
        String source = null;
        SourceRange sourceRange = b.defRange();
        Expr count = null;
        Expr forEach = null;
        List<String> dependsOn = List.of();
        Map<String, Attribute> args = new LinkedHashMap<>();
        boolean ok = true;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "source" -> {
                    sourceRange = a.expr().range();
                    if (!(a.expr() instanceof Expr.Template t && t.isLiteral())) {
                        diags.error("Variables not allowed", "The module source address must be a literal string: it is read before"
                                + " any variable or local value is known.", a.expr().range());
                        ok = false;
                    } else {
                        source = statics.string(a, diags);
                    }
                }
                case "version" -> {
                    Language.refuse("module.version", a.nameRange(), diags);
                    ok = false;
                }
                case "providers" -> {
                    Language.refuse("module.providers", a.nameRange(), diags);
                    ok = false;
                }
                case "count" -> count = a.expr();
                case "for_each" -> forEach = a.expr();
                case "depends_on" -> dependsOn = Statics.traversals(a, diags);
                default -> args.put(a.name(), a);
            }
        }
        for (Block inner : b.body().blocks()) {
            diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here: a module block"
                    + " takes arguments (its input variables and meta-arguments), not blocks.", inner.typeRange());
            ok = false;
        }
        if (count != null && forEach != null) {
            diags.error("Invalid combination of \"count\" and \"for_each\"",
                    "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive, only one should be used to be explicit about the number of resources to be created.",
                    forEach.range());
            ok = false;
        }
        if (b.body().attribute("source").isEmpty()) {
            diags.error("Missing required argument", "The argument \"source\" is required, but no definition was found.", b.defRange());
            ok = false;
        }
        java.nio.file.Path sourceDir = null;
        if (source != null) {
            if (source.startsWith("./") || source.startsWith("../")) {
                sourceDir = (dir == null ? java.nio.file.Path.of(".") : dir).resolve(source).normalize();
            } else {
                diags.error("Unsupported module source", "sslform supports only local module sources, paths that start with \"./\" or"
                        + " \"../\"; \"" + source + "\" is " + ModuleSources.describe(source) + ", which Terraform would download"
                        + " during init. sslform downloads nothing: copy the module into a directory of this configuration and"
                        + " refer to it by its relative path, such as \"./modules/" + name + "\".", sourceRange);
                ok = false;
            }
        }
        if (calls.containsKey(name)) {
            diags.error("Duplicate module call", "A module call named \"" + name + "\" was already defined at "
                    + ModuleDecoder.at(calls.get(name).declRange()) + ". Module calls must have unique names within a module.", b.defRange());
            return;
        }
        if (ok) {
            calls.put(name, new ModuleCall(name, source, sourceDir, count, forEach, dependsOn, args, b.defRange(), sourceRange));
        }
    }
}
