package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ModulePath;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.Targetable;

/**
 * One {@code removed} block as the planner uses it: every instance of resource {@code from}
 * (an address without key), or every resource instance in every instance of module call
 * {@code from} ({@code module.x}, no keys), is destroyed ({@code destroy}, the default) or only
 * forgotten from state, with no API call. {@code declaredAt} is "file:line,column".
 */
public record RemovedStatement(Targetable from, boolean destroy, String declaredAt) {

    /** Whether the statement covers the object at {@code a}. */
    public boolean covers(ResourceAddress a) {
        if (from instanceof ModulePath m) {
            // A module call: every instance, whatever the keys along the path.
            if (a.module().steps().size() < m.steps().size()) {
                return false;
            }
            for (int i = 0; i < m.steps().size(); i++) {
                if (!m.steps().get(i).name().equals(a.module().steps().get(i).name())) {
                    return false;
                }
            }
            return true;
        }
        return a.resource().equals(from);
    }
}
