package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.State;
import java.util.List;

/** What an apply did: counts for the summary line, errors per object, and the state it left. */
public record ApplyResult(int added, int changed, int destroyed, List<Diagnostic> errors, State state) {
    public ApplyResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
