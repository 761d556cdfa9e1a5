package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateCodec;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform state pull}: prints the current workspace's state, in Terraform's v4 JSON, from
 * whichever backend holds it (local file or PostgreSQL). Prints nothing when no state was ever
 * written, as Terraform.
 */
@Command(name = "pull", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Print the state (Terraform's JSON format) from the configured backend to stdout.")
final class StatePullCommand extends EngineCommand {

    @ParentCommand
    StateCommand parent;

    @Override
    EngineRoot root() {
        return parent.parent;
    }

    @Override
    int execute() {
        State s = backend().read();
        if (s.lineage() != null) {
            out().print(new String(StateCodec.encode(s), StandardCharsets.UTF_8));
        }
        out().flush();
        return ExitCodes.OK;
    }
}
