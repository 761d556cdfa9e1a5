package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sslform apply}: plan, show, confirm, apply. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Create or update objects to match the configuration.")
final class ApplyCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Mixin
    OperationOptions ops;

    @Option(names = "-auto-approve", description = "Skip the interactive approval of the plan.")
    boolean autoApprove;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A plan saved with plan -out: apply exactly it, without asking, unless the state or the planned instances changed since.")
    java.nio.file.Path planFile;

    @Option(names = "-json", description = "Stream the machine-readable UI: one JSON message per line, as Terraform's -json (the JSON plan document is show -json FILE). Needs -auto-approve or a plan FILE.")
    boolean json;

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
            if (planFile == null && !autoApprove) {
                return JsonUi.approvalRequired(jsonUi);
            }
        }
        ops.validate();
        return PlanRun.run(this, new RunOptions(refreshOnly ? PlanMode.REFRESH_ONLY : PlanMode.NORMAL, true, autoApprove, false, ops.parallelism, ops.targets, null, json, planFile));
    }
}
