package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -compact-warnings}, as Terraform: when there are warnings and no errors, each warning is
 * one line ("- summary", with where it is from), followed by how to see them in full; with errors
 * everything is shown in full, since a warning may explain the error.
 */
final class CompactWarnings {

    private CompactWarnings() {
    }

    /** The plan's text, its warnings compacted when {@code -compact-warnings} was given and the plan has no errors. */
    static String render(EngineCommand cmd, Plan plan, dev.sslform.plugin.plan.SensitiveAttributes sensitive) {
        if (!cmd.compactWarnings || plan.hasErrors() || plan.diagnostics().isEmpty()) {
            return PlanText.render(plan, sensitive);
        }
        Plan quiet = plan.withDiagnostics(List.of());
        return PlanText.render(quiet, sensitive) + text(plan.diagnostics().stream().map(d -> new Line(d.summary(), d.address())).toList());
    }

    /** One warning: its summary and where it is from (an address or file:line), or null. */
    record Line(String summary, String where) {
    }

    /** Terraform's compact block: warnings with the same summary are one line, counting where they occur. */
    static String text(List<Line> warnings) {
        Map<String, List<String>> bySummary = new LinkedHashMap<>();
        warnings.forEach(w -> bySummary.computeIfAbsent(w.summary(), k -> new ArrayList<>()).add(w.where()));
        StringBuilder sb = new StringBuilder("\nWarnings:\n\n");
        bySummary.forEach((summary, wheres) -> {
            sb.append("- ").append(summary).append('\n');
            List<String> known = wheres.stream().filter(java.util.Objects::nonNull).toList();
            if (!known.isEmpty()) {
                sb.append("  on ").append(known.get(0)).append(known.size() > 1 ? " (and " + (known.size() - 1) + " more)" : "").append('\n');
            } else if (wheres.size() > 1) {
                sb.append("  (").append(wheres.size()).append(" occurences of this warning)\n");
            }
        });
        return sb.append("\nTo see the full warning notes, run sslform without -compact-warnings.\n").toString();
    }
}
