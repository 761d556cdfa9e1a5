package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Expr;

/**
 * A custom condition as written: a {@code precondition} or {@code postcondition} in a lifecycle
 * block, an output's {@code precondition}, or a check block's {@code assert}. {@code condition}
 * must be true; otherwise {@code errorMessage} is reported. {@code range} is the block's.
 */
public record Condition(Kind kind, Expr condition, Expr errorMessage, SourceRange range) {
    /** Which block it came from; the block type as written. */
    public enum Kind {
        PRECONDITION("precondition"), POSTCONDITION("postcondition"), ASSERT("assert");

        private final String block;

        Kind(String block) {
            this.block = block;
        }

        public String block() {
            return block;
        }
    }
}
