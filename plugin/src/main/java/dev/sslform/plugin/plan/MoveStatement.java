package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;

/**
 * One {@code moved} block as the planner uses it. When neither address has an instance key the
 * whole resource moves, every instance keeping its key; otherwise it moves one instance (an
 * address without key then means the unkeyed instance), as Terraform unifies move endpoints.
 * {@code declaredAt} is "file:line,column".
 */
public record MoveStatement(ResourceAddress from, ResourceAddress to, String declaredAt) {

    public boolean wholeResource() {
        return from.key() == IndexKey.NONE && to.key() == IndexKey.NONE;
    }

    /** Where this statement moves the object at {@code a}, or null when it does not apply to it. */
    public ResourceAddress target(ResourceAddress a) {
        if (wholeResource()) {
            return a.resource().equals(from) ? to.withKey(a.key()) : null;
        }
        return a.equals(from) ? to : null;
    }

    @Override
    public String toString() {
        return "moved from " + from + " to " + to + " (" + declaredAt + ")";
    }
}
