package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an apply could not store: the error of its last write attempt, the state it holds in
 * memory (for {@code errored.tfstate}), and the operations it carried out that the stored state
 * does not know of. Empty {@link #operations} means nothing done remotely is missing from state;
 * {@code storedOnRetry} says the final retry stored everything after a write failed mid-apply.
 */
public record UnsavedState(String error, State state, List<Operation> operations, boolean storedOnRetry) {

    public UnsavedState {
        operations = List.copyOf(operations);
    }

    /**
     * One object whose stored state lags behind what was done to it: its address, instance, and
     * what the apply knows of it now ({@code operation}/{@code flowId} for an operation that is
     * still running, null when it finished or the object was removed).
     */
    public record Operation(ResourceAddress address, String instanceId, String operation, Long flowId, String encryption,
                            boolean removed) {

        /** One line for the recovery block. */
        public String describe() {
            StringBuilder sb = new StringBuilder(address.toString()).append("  instance ").append(instanceId == null ? "?" : instanceId);
            if (removed) {
                sb.append("  removed from state");
            } else if (operation != null) {
                sb.append("  ").append(operation).append(flowId == null ? " (flow id not known)" : " flow " + flowId)
                        .append(" pending");
            } else if (encryption != null) {
                sb.append("  encryption = \"").append(encryption).append('"');
            }
            return sb.toString();
        }
    }

    /** The objects in {@code touched} whose entry in {@code current} differs from {@code stored}. */
    static List<Operation> between(State stored, State current, Set<ResourceAddress> touched) {
        List<Operation> out = new ArrayList<>();
        for (ResourceAddress a : touched) {
            ResourceInstanceState was = stored.find(a).orElse(null);
            ResourceInstanceState now = current.find(a).orElse(null);
            if (Objects.equals(was == null ? null : was.attributes(), now == null ? null : now.attributes())) {
                continue;
            }
            Map<String, Object> attrs = now != null ? now.attributes() : was.attributes();
            Object id = attrs.get("instance_id");
            Object pending = now == null ? null : attrs.get("pending");
            String op = null;
            Long flow = null;
            if (pending instanceof Map<?, ?> p) {
                op = p.get("operation") == null ? null : String.valueOf(p.get("operation"));
                flow = p.get("flow_id") instanceof Number n ? n.longValue() : null;
            }
            Object enc = now == null ? null : attrs.get("encryption");
            out.add(new Operation(a, id == null ? null : String.valueOf(id), op, flow, enc == null ? null : String.valueOf(enc), now == null));
        }
        out.sort(Comparator.comparing(o -> o.address().toString()));
        return out;
    }
}
