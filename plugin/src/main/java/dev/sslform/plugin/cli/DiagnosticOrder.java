package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders diagnostics for display: those without a place first (command-line problems), then by
 * file and position, so output reads top to bottom whatever order the checks ran in.
 */
final class DiagnosticOrder {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.subject() == null ? "" : d.subject().filename())
            .thenComparingInt(d -> d.subject() == null ? -1 : d.subject().start().byteOffset());

    private DiagnosticOrder() {
    }

    static Diagnostics sorted(Diagnostics in) {
        List<Diagnostic> all = new ArrayList<>(in.asList());
        all.sort(ORDER);
        return new Diagnostics().addAll(all);
    }
}
