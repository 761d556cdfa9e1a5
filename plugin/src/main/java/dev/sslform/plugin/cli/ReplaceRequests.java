package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.Action;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.ResourceChange;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.ResourceAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's {@code -replace=ADDR} on a plan: the named instance is planned as replaced, "as
 * requested", although nothing in its configuration forces it. What that means is the
 * resource's: for an SSL configuration a certificate renewal now (its validity becomes known
 * after apply), for a maintenance window the window sent again. An instance being created or
 * replaced anyway is left as it is; an address not in the configuration is an error.
 */
final class ReplaceRequests {

    private ReplaceRequests() {
    }

    /** {@code plan} with the requested replacements; throws IllegalArgumentException for a request that cannot be met. */
    static Plan apply(Plan plan, List<String> requested) {
        if (requested.isEmpty()) {
            return plan;
        }
        if (plan.mode() != PlanMode.NORMAL) {
            throw new IllegalArgumentException("Incompatible plan options: the -replace option is not valid with "
                    + (plan.mode() == PlanMode.DESTROY ? "-destroy" : "-refresh-only") + ".");
        }
        Map<ResourceAddress, ResourceChange> changes = new LinkedHashMap<>();
        plan.changes().forEach(c -> changes.put(c.address(), c));
        for (String r : requested) {
            ResourceAddress a = ResourceAddress.parse(r);
            ResourceChange c = changes.get(a);
            if (c == null || c.action() == Action.DELETE) {
                throw new IllegalArgumentException("-replace=" + r + ": there is no resource instance " + a
                        + " in the configuration (after -target) to replace.");
            }
            if (c.action() == Action.CREATE || c.action() == Action.REPLACE) {
                continue;
            }
            changes.put(a, requested(c, r));
        }
        return new Plan(plan.mode(), new ArrayList<>(changes.values()), plan.drift(), plan.diagnostics(), plan.refreshed(), plan.observed(),
                plan.movedFrom(), plan.forgotten(), plan.imported(), plan.dependencies());
    }

    private static ResourceChange requested(ResourceChange c, String r) {
        Map<String, Object> after = new LinkedHashMap<>(c.after());
        List<String> reasons = new ArrayList<>(c.reasons());
        if (c.type().equals(TencentCloudSchemas.SSL_CONFIG)) {
            if (!"enable".equals(Values.str(after, "encryption"))) {
                throw new IllegalArgumentException("-replace=" + r + " renews the instance's certificate, which needs encryption = \"enable\".");
            }
            after.put("ssl_validity_period", Values.UNKNOWN);
            after.put("ssl_validity", Values.UNKNOWN);
            after.put("pending", Long.valueOf(1).equals(Values.lng(after, "wait_switch")) ? Values.UNKNOWN : null);
            reasons.add("replace requested: renew the certificate now"
                    + (Long.valueOf(1).equals(Values.lng(after, "wait_switch")) ? ", in the next maintenance window (wait_switch = 1)" : ""));
        } else {
            reasons.add("replace requested: send the maintenance window again");
        }
        return new ResourceChange(c.address(), c.type(), Action.REPLACE, c.before(), after, Set.of(), reasons, c.notes());
    }
}
