package dev.sslform.plugin.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A module instance's path from the root module, as Terraform's {@code addrs.ModuleInstance}:
 * empty for the root, else steps such as {@code module.app["a"].module.ssl}. Written to state as
 * a resource's {@code "module"} field; its text is the order Terraform sorts state resources by.
 */
public record ModulePath(List<ModuleStep> steps) implements Targetable, Comparable<ModulePath> {

    public static final ModulePath ROOT = new ModulePath(List.of());

    public ModulePath {
        steps = List.copyOf(steps);
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** This path with one more step. */
    public ModulePath child(String name, IndexKey key) {
        List<ModuleStep> s = new ArrayList<>(steps);
        s.add(new ModuleStep(name, key));
        return new ModulePath(s);
    }

    /** The path of the calling module; the root's parent is the root. */
    public ModulePath parent() {
        return isRoot() ? this : new ModulePath(steps.subList(0, steps.size() - 1));
    }

    /** The last step, or null for the root. */
    public ModuleStep last() {
        return isRoot() ? null : steps.get(steps.size() - 1);
    }

    /** Whether {@code other} is this path or inside it (exact keys at every step). */
    public boolean contains(ModulePath other) {
        return other.steps.size() >= steps.size() && other.steps.subList(0, steps.size()).equals(steps);
    }

    /**
     * As Terraform's target containment: every step equal, except that a last step without key
     * also selects every instance of that module call ({@code -target=module.x} covers
     * {@code module.x[0]} and {@code module.x["k"]}).
     */
    public boolean targetsModule(ModulePath other) {
        if (other.steps.size() < steps.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            ModuleStep ours = steps.get(i);
            ModuleStep theirs = other.steps.get(i);
            if (!ours.name().equals(theirs.name())) {
                return false;
            }
            boolean lastWildcard = i == steps.size() - 1 && ours.key() instanceof IndexKey.None;
            if (!lastWildcard && !ours.key().equals(theirs.key())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean targets(ResourceAddress a) {
        return targetsModule(a.module());
    }

    /** Replaces the prefix {@code from} of this path with {@code to}; this path must be inside {@code from}. */
    public ModulePath rebase(ModulePath from, ModulePath to) {
        List<ModuleStep> s = new ArrayList<>(to.steps);
        s.addAll(steps.subList(from.steps.size(), steps.size()));
        return new ModulePath(s);
    }

    /**
     * Parses a module instance path ({@code module.a}, {@code module.a[0].module.b}).
     *
     * @throws InvalidAddressException when it is not one
     */
    public static ModulePath parse(String text) {
        Targetable t = ResourceAddress.parseTargetable(text);
        if (t instanceof ModulePath p && !p.isRoot()) {
            return p;
        }
        throw new InvalidAddressException("invalid module address \"" + text + "\": expected module.NAME, optionally with an index,"
                + " and further module steps");
    }

    @Override
    public int compareTo(ModulePath o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (ModuleStep s : steps) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }
}
