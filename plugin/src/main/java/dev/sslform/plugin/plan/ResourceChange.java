package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planned change of one resource instance: its action, the state before (null for a create)
 * and after (null for a delete; {@link dev.sslform.plugin.provider.Values#UNKNOWN} where only apply
 * can tell), the attributes forcing replacement, reasons shown with it, and notes that are not
 * changes (an operation pending in the maintenance window).
 */
public record ResourceChange(ResourceAddress address, String type, Action action, Map<String, Object> before,
                             Map<String, Object> after, Set<String> requiresReplace, List<String> reasons, List<String> notes) {

    public ResourceChange {
        requiresReplace = Set.copyOf(requiresReplace);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    public boolean isChange() {
        return action != Action.NO_OP;
    }
}
