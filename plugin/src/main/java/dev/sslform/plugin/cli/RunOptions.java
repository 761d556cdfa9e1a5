package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.PlanMode;
import java.nio.file.Path;
import java.util.List;

/**
 * What plan, apply and destroy asked for: the mode, whether to apply, approval, exit-code style,
 * parallelism, targets, and for plan where to save it and whether to print JSON; for apply a
 * saved plan file to apply instead of planning.
 */
record RunOptions(PlanMode mode, boolean apply, boolean autoApprove, boolean detailedExitCode, int parallelism,
                  List<String> targets, Path out, boolean json, Path planFile) {

    RunOptions {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    static RunOptions of(PlanMode mode, boolean apply, boolean autoApprove, boolean detailedExitCode) {
        return new RunOptions(mode, apply, autoApprove, detailedExitCode, dev.sslform.plugin.plan.Planner.DEFAULT_PARALLELISM,
                List.of(), null, false, null);
    }
}
