package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;

/**
 * An {@code import} block as declared, not yet evaluated: {@code resource} is the managed
 * resource {@code to} names, {@code key} the expression in its brackets (null when {@code to} has
 * no index; without {@code for_each} it is a constant), {@code to} the whole target expression,
 * {@code id} the expression of the remote object's id, and {@code forEach} the block's
 * {@code for_each} (null when absent). {@code provider} is the provider configuration the block
 * names ({@code tencentcloud.sh}; null when it names none) and {@code providerRange} where;
 * {@code range} is where the block is declared.
 * {@link ConfigEvaluator#imports} expands it into {@link ImportInstance}s.
 */
public record ImportBlock(Address resource, Expr key, Expr to, Expr id, Expr forEach, SourceRange range, String provider,
                          SourceRange providerRange) {

    /** "main.tf:12,1": where the block is declared, as diagnostics name it. */
    public String declaredAt() {
        return range.filename() + ":" + range.start().line() + "," + range.start().column();
    }
}
