package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.ApplyResult;
import dev.sslform.plugin.plan.Applier;
import dev.sslform.plugin.plan.DesiredConfig;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.PlanText;
import dev.sslform.plugin.plan.Planner;
import dev.sslform.plugin.plan.Providers;
import dev.sslform.plugin.plan.RemoteCheck;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.StateBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shared body of plan, apply and destroy: load the configuration, lock and read state, plan,
 * print (and save, with {@code -out}); then, for apply and destroy, confirm and apply under the
 * same lock. {@link #applySaved} applies a plan file instead, after checking it still fits.
 */
final class PlanRun {

    private PlanRun() {
    }

    /** Runs the command; {@code apply} false = plan only. Returns the exit code. */
    static int run(EngineCommand cmd, RunOptions o) {
        if (o.planFile() != null) {
            return applySaved(cmd, o);
        }
        PlanMode mode = o.mode();
        boolean apply = o.apply();
        if (!OperationOptions.refresh(cmd) && mode == PlanMode.REFRESH_ONLY) {
            return refuse(cmd, "Incompatible refresh options", "It doesn't make sense to use -refresh-only at the same time as"
                    + " -refresh=false, because sslform would have nothing to do.");
        }
        ConfigSource config = cmd.config();
        if (config == null) {
            return ExitCodes.ERROR;
        }
        Providers providers = cmd.providers(config.providers());
        StateBackend backend = cmd.backend();
        String op = !apply ? "OperationTypePlan" : mode == PlanMode.DESTROY ? "OperationTypeDestroy" : "OperationTypeApply";
        try (Lock lock = backend.lock(LockRequest.of(op, cmd.lockTimeout()))) {
            staleLockWarning(cmd, lock);
            State prior = backend.read();
            List<dev.sslform.plugin.state.Targetable> targets = o.targets().stream().map(dev.sslform.plugin.state.Targetable::parse).toList();
            Providers remote = providers.fresh();
            JsonUiHooks hooks = cmd.jsonUi == null ? null : new JsonUiHooks(cmd.jsonUi, cmd.env().clock());
            Plan plan = new Planner(providers, o.parallelism()).targeting(targets).refreshing(OperationOptions.refresh(cmd)).plan(mode == PlanMode.DESTROY ? DesiredConfig.destroying(config) : config,
                    prior, mode, hooks != null ? hooks.planProgress() : SensitiveIds.hiding(cmd::line, config::sensitiveAttributes), remote);
            plan = ReplaceRequests.apply(plan, OperationOptions.replace(cmd));
            if (hooks != null) {
                hooks.planned(plan);
            }
            // Refresh-only leaves outputs as they are; destroy removes them, as Terraform does.
            Map<String, ConfigSource.OutputValue> outputs = mode == PlanMode.NORMAL ? config.outputs(knownAfter(plan)) : Map.of();
            if (mode == PlanMode.NORMAL && !plan.hasErrors()) {
                plan = withDiagnostics(plan, config.conditionDiagnostics(plannedAfter(plan))); // postconditions, output preconditions, checks
            }
            SavedPlan saved = new SavedPlan(plan, prior.lineage(), prior.serial(), config.fingerprint(), outputs, o.targets(),
                    ProviderBinding.forPlanAll(config.providers(), cmd.env().env()), cmd.env().clock().instant(), config.sensitiveAttributes())
                    .withChecks(config.conditionOutcomes().isEmpty() ? null : ChecksJson.of(config.conditionOutcomes()));
            cmd.laterConfigDiagnostics();
            if (cmd.jsonUi != null && (config.diagnostics().hasErrors() || plan.hasErrors())) {
                JsonUiPlan.diagnostics(cmd.jsonUi, plan);
                return ExitCodes.ERROR;
            }
            if (config.diagnostics().hasErrors() || plan.hasErrors()) {
                // An error in the configuration found while planning (an import id unknown at plan time) is the
                // configuration's, not the plan's: the plan must still not claim "No changes", as Terraform's does not.
                Plan shown = plan.hasErrors() ? plan : plan.withDiagnostics(java.util.stream.Stream.concat(plan.diagnostics().stream(),
                        java.util.stream.Stream.of(dev.sslform.plugin.provider.Diagnostic.error(null, "Invalid configuration", ""))).toList());
                cmd.out().print(PlanText.renderWithoutDiagnostics(shown, saved.sensitive()));
                cmd.out().flush();
                cmd.show(plan.diagnostics());
                return ExitCodes.ERROR;
            }
            boolean changes = mode == PlanMode.REFRESH_ONLY ? !plan.drift().isEmpty()
                    : plan.hasChanges() || OutputChanges.any(outputs, prior);
            if (cmd.jsonUi != null) {
                if (!(cmd instanceof RefreshCommand)) {
                    JsonUiPlan.plan(cmd.jsonUi, plan, prior, outputs, cmd.env().clock().instant());
                } else {
                    JsonUiPlan.diagnostics(cmd.jsonUi, plan);
                }
            } else if (cmd instanceof RefreshCommand) {
                cmd.show(plan.diagnostics());
            } else {
                cmd.out().print(PlanText.renderWithoutDiagnostics(plan, saved.sensitive())
                        + (mode == PlanMode.REFRESH_ONLY ? "" : OutputChanges.text(outputs, prior)));
                cmd.out().flush();
                cmd.show(plan.diagnostics());
            }
            cmd.out().flush();
            if (!apply) {
                if (o.out() != null) {
                    Path file = cmd.resolve(o.out());
                    saved.write(file);
                    if (cmd.jsonUi != null) {
                        return o.detailedExitCode() && changes ? ExitCodes.CHANGES : ExitCodes.OK;
                    }
                    cmd.out().printf("%nSaved the plan to: %s%n%nTo perform exactly these actions, run the following command to apply:%n"
                            + "    sslform apply \"%s\"%n", o.out(), o.out());
                    cmd.out().flush();
                }
                return o.detailedExitCode() && changes ? ExitCodes.CHANGES : ExitCodes.OK;
            }
            if (changes) {
                String what = mode == PlanMode.DESTROY ? "Destroy" : "Apply";
                String question = mode == PlanMode.DESTROY ? "Do you really want to destroy all resources?"
                        : mode == PlanMode.REFRESH_ONLY ? "Would you like to update the sslform state to reflect these detected changes?"
                        : "Do you want to perform these actions?";
                if (!cmd.confirm(o.autoApprove(), Confirmation.ofPlan(question, what))) {
                    return ExitCodes.ERROR;
                }
            }
            try (AutoCloseable release = cmd.env().interruption().onAbort(lock::close)) {
                return applyPlan(cmd, o, providers, remote, backend, plan, prior, outputs, config);
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        }
    }

    /**
     * {@code apply FILE}: refuses a file that is not a plan, is of a newer format, was made from
     * another configuration, from another state (lineage or serial moved on: "Saved plan is
     * stale"), or whose planned instances' live SSL state changed since; otherwise applies
     * exactly the saved plan, without asking.
     */
    static int applySaved(EngineCommand cmd, RunOptions o) {
        if (!cmd.vars.isEmpty()) {
            return refuse(cmd, "Can't set variables when applying a saved plan",
                    "The -var and -var-file options cannot be used when applying a saved plan file, because a saved plan includes"
                            + " the values it was made with (sslform applies it with the provider settings recorded in it).");
        }
        if (!OperationOptions.refresh(cmd) || !OperationOptions.replace(cmd).isEmpty()) {
            return refuse(cmd, "Can't set planning options when applying a saved plan", "-refresh=false and -replace choose how a plan is made;"
                    + " a saved plan was made already. Give it to sslform plan -out instead.");
        }
        Path file = cmd.resolve(o.planFile());
        SavedPlan saved;
        try {
            saved = SavedPlan.read(file);
        } catch (SavedPlan.Refused e) {
            return refuse(cmd, "Failed to load the saved plan", e.getMessage());
        }
        // Loaded only to compare its files with the plan's and for today's credentials: a saved plan
        // carries the values it was made with, so it needs no variables (an unset one is no error here).
        ConfigSource config = ConfigSource.load(cmd.dir(), List.of(), cmd.env().env());
        cmd.locateIn(config);
        if (!Objects.equals(saved.configFingerprint(), config.fingerprint())) {
            return refuse(cmd, "Saved plan is for a different configuration",
                    "Plan file " + o.planFile() + " was made from other configuration files than those in this directory"
                            + " (they were changed, or this is another configuration). Run sslform plan -out again.");
        }
        // Bound to the plan: the provider settings it was made with, not today's variables.
        Providers providers = cmd.providers(ProviderBinding.forApplyAll(saved.providers(), config.providers()));
        StateBackend backend = cmd.backend();
        String op = saved.plan().mode() == PlanMode.DESTROY ? "OperationTypeDestroy" : "OperationTypeApply";
        try (Lock lock = backend.lock(LockRequest.of(op, cmd.lockTimeout()))) {
            staleLockWarning(cmd, lock);
            State prior = backend.read();
            if (!Objects.equals(saved.lineage(), prior.lineage()) || saved.serial() != prior.serial()) {
                return refuse(cmd, "Saved plan is stale",
                        "The state changed since this plan was made (lineage " + saved.lineage() + " serial " + saved.serial()
                                + ", now lineage " + prior.lineage() + " serial " + prior.serial()
                                + "). Run sslform plan -out again to see what it would do now.");
            }
            Providers remote = providers.fresh();
            List<String> changed = RemoteCheck.changes(remote, saved.plan().observed(), saved.plan().changedInstances(),
                    o.parallelism());
            if (!changed.isEmpty()) {
                return refuse(cmd, "Saved plan is stale",
                        "The live SSL state of planned instances changed since this plan was made:\n    - " + String.join("\n    - ", changed)
                                + "\n\n  Run sslform plan -out again to see what it would do now.");
            }
            try (AutoCloseable release = cmd.env().interruption().onAbort(lock::close)) {
                return applyPlan(cmd, o, providers, remote, backend, saved.plan(), prior, saved.outputs(), null);
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        }
    }

    /**
     * The managed resources whose planned values are all known, by address: what outputs may be
     * evaluated from at plan time. A resource with nothing to do (or only a pending operation)
     * keeps its refreshed attributes, so an output that reads it is known and shows no change.
     */
    static Map<ResourceAddress, Map<String, Object>> knownAfter(Plan plan) {
        Map<ResourceAddress, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (var c : plan.changes()) {
            if (c.after() != null && c.after().values().stream().noneMatch(v -> v == dev.sslform.plugin.provider.Values.UNKNOWN)) {
                out.put(c.address(), c.after());
            }
        }
        return out;
    }

    /** Every planned object's values (unknowns included), by address: what postconditions and checks see at plan time. */
    static Map<ResourceAddress, Map<String, Object>> plannedAfter(Plan plan) {
        Map<ResourceAddress, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (var c : plan.changes()) {
            if (c.after() != null) {
                out.put(c.address(), c.after());
            }
        }
        return out;
    }

    /** Every managed resource's attributes in {@code state}, by address: what outputs read after an apply. */
    static Map<ResourceAddress, Map<String, Object>> attributes(State state) {
        Map<ResourceAddress, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (ResourceAddress a : state.addresses()) {
            state.find(a).ifPresent(i -> out.put(a, i.attributes()));
        }
        return out;
    }

    /**
     * {@code remote} holds what the plan (or the saved plan's check) read; {@code config}, when
     * given, re-evaluates the outputs from the state the apply wrote.
     */
    private static int applyPlan(EngineCommand cmd, RunOptions o, Providers provider, Providers remote, StateBackend backend,
                                 Plan plan, State prior, Map<String, ConfigSource.OutputValue> planned, ConfigSource config) {
        if (cmd.env().interruption().stopRequested()) {
            return refuse(cmd, "Operation interrupted", "Interrupted before apply started: nothing was changed.");
        }
        JsonUi ui = cmd.jsonUi;
        ApplyResult result = new Applier(provider, backend, cmd.env().clock(), o.parallelism())
                .interruptedBy(cmd.env().interruption())
                .hookedBy(ui == null ? dev.sslform.plugin.plan.ApplyHook.NONE : new JsonUiHooks(ui, cmd.env().clock()))
                .apply(plan, prior, ui == null ? SensitiveIds.hiding(cmd::line, config == null ? () -> dev.sslform.plugin.plan.SensitiveAttributes.NONE
                        : config::sensitiveAttributes) : line -> { }, remote);
        Map<String, ConfigSource.OutputValue> outputs = config == null || plan.mode() != PlanMode.NORMAL ? planned
                : config.outputs(attributes(result.state()));
        // Postconditions left unknown at plan time, and checks, are evaluated again on what apply made.
        List<Diagnostic> afterApply = config == null || plan.mode() != PlanMode.NORMAL ? List.of() : config.conditionDiagnostics(attributes(result.state()));
        if (!result.stateFailed() && plan.mode() != PlanMode.REFRESH_ONLY && OutputChanges.any(outputs, result.state())) {
            backend.write(OutputChanges.store(result.state(), outputs));
        }
        cmd.show(result.errors());
        cmd.show(afterApply);
        if (plan.diagnostics().stream().anyMatch(d -> d.summary().equals(Planner.targetingWarning().summary()))) {
            show(cmd, cmd.out(), Diagnostic.warning(null, "Applied changes may be incomplete",
                    "The plan was created with the -target option in effect, so some changes requested in the configuration may have"
                            + " been ignored and the output values may not be fully updated. Run the following command to verify that"
                            + " no other changes are pending:\n      sslform plan\n\n  Note that the -target option is not suitable for"
                            + " routine use, and is provided only for exceptional situations such as recovering from errors or mistakes,"
                            + " or when sslform specifically suggests to use it as part of an error message."));
        }
        if (result.stateFailed()) {
            StateRecovery.report(cmd, result, backend.location());
        } else if (result.interrupted()) {
            StringBuilder sb = new StringBuilder("Apply stopped after an interrupt. Done: " + result.added() + " added, " + result.changed()
                    + " changed, " + result.destroyed() + " destroyed; " + result.errors().size() + " failed; "
                    + result.stillRunning().size() + " still running remotely; " + result.notStarted().size() + " not started."
                    + " State is written.");
            if (!result.stillRunning().isEmpty()) {
                sb.append("\n\n  Still running remotely (recorded as pending in state; the next plan recognizes them and sends nothing again):");
                result.stillRunning().forEach(a -> sb.append("\n    - ").append(a));
            }
            if (!result.notStarted().isEmpty()) {
                sb.append("\n\n  Not started (run apply again to make these changes):");
                result.notStarted().forEach(a -> sb.append("\n    - ").append(a));
            }
            show(cmd, cmd.err(), Diagnostic.error(null, "Operation interrupted", sb.toString()));
        }
        cmd.err().flush();
        if (!result.ok() || afterApply.stream().anyMatch(Diagnostic::isError)) {
            return ExitCodes.ERROR;
        }
        if (ui != null) {
            JsonUiPlan.applied(ui, plan, result, outputs, cmd instanceof RefreshCommand);
        } else if (cmd instanceof RefreshCommand) {
            cmd.out().print(OutputChanges.printed(JsonUiPlan.stateOutputs(result.state())));
        } else if (plan.mode() == PlanMode.DESTROY) {
            cmd.out().printf("%nDestroy complete! Resources: %d destroyed.%n", result.destroyed());
        } else {
            cmd.out().printf("%nApply complete! Resources: %s%d added, %d changed, %d destroyed%s.%n",
                    plan.imported().isEmpty() ? "" : plan.imported().size() + " imported, ", result.added(), result.changed(),
                    result.destroyed(), plan.forgotten().isEmpty() ? "" : ", " + plan.forgotten().size() + " forgotten");
            cmd.out().print(OutputChanges.printed(outputs));
        }
        cmd.out().flush();
        return ExitCodes.OK;
    }

    /** {@code plan} with {@code more} diagnostics added (conditions evaluated on the planned values). */
    static Plan withDiagnostics(Plan plan, List<Diagnostic> more) {
        if (more.isEmpty()) {
            return plan;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(plan.diagnostics());
        all.addAll(more);
        return plan.withDiagnostics(all);
    }

    static void staleLockWarning(EngineCommand cmd, Lock lock) {
        lock.replacedStale().ifPresent(old -> {
            Diagnostic d = Diagnostic.warning(null, "Replaced a stale state lock",
                    "The state was locked by a process that no longer runs on this host (lock ID " + old.id() + ", " + old.info()
                            + ", created " + old.created() + "). It was probably killed during " + old.operation() + "; its lock was removed.");
            cmd.show(List.of(d));
        });
    }

    /** {@code d} as a diagnostic message of the machine-readable UI under {@code -json}, else rendered (errors on stderr, warnings on stdout). */
    static void show(EngineCommand cmd, java.io.PrintWriter text, Diagnostic d) {
        cmd.show(List.of(d));
    }

    private static int refuse(EngineCommand cmd, String summary, String detail) {
        return cmd.refuse(summary, detail);
    }
}
