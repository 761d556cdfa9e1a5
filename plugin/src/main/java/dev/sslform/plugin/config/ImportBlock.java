package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;

/**
 * An {@code import} block: {@code to} as canonical resource instance address text and {@code id}
 * the remote object's id (a literal string); {@code provider} the provider configuration the
 * block names ({@code tencentcloud.sh}), null when it names none, and {@code providerRange} where.
 * {@code range} is where the block is declared.
 */
public record ImportBlock(String to, String id, SourceRange range, String provider, SourceRange providerRange) {

    public ImportBlock(String to, String id, SourceRange range) {
        this(to, id, range, null, null);
    }

    /** "main.tf:12,1": where the block is declared, as diagnostics name it. */
    public String declaredAt() {
        return range.filename() + ":" + range.start().line() + "," + range.start().column();
    }
}
