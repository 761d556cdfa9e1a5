package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform destroy}: stop managing every object in state. SSL is left as it is on each
 * instance unless its {@code disable_on_destroy} is true.
 */
@Command(name = "destroy", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Destroy (stop managing) every object in state.")
final class DestroyCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Mixin
    OperationOptions ops;

    @Option(names = "-auto-approve", description = "Skip the interactive approval.")
    boolean autoApprove;

    @Option(names = "-json", description = "Stream the machine-readable UI: one JSON message per line, as Terraform's -json (the JSON plan document is show -json FILE). Needs -auto-approve.")
    boolean json;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        if (json) {
            jsonUi = JsonUi.open(out(), env().clock());
            if (!autoApprove) {
                return JsonUi.approvalRequired(jsonUi);
            }
        }
        ops.validate();
        return PlanRun.run(this, new RunOptions(PlanMode.DESTROY, true, autoApprove, false, ops.parallelism, ops.targets, null, json, null));
    }
}
