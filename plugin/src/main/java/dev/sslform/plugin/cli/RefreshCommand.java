package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform refresh}: Terraform's deprecated alias of {@code apply -refresh-only
 * -auto-approve}. Reads every object in state, writes what it found into state without asking,
 * changes nothing remotely, and prints only the refresh lines and the outputs, as
 * {@code terraform refresh} does; with {@code -json}, the refresh messages and {@code outputs}.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Update the state to match remote objects (as apply -refresh-only -auto-approve; prefer that, as Terraform advises).")
final class RefreshCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Mixin
    OperationOptions ops;

    @Option(names = "-json", description = "Stream the machine-readable UI: one JSON message per line, as Terraform's -json.")
    boolean json;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        if (json) {
            jsonUi = JsonUi.open(out(), env().clock());
        }
        ops.validate();
        return PlanRun.run(this, new RunOptions(PlanMode.REFRESH_ONLY, true, true, false, ops.parallelism, ops.targets, null, json, null));
    }
}
