package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Expr;
import java.util.List;
import java.util.Optional;

/** Decodes a {@code precondition}, {@code postcondition} or {@code assert} block: exactly {@code condition} and {@code error_message}. */
final class Conditions {
    private Conditions() {
    }

    static Optional<Condition> decode(Block b, Condition.Kind kind, Diagnostics diags) {
        Expr cond = null;
        Expr msg = null;
        for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
                case "condition" -> cond = a.expr();
                case "error_message" -> msg = a.expr();
                default -> diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + Suggestions.didYouMean(a.name(), List.of("condition", "error_message")), a.nameRange());
            }
        }
        for (Block inner : b.body().blocks()) {
            diags.error("Unsupported block type", "Blocks of type \"" + inner.type() + "\" are not expected here.", inner.typeRange());
        }
        if (cond == null || msg == null) {
            diags.error("Missing required argument", "A " + kind.block() + " block needs both \"condition\" and \"error_message\".", b.defRange());
            return Optional.empty();
        }
        return Optional.of(new Condition(kind, cond, msg, b.defRange()));
    }
}
