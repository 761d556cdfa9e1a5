package dev.sslform.plugin.plan;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which attributes of which resource instances derive from sensitive values, so that
 * {@link PlanText} shows them as {@code (sensitive value)}: per instance address, Terraform's
 * sensitivity mask (attribute name to {@code true}, or to a nested mask of lists and objects).
 * The configuration computes it (see {@code config.Sensitivity}); the values themselves stay
 * untouched, in the plan and in state, as in Terraform.
 */
public record SensitiveAttributes(Map<String, Map<String, Object>> masks, Map<String, Map<String, Object>> byResource) {
    public static final SensitiveAttributes NONE = new SensitiveAttributes(Map.of(), Map.of());

    public SensitiveAttributes {
        masks = masks == null ? Map.of() : Map.copyOf(masks);
        byResource = byResource == null ? Map.of() : Map.copyOf(byResource);
    }

    /**
     * The instance's mask: empty when nothing in it is sensitive. An instance the evaluation did
     * not produce gets its resource block's mask ({@code byResource}, keyed by the address without
     * its instance key).
     */
    public Map<String, Object> mask(dev.sslform.plugin.state.ResourceAddress address) {
        String a = address.toString();
        Map<String, Object> m = masks.get(a);
        if (m != null) {
            return m;
        }
        int bracket = a.indexOf('[');
        return byResource.getOrDefault(bracket < 0 ? a : a.substring(0, bracket), Map.of());
    }

    /** Whether nothing at all is sensitive. */
    public boolean isEmpty() {
        return masks.isEmpty() && byResource.isEmpty();
    }

    /** The instance's top-level attributes with anything sensitive in them. */
    public Set<String> of(dev.sslform.plugin.state.ResourceAddress address) {
        return new TreeSet<>(mask(address).keySet());
    }
}
