package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.util.List;

/**
 * What an apply did: counts for the summary line, errors per object, the state it left, and after
 * an interrupt what still runs remotely (recorded as pending) and what was never started.
 */
public record ApplyResult(int added, int changed, int destroyed, List<Diagnostic> errors, State state,
                          List<ResourceAddress> stillRunning, List<ResourceAddress> notStarted) {
    public ApplyResult {
        errors = List.copyOf(errors);
        stillRunning = List.copyOf(stillRunning);
        notStarted = List.copyOf(notStarted);
    }

    public ApplyResult(int added, int changed, int destroyed, List<Diagnostic> errors, State state) {
        this(added, changed, destroyed, errors, state, List.of(), List.of());
    }

    /** True when everything planned was done: no error and no interrupt. */
    public boolean ok() {
        return errors.isEmpty() && !interrupted();
    }

    /** True when an interrupt left operations running remotely or not started. */
    public boolean interrupted() {
        return !stillRunning.isEmpty() || !notStarted.isEmpty();
    }
}
