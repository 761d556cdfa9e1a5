package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.ApplyResult;
import dev.sslform.plugin.plan.UnsavedState;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What apply says and does when it could not write state: the error, what it did and did not
 * start, and, when operations it carried out are missing from the stored state, the recovery
 * block (address, instance, operation and flow id of each) and the unsaved state in
 * {@code errored.tfstate} in the working directory, as Terraform does.
 */
final class StateRecovery {

    static final String ERRORED_FILE = "errored.tfstate";

    private StateRecovery() {
    }

    /**
     * Prints the failure (to stderr, or as diagnostic messages of the machine-readable UI under
     * {@code -json}) and writes errored.tfstate when needed.
     */
    static void report(EngineCommand cmd, ApplyResult result, String location) {
        UnsavedState u = result.unsaved();
        StringBuilder sb = new StringBuilder();
        sb.append("Writing state to ").append(location).append(" failed: ").append(u.error()).append("\n\n")
                .append("sslform records every operation in state before it starts it, so after this failure it started no further")
                .append(" operation; calls already sent were let finish. Done: ").append(result.added()).append(" added, ")
                .append(result.changed()).append(" changed, ").append(result.destroyed()).append(" destroyed.");
        list(sb, "Still running remotely (sslform stopped waiting for them)", result.stillRunning());
        list(sb, "Not started (run apply again once state can be written)", result.notStarted());
        PlanRun.show(cmd, cmd.err(), Diagnostic.error(null, "Failed to save state", sb.toString()));
        if (u.storedOnRetry()) {
            PlanRun.show(cmd, cmd.err(), Diagnostic.error(null, "State written on retry",
                    "A last attempt at the end of the apply stored the state, with every operation above. Run apply again to make"
                            + " the changes that were not started."));
            cmd.err().flush();
            return;
        }
        if (u.operations().isEmpty()) {
            PlanRun.show(cmd, cmd.err(), Diagnostic.error(null, "State not updated",
                    "Nothing done remotely is missing from the stored state (a retry of the write failed, but every operation"
                            + " started is recorded there, at least as requested). Fix the cause and run apply again."));
            cmd.err().flush();
            return;
        }
        Path file = cmd.dir().resolve(ERRORED_FILE);
        String where;
        try {
            State s = u.state().withSerialAndLineage(u.state().serial() + 1, u.state().lineage());
            Files.write(file, StateCodec.encode(s), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            where = "To allow for recovery, the state sslform could not store has been written to the file \"" + ERRORED_FILE
                    + "\" in the current working directory (" + file + ").";
        } catch (IOException | RuntimeException e) {
            where = "The state sslform could not store could not be written to " + file + " either (" + e.getMessage()
                    + "); the list below is the only record of these operations.";
        }
        StringBuilder block = new StringBuilder();
        block.append("The error shown above has prevented sslform from recording these operations in the stored state:\n");
        for (UnsavedState.Operation op : u.operations()) {
            block.append("\n    - ").append(op.describe());
        }
        block.append("\n\n").append(where).append("\n\n")
                .append("Each operation above was recorded as requested before it was sent, so once state can be written again the next")
                .append(" plan or apply reads it back from the API and adopts it instead of sending it twice. If another writer changed")
                .append(" the state meanwhile (a serial conflict), compare that state with ").append(ERRORED_FILE)
                .append(" before storing either; `sslform state push ").append(ERRORED_FILE)
                .append("` stores this one (it checks lineage and serial; -force overrides).");
        PlanRun.show(cmd, cmd.err(), Diagnostic.error(null, "Failed to persist state to backend", block.toString()));
        cmd.err().flush();
    }

    private static void list(StringBuilder sb, String title, List<ResourceAddress> addresses) {
        if (!addresses.isEmpty()) {
            sb.append("\n\n").append(title).append(':');
            addresses.forEach(a -> sb.append("\n    - ").append(a));
        }
    }
}
