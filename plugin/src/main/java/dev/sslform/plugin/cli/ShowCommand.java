package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanText;
import dev.sslform.plugin.state.State;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform show [-json] [FILE]}: without FILE, every object in state (as {@code state show}
 * prints one; with -json, Terraform's JSON state values); with a plan FILE saved by
 * {@code plan -out}, that plan as text or, with -json, in Terraform's JSON plan format.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Show the current state, or a plan saved with plan -out.")
final class ShowCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Option(names = "-json", description = "Print Terraform's JSON format: the JSON plan for a plan FILE, the state's values otherwise.")
    boolean json;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A plan saved with plan -out.")
    Path planFile;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        if (planFile != null) {
            SavedPlan saved;
            try {
                saved = SavedPlan.read(resolve(planFile));
            } catch (SavedPlan.Refused e) {
                return refuse("Failed to load the saved plan", e.getMessage());
            }
            State prior = saved.plan().refreshed();
            out().print(json ? PlanJson.render(saved, prior)
                    : PlanText.renderWithoutDiagnostics(saved.plan(), saved.sensitive()) + OutputChanges.text(saved.outputs(), prior));
            if (!json) {
                out().flush();
                show(saved.plan().diagnostics()); // the plan's warnings, as every diagnostic is shown
            }
            out().flush();
            return ExitCodes.OK;
        }
        State s = backend().read();
        if (json) {
            out().print(PlanJson.renderState(s));
            out().flush();
            return ExitCodes.OK;
        }
        if (s.isEmpty()) {
            out().println("The state file is empty. No resources are represented.");
        }
        var sensitive = s.isEmpty() ? dev.sslform.plugin.plan.SensitiveAttributes.NONE : SensitiveState.of(this);
        boolean first = true;
        for (var a : s.addresses()) {
            if (!first) {
                out().println();
            }
            first = false;
            out().print(StateView.render(a, s.find(a).orElseThrow(), sensitive.of(a)));
        }
        out().flush();
        return ExitCodes.OK;
    }
}
