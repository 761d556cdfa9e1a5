package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;

/**
 * A {@code removed} block: {@code from} as canonical resource address text ({@code type.name}, no
 * instance key, as Terraform 1.9 requires), and {@code destroy}, from its
 * {@code lifecycle { destroy = … }} (true when absent, as Terraform).
 */
public record RemovedBlock(String from, boolean destroy, SourceRange range) {

    /** "main.tf:12,1": where the block is declared, as diagnostics name it. */
    public String declaredAt() {
        return range.filename() + ":" + range.start().line() + "," + range.start().column();
    }
}
