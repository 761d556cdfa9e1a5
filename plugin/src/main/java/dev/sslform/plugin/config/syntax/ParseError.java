package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.Diagnostic;

/**
 * Unwinds the recursive-descent parser to the nearest statement boundary, where it is turned
 * back into a diagnostic and parsing resumes. It never escapes {@link HclParser}.
 */
final class ParseError extends RuntimeException {
    private final transient Diagnostic diagnostic;

    ParseError(Diagnostic diagnostic) {
        super(diagnostic.summary(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
