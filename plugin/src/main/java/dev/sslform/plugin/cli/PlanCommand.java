package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sslform plan}: show what apply would change. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Show the changes required by the current configuration.")
final class PlanCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Mixin
    OperationOptions ops;

    @Option(names = "-detailed-exitcode", description = "Exit 0 when there are no changes, 1 on error, 2 when there are changes.")
    boolean detailedExitCode;

    @Option(names = "-out", paramLabel = "FILE", description = "Write the plan to FILE, to apply exactly it later with: sslform apply FILE.")
    java.nio.file.Path out;

    @Option(names = "-json", description = "Stream the machine-readable UI: one JSON message per line, as Terraform's -json (the JSON plan document is show -json FILE).")
    boolean json;

    @Option(names = "-destroy", description = "Plan to destroy every object in state.")
    boolean destroy;

    @Option(names = "-refresh-only", description = "Only refresh: show (plan) or accept into state (apply) changes made outside sslform; change nothing remotely.")
    boolean refreshOnly;

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
        return PlanRun.run(this, new RunOptions(destroy ? PlanMode.DESTROY : refreshOnly ? PlanMode.REFRESH_ONLY : PlanMode.NORMAL, false, false, detailedExitCode, ops.parallelism, ops.targets, out, json, null));
    }
}
