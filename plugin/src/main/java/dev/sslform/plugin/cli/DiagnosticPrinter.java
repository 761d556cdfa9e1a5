package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Severity;
import dev.sslform.plugin.config.diag.SourceRange;
import java.util.Map;

/**
 * Renders a diagnostic for a terminal the way Terraform does: severity and summary, the place as
 * {@code file:line:col}, the source line with a caret under the range, then the detail.
 * Colour (ANSI) only when asked for.
 */
final class DiagnosticPrinter {
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String GREEN = "\u001b[32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final Map<String, String> sources;
    private final boolean color;

    DiagnosticPrinter(Map<String, String> sources, boolean color) {
        this.sources = sources;
        this.color = color;
    }

    String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder("\n");
        boolean error = d.severity() == Severity.ERROR;
        String label = error ? "Error: " : "Warning: ";
        sb.append(color ? (error ? RED : YELLOW) + label + RESET + BOLD + d.summary() + RESET : label + d.summary()).append("\n");
        SourceRange r = d.subject();
        if (r != null && sources.containsKey(r.filename())) {
            String line = Snippets.line(sources.get(r.filename()), r.start().line());
            sb.append("\n  on ").append(r.filename()).append(':').append(r.start().line()).append(':').append(r.start().column()).append(":\n");
            if (line != null) {
                String gutter = String.format("%4d: ", r.start().line());
                sb.append(gutter).append(line).append("\n");
                sb.append(" ".repeat(gutter.length())).append(Snippets.caret(line, r)).append("\n");
            }
        }
        if (d.detail() != null && !d.detail().isEmpty()) {
            sb.append("\n").append(d.detail()).append("\n");
        }
        return sb.toString();
    }

    String success(String message) {
        return color ? GREEN + BOLD + message + RESET : message;
    }
}
