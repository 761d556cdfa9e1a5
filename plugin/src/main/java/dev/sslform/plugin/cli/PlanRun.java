package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.ApplyResult;
import dev.sslform.plugin.plan.Applier;
import dev.sslform.plugin.plan.DesiredConfig;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.PlanText;
import dev.sslform.plugin.plan.Planner;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import java.util.List;

/**
 * The shared body of plan, apply and destroy: load the configuration, lock and read state, plan,
 * print; then, for apply and destroy, confirm and apply under the same lock.
 */
final class PlanRun {

    private PlanRun() {
    }

    /** Runs the command; {@code apply} false = plan only. Returns the exit code. */
    static int run(EngineCommand cmd, RunOptions o) {
        PlanMode mode = o.mode();
        boolean apply = o.apply();
        ConfigSource config = cmd.config();
        if (config == null) {
            return ExitCode.ERROR;
        }
        TencentCloudProvider provider = cmd.provider(config.provider());
        StateBackend backend = cmd.backend();
        String op = !apply ? "OperationTypePlan" : mode == PlanMode.DESTROY ? "OperationTypeDestroy" : "OperationTypeApply";
        try (Lock lock = backend.lock(LockRequest.of(op, cmd.lockTimeout()))) {
            State prior = backend.read();
            Plan plan = new Planner(provider, o.parallelism()).plan(mode == PlanMode.DESTROY ? DesiredConfig.of(List.of()) : config,
                    prior, mode, line -> cmd.line(line));
            String text = PlanText.render(plan);
            cmd.out().print(text);
            cmd.out().flush();
            if (config.diagnostics().hasErrors() || plan.hasErrors()) {
                printErrorsToErr(cmd, plan);
                return ExitCode.ERROR;
            }
            if (!apply) {
                return o.detailedExitCode() && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
            }
            if (plan.hasChanges()) {
                String what = mode == PlanMode.DESTROY ? "Destroy" : "Apply";
                String question = mode == PlanMode.DESTROY ? "Do you really want to destroy all resources?" : "Do you want to perform these actions?";
                if (!cmd.confirm(o.autoApprove(), question, what)) {
                    return ExitCode.ERROR;
                }
            }
            ApplyResult result = new Applier(provider, backend, cmd.env().clock(), o.parallelism()).apply(plan, prior, cmd::line);
            for (Diagnostic d : result.errors()) {
                cmd.err().print(PlanText.diagnostic(d));
            }
            cmd.err().flush();
            if (!result.ok()) {
                return ExitCode.ERROR;
            }
            if (mode == PlanMode.DESTROY) {
                cmd.out().printf("%nDestroy complete! Resources: %d destroyed.%n", result.destroyed());
            } else {
                cmd.out().printf("%nApply complete! Resources: %d added, %d changed, %d destroyed.%n", result.added(), result.changed(),
                        result.destroyed());
            }
            cmd.out().flush();
            return ExitCode.OK;
        }
    }

    private static void printErrorsToErr(EngineCommand cmd, Plan plan) {
        // Errors are already in the rendered plan text on stdout; a one-line pointer on stderr helps CI logs.
        long n = plan.diagnostics().stream().filter(Diagnostic::isError).count();
        if (n > 0) {
            cmd.err().println("sslform: " + n + (n == 1 ? " error" : " errors") + " while planning; see above.");
            cmd.err().flush();
        }
    }
}
