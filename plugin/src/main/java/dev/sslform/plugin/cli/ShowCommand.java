package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code sslform show}: every object in state, as {@code state show} prints one. */
@Command(name = "show", description = "Show the current state.")
final class ShowCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        State s = backend().read();
        if (s.isEmpty()) {
            out().println("The state file is empty. No resources are represented.");
        }
        boolean first = true;
        for (var a : s.addresses()) {
            if (!first) {
                out().println();
            }
            first = false;
            out().print(StateView.render(a, s.find(a).orElseThrow()));
        }
        out().flush();
        return ExitCode.OK;
    }
}
