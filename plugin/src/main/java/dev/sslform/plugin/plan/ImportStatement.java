package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;

/** One {@code import} block as the planner uses it: import remote object {@code id} at {@code to} unless something is there already. */
public record ImportStatement(ResourceAddress to, String id, String declaredAt) {
}
