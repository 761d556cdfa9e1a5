package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code removed} blocks, applied to the prior state (after the moves) before
 * planning. {@code destroy = false} takes every instance of the resource out of the state the
 * plan starts from, so nothing is refreshed, planned or called for it, and apply writes state
 * without it ("will no longer be managed"). {@code destroy = true} needs nothing here: a resource
 * in state and not in the configuration is planned for destruction anyway. Either way, the
 * resource must no longer be declared.
 */
public final class Removals {

    /** The prior state without the forgotten objects, the forgotten objects' attributes by address, and what went wrong. */
    public record Result(State state, Map<ResourceAddress, Map<String, Object>> forgotten, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Removals() {
    }

    public static Result apply(List<RemovedStatement> statements, State prior, DesiredConfig config, List<? extends dev.sslform.plugin.state.Targetable> targets) {
        List<Diagnostic> diags = new ArrayList<>();
        for (RemovedStatement s : statements) {
            String declared = s.from() instanceof ResourceAddress r ? config.lifecycle(r).declaredAt()
                    : config.moduleDeclaredAt((dev.sslform.plugin.state.ModulePath) s.from());
            if (declared != null) {
                diags.add(Diagnostic.error(null, "Removed resource still exists", "The removed block at " + s.declaredAt()
                        + " declares that " + s.from() + " was removed, but it is still declared in configuration at " + declared
                        + ".\n\nRemove the " + (s.from() instanceof ResourceAddress ? "resource" : "module") + " block, or remove the removed block."));
            }
        }
        if (diags.stream().anyMatch(Diagnostic::isError)) {
            return new Result(prior, Map.of(), diags);
        }
        State state = prior;
        Map<ResourceAddress, Map<String, Object>> forgotten = new LinkedHashMap<>();
        for (RemovedStatement s : statements) {
            if (s.destroy()) {
                continue;
            }
            for (ResourceAddress a : prior.addresses()) {
                if (s.covers(a) && Planner.targeted(targets, a)) {
                    forgotten.put(a, prior.find(a).orElseThrow().attributes());
                    state = state.without(a);
                }
            }
        }
        if (!forgotten.isEmpty()) {
            StringBuilder sb = new StringBuilder("If you apply this plan, sslform will discard its tracking information for the following"
                    + " objects, but it will not delete them (no API call is made):");
            forgotten.keySet().forEach(a -> sb.append("\n - ").append(a));
            sb.append("\n\nAfter applying this plan, sslform will no longer manage these objects. You will need to import them into"
                    + " sslform to manage them again.");
            diags.add(Diagnostic.warning(null, "Some objects will no longer be managed by sslform", sb.toString()));
        }
        return new Result(state, forgotten, diags);
    }
}
