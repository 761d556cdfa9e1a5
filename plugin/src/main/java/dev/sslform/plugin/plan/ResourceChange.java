package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planned change of one resource instance: its action, the state before (null for a create)
 * and after (null for a delete; {@link dev.sslform.plugin.provider.Values#UNKNOWN} where only apply
 * can tell), the attributes forcing replacement, reasons shown with it, and notes that are not
 * changes (an operation pending in the maintenance window), and {@code provider}: the address of the
 * provider configuration that carries it out ({@link Providers}), the one the state records for it after.
 */
public record ResourceChange(ResourceAddress address, String type, Action action, Map<String, Object> before,
                             Map<String, Object> after, Set<String> requiresReplace, List<String> reasons, List<String> notes,
                             String provider) {

    /** A change made with the default provider configuration. */
    public ResourceChange(ResourceAddress address, String type, Action action, Map<String, Object> before,
                          Map<String, Object> after, Set<String> requiresReplace, List<String> reasons, List<String> notes) {
        this(address, type, action, before, after, requiresReplace, reasons, notes, Providers.DEFAULT);
    }

    public ResourceChange {
        provider = provider == null ? Providers.DEFAULT : provider;
        requiresReplace = Set.copyOf(requiresReplace);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    public boolean isChange() {
        return action != Action.NO_OP;
    }
}
