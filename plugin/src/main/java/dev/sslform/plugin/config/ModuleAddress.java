package dev.sslform.plugin.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A module instance's path from the root module, as Terraform's {@code addrs.ModuleInstance}:
 * empty for the root, else steps such as {@code module.app["a"].module.ssl}. Each step is the
 * name of a {@code module} block and which of its instances ({@link InstanceKey#NONE} without
 * count or for_each, {@link InstanceKey#UNKNOWN} while the expansion is not yet known).
 */
public record ModuleAddress(List<Step> steps) {
    public static final ModuleAddress ROOT = new ModuleAddress(List.of());

    /** One step: {@code module.NAME} and the instance key. */
    public record Step(String name, InstanceKey key) {
        @Override
        public String toString() {
            return "module." + name + key.suffix();
        }
    }

    public ModuleAddress {
        steps = List.copyOf(steps);
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    public ModuleAddress child(String name, InstanceKey key) {
        List<Step> s = new ArrayList<>(steps);
        s.add(new Step(name, key));
        return new ModuleAddress(s);
    }

    /** The module call names along the path, without keys: which configuration the instance is of. */
    public List<String> names() {
        return steps.stream().map(Step::name).toList();
    }

    /** Whether any step's instance key is not yet known. */
    public boolean hasUnknownKey() {
        return steps.stream().anyMatch(s -> s.key() == InstanceKey.UNKNOWN);
    }

    /** "module.a.module.b." for a prefix, "" for the root. */
    public String prefix() {
        return isRoot() ? "" : this + ".";
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }
}
