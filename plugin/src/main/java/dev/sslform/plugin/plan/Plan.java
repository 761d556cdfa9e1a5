package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.util.List;
import java.util.Map;

/**
 * The result of planning: one {@link ResourceChange} per instance (no-ops included, in address
 * order), what drifted, diagnostics, and the refreshed prior state (vanished instances dropped,
 * remote values read) that apply starts from, and {@code observed}: what the refresh saw of each
 * remote instance ({@link dev.sslform.plugin.provider.RemoteInstances#observed}), by {@link Providers#observedKey},
 * so a saved plan can tell later whether the world it was made for is still there; and
 * {@code movedFrom}: the objects moved blocks renamed before planning, new address → old (the
 * state change apply writes; no API call), {@code forgotten}: the objects removed blocks with
 * {@code destroy = false} take out of state, with their last attributes (no API call either);
 * {@code imported}: the objects import blocks bring into state, their ids by address;
 * {@code dependencies}: the managed resources each resource of the configuration depends on
 * (addresses without instance keys; see {@link Applier} for how they order the changes).
 */
public record Plan(PlanMode mode, List<ResourceChange> changes, List<Drift> drift, List<Diagnostic> diagnostics, State refreshed,
                   Map<String, Map<String, Object>> observed, Map<ResourceAddress, ResourceAddress> movedFrom,
                   Map<ResourceAddress, Map<String, Object>> forgotten, Map<ResourceAddress, String> imported,
                   Map<ResourceAddress, List<ResourceAddress>> dependencies) {

    public Plan {
        if (dependencies == null) {
            dependencies = Map.of();
        } else {
            Map<ResourceAddress, List<ResourceAddress>> copy = new java.util.LinkedHashMap<>();
            dependencies.forEach((a, deps) -> copy.put(a, List.copyOf(deps)));
            dependencies = java.util.Collections.unmodifiableMap(copy);
        }
        imported = imported == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(imported));
        forgotten = forgotten == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forgotten));
        movedFrom = movedFrom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(movedFrom));
        changes = List.copyOf(changes);
        drift = List.copyOf(drift);
        diagnostics = List.copyOf(diagnostics);
        observed = observed == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(observed));
    }

    /** A plan that records no dependencies. */
    public Plan(PlanMode mode, List<ResourceChange> changes, List<Drift> drift, List<Diagnostic> diagnostics, State refreshed,
                Map<String, Map<String, Object>> observed, Map<ResourceAddress, ResourceAddress> movedFrom,
                Map<ResourceAddress, Map<String, Object>> forgotten, Map<ResourceAddress, String> imported) {
        this(mode, changes, drift, diagnostics, refreshed, observed, movedFrom, forgotten, imported, Map.of());
    }

    /** This plan, recording the configuration's dependencies between resources (for the order of apply). */
    public Plan withDependencies(Map<ResourceAddress, List<ResourceAddress>> deps) {
        return new Plan(mode, changes, drift, diagnostics, refreshed, observed, movedFrom, forgotten, imported, deps);
    }

    /**
     * The configuration's dependencies of the resource instance {@code a} belongs to: they are
     * recorded per configuration address, which every instance of every module instance shares.
     */
    public List<ResourceAddress> dependenciesOf(ResourceAddress a) {
        return dependencies.getOrDefault(configAddress(a), List.of());
    }

    /**
     * The configuration address of a resource instance, as Terraform's {@code ConfigResource}:
     * no instance key, and no keys on the module path ({@code module.app["a"].t.n[0]} is
     * {@code module.app.t.n}). What dependencies are keyed by and recorded as.
     */
    public static ResourceAddress configAddress(ResourceAddress a) {
        java.util.List<dev.sslform.plugin.state.ModuleStep> steps = a.module().steps().stream()
                .map(s -> new dev.sslform.plugin.state.ModuleStep(s.name(), dev.sslform.plugin.state.IndexKey.NONE)).toList();
        return a.resource().inModule(new dev.sslform.plugin.state.ModulePath(steps));
    }

    /** A plan that moved no objects. */
    public Plan(PlanMode mode, List<ResourceChange> changes, List<Drift> drift, List<Diagnostic> diagnostics, State refreshed,
                Map<String, Map<String, Object>> observed) {
        this(mode, changes, drift, diagnostics, refreshed, observed, Map.of(), Map.of(), Map.of());
    }

    /** This plan, recording the objects import blocks bring into state (their ids by address). */
    public Plan withImports(Map<ResourceAddress, String> ids) {
        return ids.isEmpty() ? this : new Plan(mode, changes, drift, diagnostics, refreshed, observed, movedFrom, forgotten, ids, dependencies);
    }

    /** This plan, recording the objects removed blocks with {@code destroy = false} take out of state (their attributes by address). */
    public Plan withForgotten(Map<ResourceAddress, Map<String, Object>> gone) {
        return gone.isEmpty() ? this : new Plan(mode, changes, drift, diagnostics, refreshed, observed, movedFrom, gone, imported, dependencies);
    }

    /** This plan, recording that the objects now at {@code moved}'s keys were at its values in the prior state (moved blocks). */
    public Plan withMoves(Map<ResourceAddress, ResourceAddress> moved) {
        return moved.isEmpty() ? this : new Plan(mode, changes, drift, diagnostics, refreshed, observed, moved, forgotten, imported, dependencies);
    }

    /** This plan with other changes (-replace), its moves, imports, forgotten objects and everything else kept. */
    public Plan withChanges(List<ResourceChange> newChanges) {
        return new Plan(mode, newChanges, drift, diagnostics, refreshed, observed, movedFrom, forgotten, imported, dependencies);
    }

    /** This plan with other diagnostics, everything else kept. */
    public Plan withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new Plan(mode, changes, drift, newDiagnostics, refreshed, observed, movedFrom, forgotten, imported, dependencies);
    }

    /** A plan that observed no remote objects (an error before the refresh, or tests). */
    public Plan(PlanMode mode, List<ResourceChange> changes, List<Drift> drift, List<Diagnostic> diagnostics, State refreshed) {
        this(mode, changes, drift, diagnostics, refreshed, Map.of());
    }

    /** The instances the plan's changes concern, as {@link Providers#observedKey} names them (the id, with the configuration when aliased). */
    public java.util.Set<String> changedInstances() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (ResourceChange c : changes) {
            if (c.isChange()) {
                // Both sides: an apply acts on the instance of either.
                for (Map<String, Object> m : java.util.Arrays.asList(c.before(), c.after())) {
                    Object id = m == null ? null : m.get("instance_id");
                    if (id instanceof String s) {
                        ids.add(Providers.observedKey(c.provider(), s));
                    }
                }
            }
        }
        return ids;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** True when apply would change something; pending operations and drift alone do not count. */
    public boolean hasChanges() {
        return changes.stream().anyMatch(ResourceChange::isChange) || !movedFrom.isEmpty() || !forgotten.isEmpty() || !imported.isEmpty();
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public long toAdd() {
        return count(Action.CREATE) + count(Action.REPLACE);
    }

    public long toChange() {
        return count(Action.UPDATE);
    }

    public long toDestroy() {
        return count(Action.DELETE) + count(Action.REPLACE);
    }
}
