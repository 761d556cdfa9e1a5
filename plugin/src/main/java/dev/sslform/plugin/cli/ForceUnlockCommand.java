package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.StateBackend;
import dev.sslform.plugin.state.StateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform force-unlock [-force] LOCK_ID}: removes a state lock whose holder is gone, as
 * Terraform's force-unlock does, after asking for "yes" unless -force. The backend removes only
 * the lock with that ID, and the PostgreSQL backend only once the holder's session has ended.
 */
@Command(name = "force-unlock", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {"Manually unlock the state for the defined configuration.%n",
                "This will not modify your infrastructure. It removes the lock on the state (the local file, or the pg backend's"
                        + " workspace) when its ID is LOCK_ID, as the lock error shows it. A pg lock held by a live session cannot be"
                        + " removed: the error names the session.%n"})
final class ForceUnlockCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Option(names = "-force", description = "Don't ask for input for unlock confirmation.")
    boolean force;

    @Parameters(index = "0", paramLabel = "LOCK_ID", description = "The ID of the lock to remove.")
    String lockId;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        if (lockId.isBlank()) {
            throw new ParameterException(spec.commandLine(), "LOCK_ID must not be empty");
        }
        // Accepted as by every state command, and checked, though force-unlock never waits for a lock.
        lockTimeout();
        // The backend first: a configuration that names no usable backend fails before asking.
        StateBackend backend = backend();
        if (!confirm(force, Confirmation.ofForceUnlock())) {
            return ExitCodes.ERROR;
        }
        try {
            backend.forceUnlock(lockId);
        } catch (StateException e) {
            return refuse("Failed to unlock state", e.getMessage());
        }
        out().println("sslform state has been successfully unlocked!");
        out().println();
        out().println("The state has been unlocked, and sslform commands should now be able to");
        out().println("obtain a new lock on the remote state.");
        out().flush();
        return ExitCodes.OK;
    }
}
