package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.State;
import java.util.List;

/**
 * The result of planning: one {@link ResourceChange} per instance (no-ops included, in address
 * order), what drifted, diagnostics, and the refreshed prior state (vanished instances dropped,
 * remote values read) that apply starts from.
 */
public record Plan(PlanMode mode, List<ResourceChange> changes, List<Drift> drift, List<Diagnostic> diagnostics, State refreshed) {

    public Plan {
        changes = List.copyOf(changes);
        drift = List.copyOf(drift);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** True when apply would change something; pending operations and drift alone do not count. */
    public boolean hasChanges() {
        return changes.stream().anyMatch(ResourceChange::isChange);
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public long toAdd() {
        return count(Action.CREATE) + count(Action.REPLACE);
    }

    public long toChange() {
        return count(Action.UPDATE);
    }

    public long toDestroy() {
        return count(Action.DELETE) + count(Action.REPLACE);
    }
}
