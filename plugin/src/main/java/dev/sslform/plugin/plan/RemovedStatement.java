package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;

/**
 * One {@code removed} block as the planner uses it: every instance of resource {@code from}
 * (an address without key) is destroyed ({@code destroy}, the default) or only forgotten from
 * state, with no API call. {@code declaredAt} is "file:line,column".
 */
public record RemovedStatement(ResourceAddress from, boolean destroy, String declaredAt) {
}
