package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ModulePath;
import dev.sslform.plugin.state.ModuleStep;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.Targetable;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code moved} block as the planner uses it, between two resources or two modules. For
 * resources: when neither address has an instance key the whole resource moves, every instance
 * keeping its key; otherwise it moves one instance (an address without key then means the
 * unkeyed instance), as Terraform unifies move endpoints. For modules ({@code module.a} →
 * {@code module.b}): when neither last step has a key every instance of the call moves, keeping
 * its key; otherwise one module instance moves; either way with everything inside it.
 * {@code declaredAt} is "file:line,column".
 */
public record MoveStatement(Targetable from, Targetable to, String declaredAt) {

    public MoveStatement {
        if ((from instanceof ModulePath) != (to instanceof ModulePath)) {
            throw new IllegalArgumentException("a move is between two resources or two modules: " + from + " → " + to);
        }
    }

    /** Both endpoints are resources without instance key. */
    public boolean wholeResource() {
        return from instanceof ResourceAddress f && to instanceof ResourceAddress t && f.key() == IndexKey.NONE && t.key() == IndexKey.NONE;
    }

    /** Both endpoints are modules. */
    public boolean moduleMove() {
        return from instanceof ModulePath;
    }

    /** Both endpoints are module calls without instance key: every instance moves, keeping its key. */
    public boolean wholeModuleCall() {
        return from instanceof ModulePath f && to instanceof ModulePath t && f.last().key() == IndexKey.NONE && t.last().key() == IndexKey.NONE;
    }

    /** The resource endpoint {@code from}; only for a resource move. */
    public ResourceAddress fromResource() {
        return (ResourceAddress) from;
    }

    /** Where this statement moves the object at {@code a}, or null when it does not apply to it. */
    public ResourceAddress target(ResourceAddress a) {
        if (from instanceof ModulePath f && to instanceof ModulePath t) {
            ModulePath m = a.module();
            if (wholeModuleCall()) {
                if (!f.targetsModule(m)) {
                    return null;
                }
                List<ModuleStep> steps = new ArrayList<>(t.steps().subList(0, t.steps().size() - 1));
                steps.add(new ModuleStep(t.last().name(), m.steps().get(f.steps().size() - 1).key()));
                steps.addAll(m.steps().subList(f.steps().size(), m.steps().size()));
                return a.inModule(new ModulePath(steps));
            }
            return f.contains(m) ? a.inModule(m.rebase(f, t)) : null;
        }
        ResourceAddress f = (ResourceAddress) from;
        ResourceAddress t = (ResourceAddress) to;
        if (wholeResource()) {
            return a.resource().equals(f) ? t.withKey(a.key()) : null;
        }
        return a.equals(f) ? t : null;
    }

    @Override
    public String toString() {
        return "moved from " + from + " to " + to + " (" + declaredAt + ")";
    }
}
