package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The instances in state that {@code state list ADDR…} names, as Terraform matches them: an
 * address without an index is the resource (all its instances), one with an index that instance,
 * a module address everything in that module instance (all instances when its last step has no
 * key); each resource must be in state, else "Unknown resource" / "Unknown resource instance".
 */
final class StateFilter {

    private StateFilter() {
    }

    /** The matching addresses in state order; null after printing an error. */
    static List<ResourceAddress> select(State state, List<String> filters, EngineCommand cmd) {
        if (filters.isEmpty()) {
            return state.addresses();
        }
        Set<ResourceAddress> wanted = new LinkedHashSet<>();
        List<dev.sslform.plugin.state.Targetable> parsed = new ArrayList<>();
        for (String f : filters) {
            ResourceAddress a;
            try {
                dev.sslform.plugin.state.Targetable t = dev.sslform.plugin.state.Targetable.parse(f);
                if (t instanceof dev.sslform.plugin.state.ModulePath m) {
                    parsed.add(m); // a module: everything in it (every instance, without a key), as Terraform lists it
                    continue;
                }
                a = (ResourceAddress) t;
            } catch (RuntimeException e) {
                return error(cmd, "Invalid address", "\"" + f + "\" is not a resource, resource instance or module address: " + e.getMessage());
            }
            boolean instance = a.key() != IndexKey.NONE || f.trim().endsWith("]");
            if (instance ? state.find(a).isEmpty() : state.findResource(a).isEmpty()) {
                return instance
                        ? error(cmd, "Unknown resource instance", "The current state contains no resource instance " + a + ". If you've just"
                                + " added its resource to the configuration or have changed the count or for_each arguments, you must run"
                                + " \"sslform apply\" first to update the resource's entry in the state.")
                        : error(cmd, "Unknown resource", "The current state contains no resource " + a + ". If you've just added this"
                                + " resource to the configuration, you must run \"sslform apply\" first to create the resource's entry in"
                                + " the state.");
            }
            parsed.add(a);
        }
        for (ResourceAddress a : state.addresses()) {
            for (dev.sslform.plugin.state.Targetable p : parsed) {
                if (p.targets(a)) {
                    wanted.add(a);
                }
            }
        }
        return new ArrayList<>(wanted);
    }

    private static List<ResourceAddress> error(EngineCommand cmd, String summary, String detail) {
        cmd.refuse(summary, detail);
        return null;
    }
}
