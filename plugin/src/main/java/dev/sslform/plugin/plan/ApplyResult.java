package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.util.List;

/**
 * What an apply did: counts for the summary line, errors per object, the state it left, and after
 * an interrupt what still runs remotely (recorded as pending) and what was never started; after a
 * failed state write, {@code unsaved} (null otherwise): the error, the state that could not be
 * stored and the operations the stored state lacks.
 */
public record ApplyResult(int added, int changed, int destroyed, List<Diagnostic> errors, State state,
                          List<ResourceAddress> stillRunning, List<ResourceAddress> notStarted, UnsavedState unsaved) {
    public ApplyResult {
        errors = List.copyOf(errors);
        stillRunning = List.copyOf(stillRunning);
        notStarted = List.copyOf(notStarted);
    }

    public ApplyResult(int added, int changed, int destroyed, List<Diagnostic> errors, State state) {
        this(added, changed, destroyed, errors, state, List.of(), List.of(), null);
    }

    public ApplyResult(int added, int changed, int destroyed, List<Diagnostic> errors, State state,
                       List<ResourceAddress> stillRunning, List<ResourceAddress> notStarted) {
        this(added, changed, destroyed, errors, state, stillRunning, notStarted, null);
    }

    /** True when everything planned was done and stored: no error, no interrupt, no failed state write. */
    public boolean ok() {
        return errors.isEmpty() && !interrupted() && unsaved == null;
    }

    /** True when a state write failed during the apply, so it stopped starting operations. */
    public boolean stateFailed() {
        return unsaved != null;
    }

    /** True when an interrupt left operations running remotely or not started. */
    public boolean interrupted() {
        return !stillRunning.isEmpty() || !notStarted.isEmpty();
    }
}
