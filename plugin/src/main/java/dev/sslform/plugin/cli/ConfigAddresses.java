package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.Address;
import dev.sslform.plugin.config.Configuration;
import dev.sslform.plugin.config.InstanceAddress;
import dev.sslform.plugin.config.InstanceKey;
import dev.sslform.plugin.config.ModuleAddress;
import dev.sslform.plugin.config.ModuleCall;
import dev.sslform.plugin.config.ResourceConfig;
import dev.sslform.plugin.config.ResourceMode;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ModulePath;
import dev.sslform.plugin.state.ModuleStep;
import dev.sslform.plugin.state.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates between the configuration's addresses ({@code config.Address}, module paths with
 * {@code InstanceKey}s) and state's ({@link ResourceAddress}, {@link ModulePath} with
 * {@link IndexKey}s), and finds the block a state address belongs to in the module tree.
 */
final class ConfigAddresses {
    private ConfigAddresses() {
    }

    static IndexKey key(InstanceKey k) {
        return k instanceof InstanceKey.Index idx ? IndexKey.of(idx.index())
                : k instanceof InstanceKey.Key s ? IndexKey.of(s.key()) : IndexKey.NONE;
    }

    static ModulePath module(ModuleAddress m) {
        List<ModuleStep> steps = new ArrayList<>();
        m.steps().forEach(s -> steps.add(new ModuleStep(s.name(), key(s.key()))));
        return new ModulePath(steps);
    }

    static ResourceAddress state(InstanceAddress i) {
        Address a = i.resource();
        return new ResourceAddress(module(a.module()), a.mode() == ResourceMode.DATA ? dev.sslform.plugin.state.ResourceMode.DATA
                : dev.sslform.plugin.state.ResourceMode.MANAGED, a.type(), a.name(), key(i.key()));
    }

    /** The configuration of the module a path's instances are of, if the module tree declares it. */
    static Optional<Configuration> module(Configuration root, ModulePath path) {
        return root.descendant(path.steps().stream().map(ModuleStep::name).toList());
    }

    /** The resource or data block a state address belongs to, if the configuration declares it. */
    static Optional<ResourceConfig> resource(Configuration root, ResourceAddress a) {
        return module(root, a.module()).flatMap(c -> c.resource(new Address(a.mode() == dev.sslform.plugin.state.ResourceMode.DATA
                ? ResourceMode.DATA : ResourceMode.MANAGED, a.type(), a.name())));
    }

    /**
     * Why the module path's instance keys do not fit the module calls' {@code count} /
     * {@code for_each} (a number, a string, none), or null when they fit (or a call is not declared).
     */
    static String keyProblem(Configuration root, ModulePath path) {
        Configuration c = root;
        for (ModuleStep s : path.steps()) {
            ModuleCall call = c.module().calls().get(s.name());
            Configuration next = c.children().get(s.name());
            if (call == null || next == null) {
                return null;
            }
            boolean fits = call.count() != null ? s.key() instanceof IndexKey.Int
                    : call.forEach() != null ? s.key() instanceof IndexKey.Str : s.key() instanceof IndexKey.None;
            if (!fits) {
                String want = call.count() != null ? "a number index ([0])" : call.forEach() != null ? "a string key ([\"key\"])" : "no instance key";
                return "module." + s.name() + (call.count() != null ? " has \"count\" set" : call.forEach() != null ? " has \"for_each\" set"
                        : " has neither \"count\" nor \"for_each\"") + ", so its instances are addressed with " + want + ".";
            }
            c = next;
        }
        return null;
    }
}
