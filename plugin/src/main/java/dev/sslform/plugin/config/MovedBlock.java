package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;

/**
 * A {@code moved} block: {@code from} and {@code to} as canonical address text
 * ({@code type.name}, {@code type.name[0]}, {@code type.name["k"]}), both managed resources of the
 * same type, never equal. {@code range} is where the block is declared.
 */
public record MovedBlock(String from, String to, SourceRange range) {

    /** "main.tf:12,1": where the block is declared, as diagnostics name it. */
    public String declaredAt() {
        return range.filename() + ":" + range.start().line() + "," + range.start().column();
    }
}
