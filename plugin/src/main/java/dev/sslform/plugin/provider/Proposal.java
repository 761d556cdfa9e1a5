package dev.sslform.plugin.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource's answer to "what would apply do": the planned state ({@link Values#UNKNOWN} where
 * only apply can tell), the attributes whose change forces replacement, reasons to show next to
 * the change (a renewal's "certificate expires in 12 days (…)"), notes that are not changes
 * (a pending operation), and diagnostics.
 */
public record Proposal(Map<String, Object> planned, Set<String> requiresReplace, List<String> reasons,
                       List<String> notes, List<Diagnostic> diagnostics) {

    public Proposal {
        requiresReplace = Set.copyOf(requiresReplace);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
