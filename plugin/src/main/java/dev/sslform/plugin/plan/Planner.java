package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.DataSource;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.Proposal;
import dev.sslform.plugin.provider.RemoteInstances;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.provider.api.ApiError;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.ResourceMode;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes a {@link Plan}: reads the data sources, refreshes every object in state (one batched
 * {@code DescribeDBInstances} for all their instances, then per-object reads), records drift,
 * drops vanished objects with a warning, and asks each resource what the configuration would
 * change. Never calls a write action.
 */
public final class Planner {

    /** Attributes whose change between state and the refreshed read is an operation finishing, not drift. */
    private static final Set<String> NOT_DRIFT = Set.of("pending", "ssl_validity", "ssl_validity_period");

    /** Terraform's default for -parallelism. */
    public static final int DEFAULT_PARALLELISM = 10;

    private final Providers providers;
    private final int parallelism;
    private List<dev.sslform.plugin.state.Targetable> targets = List.of();
    private boolean refresh = true;

    public Planner(TencentCloudProvider provider) {
        this(provider, DEFAULT_PARALLELISM);
    }

    /** @param parallelism how many instances are read at once (the provider's rate limit still applies) */
    public Planner(TencentCloudProvider provider, int parallelism) {
        this(Providers.single(provider), parallelism);
    }

    /** A planner over several provider configurations: each object is read with its own ({@link Providers}). */
    public Planner(Providers providers, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.providers = providers;
        this.parallelism = parallelism;
    }

    /**
     * Restricts the plan to {@code targets} (Terraform's {@code -target}): an address without an
     * index stands for every instance of its resource, a module address for everything in it.
     * Data sources are still all read.
     */
    public Planner targeting(List<? extends dev.sslform.plugin.state.Targetable> targets) {
        this.targets = List.copyOf(targets);
        return this;
    }

    /**
     * {@code false} is Terraform's {@code -refresh=false}: objects in state are taken as state
     * records them, without reading them remotely, so nothing is detected as drift.
     */
    public Planner refreshing(boolean refresh) {
        this.refresh = refresh;
        return this;
    }

    /** Whether {@code a} is in the plan: always without targets. */
    public static boolean targeted(List<? extends dev.sslform.plugin.state.Targetable> targets, ResourceAddress a) {
        if (targets.isEmpty()) {
            return true;
        }
        for (dev.sslform.plugin.state.Targetable t : targets) {
            if (t.targets(a)) {
                return true;
            }
        }
        return false;
    }

    /** Terraform's warning for a plan made with -target. */
    public static Diagnostic targetingWarning() {
        return Diagnostic.warning(null, "Resource targeting is in effect",
                "You are creating a plan with the -target option, which means that the result of this plan may not represent all of"
                        + " the changes requested by the current configuration.\n\n  The -target option is not for routine use, and is"
                        + " provided only for exceptional situations such as recovering from errors or mistakes, or when sslform"
                        + " specifically suggests to use it as part of an error message.");
    }

    public Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress) {
        return plan(config, prior, mode, progress, providers.fresh());
    }

    /** As {@link #plan(DesiredConfig, State, PlanMode, Consumer)} with the default configuration only, reading through {@code remote}. */
    public Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress, RemoteInstances remote) {
        return plan(config, prior, mode, progress, Providers.single(providers.provider(Providers.DEFAULT), remote));
    }

    /**
     * As {@link #plan(DesiredConfig, State, PlanMode, Consumer)}, reading through {@code remote}'s
     * read caches (one per provider configuration), which an apply may then take over.
     */
    public Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress, Providers remote) {
        List<Diagnostic> diags = new ArrayList<>();
        if (!targets.isEmpty()) {
            diags.add(targetingWarning());
        }
        // Refactoring first, as Terraform: moved blocks rename objects in the prior state before anything is read or planned.
        Moves.Result moves = Moves.apply(config.moves(), prior, targets);
        diags.addAll(moves.diagnostics());
        if (moves.hasErrors()) {
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }
        Removals.Result removals = Removals.apply(config.removed(), moves.state(), config, targets);
        diags.addAll(removals.diagnostics());
        if (removals.hasErrors()) {
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }
        try {
            // Data sources before imports: an import block's id or for_each may refer to one, as in Terraform.
            Map<ResourceAddress, Map<String, Object>> data = mode == PlanMode.NORMAL ? readData(config, remote, diags, progress) : Map.of();
            if (diags.stream().anyMatch(Diagnostic::isError)) {
                return new Plan(mode, List.of(), List.of(), diags, prior);
            }
            Imports.Result imports = mode == PlanMode.NORMAL
                    ? Imports.apply(config.imports(data), removals.state(), config, remote, targets, progress)
                    : new Imports.Result(removals.state(), Map.of(), List.of());
            diags.addAll(imports.diagnostics());
            if (imports.hasErrors()) {
                return new Plan(mode, List.of(), List.of(), diags, prior);
            }
            Plan planned = plan(config, imports.state(), mode, progress, remote, diags, data).withMoves(moves.movedFrom())
                    .withForgotten(removals.forgotten()).withImports(imports.imported());
            List<Diagnostic> notDeclared = Imports.notInConfiguration(imports.imported(), planned.changes());
            if (!notDeclared.isEmpty()) {
                List<Diagnostic> all = new ArrayList<>(planned.diagnostics());
                all.addAll(notDeclared);
                return new Plan(mode, List.of(), planned.drift(), all, prior);
            }
            return planned.withDependencies(config.dependencies());
        } catch (ApiError e) {
            diags.add(Applier.diagnostic(null, e));
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }
    }

    /** Reads every data source (a check block's scoped ones as warnings), by address, each through its provider configuration. */
    private Map<ResourceAddress, Map<String, Object>> readData(DesiredConfig config, Providers remote, List<Diagnostic> diags,
                                                               Consumer<String> progress) {
        Map<ResourceAddress, Map<String, Object>> data = new LinkedHashMap<>();
        for (DataRequest d : config.dataSources()) {
            DataSource ds = remote.dataSource(d.type()).orElse(null);
            if (ds == null) {
                diags.add(Diagnostic.error(d.address().toString(), "Invalid data source", "The provider has no data source \"" + d.type() + "\"."));
                continue;
            }
            if (!remote.has(d.provider())) {
                diags.add(Providers.notPresent(d.address().toString(), d.provider()));
                continue;
            }
            if (d.scoped()) {
                readScoped(ds, d, remote.remote(d.provider()), data, diags, progress);
                continue;
            }
            Resource.Configured c = ds.configure(d.address().toString(), d.arguments());
            diags.addAll(c.diagnostics());
            if (c.ok()) {
                progress.accept(d.address() + ": Reading...");
                data.put(d.address(), ds.read(d.address().toString(), c.config(), remote.remote(d.provider())));
            }
        }
        return data;
    }

    private Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress, Providers remote,
                      List<Diagnostic> diags, Map<ResourceAddress, Map<String, Object>> data) {
        // 1. The resource instances, evaluated with the data sources read.
        List<DesiredInstance> desired = List.of();
        if (mode == PlanMode.NORMAL) {
            desired = config.resources(data).stream().filter(d -> targeted(targets, d.address())).toList();
            diags.addAll(config.problems());
            diags.addAll(Moves.stillDeclared(config.moves(), desired, config));
            if (diags.stream().anyMatch(Diagnostic::isError)) {
                // As Terraform: the configuration's own errors (the schema's validators included) stop the plan
                // before the provider sees a value, so a finding is reported once, by the loader.
                return new Plan(mode, List.of(), List.of(), diags, prior);
            }
        }
        Map<ResourceAddress, Map<String, Object>> configs = new LinkedHashMap<>();
        // Which configuration each object is read and changed with: its block's, else (an orphan) the one state records.
        Map<ResourceAddress, String> providerOf = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new java.util.TreeMap<>();
        for (DesiredInstance d : desired) {
            Resource r = remote.resource(d.type()).orElse(null);
            if (r == null) {
                diags.add(Diagnostic.error(d.address().toString(), "Invalid resource type", "The provider has no resource type \"" + d.type() + "\"."));
                continue;
            }
            if (configs.containsKey(d.address())) {
                diags.add(Diagnostic.error(d.address().toString(), "Duplicate resource", d.address() + " is declared twice."));
                continue;
            }
            if (!remote.has(d.provider())) {
                diags.add(Providers.notPresent(d.address().toString(), d.provider()));
                continue;
            }
            Resource.Configured c = r.configure(d.address().toString(), d.attributes());
            diags.addAll(c.diagnostics());
            configs.put(d.address(), c.config());
            providerOf.put(d.address(), d.provider());
            ids.computeIfAbsent(d.provider(), k -> new HashSet<>()).add(r.instanceId(c.config()));
        }
        if (diags.stream().anyMatch(Diagnostic::isError)) {
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }

        // 2. Refresh what state records, in one batch.
        List<ResourceAddress> managed = prior.addresses().stream().filter(a -> a.mode() == ResourceMode.MANAGED)
                .filter(a -> targeted(targets, a)).toList();
        for (ResourceAddress a : managed) {
            if (providerOf.containsKey(a)) {
                continue;
            }
            String fromConfig = config.provider(a.resource());
            String p = fromConfig != null ? fromConfig : prior.findResource(a).orElseThrow().provider();
            if (remote.resource(a.type()).isPresent() && !remote.has(p)) {
                diags.add(Providers.notPresent(a.toString(), p));
                continue;
            }
            providerOf.put(a, p);
        }
        if (diags.stream().anyMatch(Diagnostic::isError)) {
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }
        for (ResourceAddress a : managed) {
            remote.resource(a.type()).ifPresent(r -> ids.computeIfAbsent(providerOf.get(a), k -> new HashSet<>())
                    .add(r.instanceId(prior.find(a).orElseThrow().attributes())));
        }
        // Each configuration's instances in batches of its own (another region or account: other calls).
        List<Map.Entry<String, List<String>>> pages = new ArrayList<>();
        ids.forEach((p, set) -> {
            List<String> idList = new ArrayList<>(set);
            idList.remove(null);
            idList.sort(null);
            for (int from = 0; from < idList.size(); from += RemoteInstances.PAGE) {
                pages.add(Map.entry(p, idList.subList(from, Math.min(idList.size(), from + RemoteInstances.PAGE))));
            }
        });
        Parallel.map(refresh ? pages : List.<Map.Entry<String, List<String>>>of(), parallelism, page -> {
            remote.remote(page.getKey()).prefetch(page.getValue());
            return page;
        });
        State refreshed = prior;
        Map<ResourceAddress, Map<String, Object>> current = new LinkedHashMap<>();
        List<Drift> drift = new ArrayList<>();
        Set<ResourceAddress> vanished = new HashSet<>();
        // The lines first, in address order, so the output does not depend on thread scheduling.
        for (ResourceAddress a : refresh ? managed : List.<ResourceAddress>of()) {
            if (remote.resource(a.type()).isPresent()) {
                progress.accept(a + ": Refreshing state... [id=" + prior.find(a).orElseThrow().attributes().get("id") + "]");
            }
        }
        List<Resource.ReadResult> reads = Parallel.map(managed, parallelism, a -> {
            Resource r = remote.resource(a.type()).orElse(null);
            if (r != null && !refresh) {
                return new Resource.ReadResult(prior.find(a).orElseThrow().attributes(), List.of());
            }
            return r == null ? null : r.read(a.toString(), prior.find(a).orElseThrow().attributes(), remote.remote(providerOf.get(a)));
        });
        Map<ResourceAddress, ResourceInstanceState> refreshedInstances = new LinkedHashMap<>();
        for (int i = 0; i < managed.size(); i++) {
            ResourceAddress a = managed.get(i);
            Resource.ReadResult read = reads.get(i);
            if (read == null) {
                diags.add(Diagnostic.error(a.toString(), "Unknown resource type in state", "The provider has no resource type \"" + a.type() + "\"."));
                continue;
            }
            Map<String, Object> before = prior.find(a).orElseThrow().attributes();
            diags.addAll(read.diagnostics());
            if (read.state() == null) {
                vanished.add(a);
                refreshed = refreshed.without(a);
                drift.add(new Drift(a, a.type(), before, null));
                continue;
            }
            Map<String, Object> after = read.state();
            if (drifted(before, after)) {
                drift.add(new Drift(a, a.type(), before, after));
            }
            current.put(a, after);
            refreshedInstances.put(a, new ResourceInstanceState(a.key(), 0, after, null, prior.find(a).orElseThrow().dependencies()));
        }
        refreshed = refreshed.withInstances(refreshedInstances);
        // A block still in the configuration is recorded with the configuration's provider, as Terraform records it.
        for (ResourceAddress a : managed) {
            String p = providerOf.get(a);
            if (p != null && config.provider(a.resource()) != null) {
                refreshed = refreshed.withProvider(a.resource(), p);
            }
        }

        if (mode == PlanMode.REFRESH_ONLY) {
            // Only what the refresh found: drift is shown and can be accepted into state; no actions.
            return new Plan(mode, List.of(), drift, diags, refreshed, remote.observed());
        }

        // 3. Diff.
        List<ResourceChange> changes = new ArrayList<>();
        // ignore_changes: the ignored arguments take their current value, so neither an edit nor drift of them is planned.
        configs.replaceAll((a, c) -> vanished.contains(a) ? c : config.lifecycle(a.resource()).applyIgnoreChanges(c, current.get(a)));
        List<Map.Entry<ResourceAddress, Map<String, Object>>> wanted = new ArrayList<>(configs.entrySet());
        List<Proposal> proposals = Parallel.map(wanted, parallelism, e -> vanished.contains(e.getKey())
                ? remote.resource(e.getKey().type()).orElseThrow().planRecreate(e.getKey().toString(), e.getValue())
                : remote.resource(e.getKey().type()).orElseThrow().plan(e.getKey().toString(), e.getValue(), current.get(e.getKey()),
                        remote.remote(providerOf.get(e.getKey()))));
        for (int i = 0; i < wanted.size(); i++) {
            var e = wanted.get(i);
            ResourceAddress a = e.getKey();
            Map<String, Object> cur = current.get(a);
            Proposal p = proposals.get(i);
            diags.addAll(p.diagnostics());
            Action action;
            if (cur == null) {
                action = Action.CREATE;
            } else if (!p.requiresReplace().isEmpty()) {
                action = Action.REPLACE;
            } else if (Values.same(cur, p.planned())) {
                action = Action.NO_OP;
            } else {
                action = Action.UPDATE;
            }
            changes.add(new ResourceChange(a, a.type(), action, cur, p.planned(), p.requiresReplace(), p.reasons(), p.notes(), providerOf.get(a)));
        }
        for (var e : current.entrySet()) {
            if (!configs.containsKey(e.getKey())) {
                List<String> reasons = new ArrayList<>();
                if (!Values.bool(e.getValue(), "disable_on_destroy") && e.getKey().type().equals(dev.sslform.plugin.provider.SslConfigResource.TYPE)) {
                    reasons.add("only removed from state: SSL stays as it is on the instance (disable_on_destroy = false)");
                }
                changes.add(new ResourceChange(e.getKey(), e.getKey().type(), Action.DELETE, e.getValue(), null, Set.of(), reasons, List.of(),
                        providerOf.get(e.getKey())));
            }
        }
        changes.sort(Comparator.comparing(c -> c.address().toString()));
        // prevent_destroy: a plan that destroys (or replaces) an instance of a protected block is an error, and makes no plan.
        boolean refused = false;
        // A rename without a moved block must not disable SSL under the new address (see SameInstance).
        List<Diagnostic> sameInstance = SameInstance.conflicts(changes);
        diags.addAll(sameInstance);
        refused = !sameInstance.isEmpty();
        for (ResourceChange c : changes) {
            LifecycleRules rules = config.lifecycle(c.address().resource());
            if (rules.preventDestroy() && (c.action() == Action.DELETE || c.action() == Action.REPLACE)) {
                diags.add(LifecycleRules.cannotDestroy(c.address().toString(), rules.declaredAt()));
                refused = true;
            }
        }
        if (refused) {
            return new Plan(mode, List.of(), drift, diags, prior, remote.observed());
        }
        return new Plan(mode, changes, drift, diags, withDependencies(refreshed, changes, config.dependencies()), remote.observed());
    }

    /**
     * The refreshed state with each object's recorded dependencies brought up to date, as
     * Terraform's refresh does: an object with nothing to do takes its resource's dependencies
     * from the configuration; one about to change (or be destroyed) keeps what it recorded as well,
     * so a destroy still waits for what depended on it. Apply records the configuration's as it
     * changes an object.
     */
    private static State withDependencies(State refreshed, List<ResourceChange> changes, Map<ResourceAddress, List<ResourceAddress>> deps) {
        Map<ResourceAddress, ResourceInstanceState> updated = new LinkedHashMap<>();
        for (ResourceChange c : changes) {
            ResourceInstanceState now = refreshed.find(c.address()).orElse(null);
            List<ResourceAddress> configured = deps.get(Plan.configAddress(c.address()));
            if (now == null || configured == null) {
                continue;
            }
            Set<String> recorded = new java.util.TreeSet<>();
            configured.forEach(d -> recorded.add(d.toString()));
            if (c.action() != Action.NO_OP) {
                recorded.addAll(now.dependencies());
            }
            if (!recorded.equals(new java.util.TreeSet<>(now.dependencies()))) {
                updated.put(c.address(), new ResourceInstanceState(now.key(), now.schemaVersion(), now.attributes(), now.privateData(),
                        List.copyOf(recorded)));
            }
        }
        return updated.isEmpty() ? refreshed : refreshed.withInstances(updated);
    }

    /** A check block's data source: whatever goes wrong reading it is a warning, and it stays unread (its assertions unknown). */
    private static void readScoped(DataSource ds, DataRequest d, RemoteInstances remote, Map<ResourceAddress, Map<String, Object>> data,
                                   List<Diagnostic> diags, Consumer<String> progress) {
        Resource.Configured c = ds.configure(d.address().toString(), d.arguments());
        c.diagnostics().forEach(x -> diags.add(x.isError() ? Diagnostic.warning(x.address(), x.summary(), x.detail()) : x));
        if (!c.ok()) {
            return;
        }
        try {
            progress.accept(d.address() + ": Reading...");
            data.put(d.address(), ds.read(d.address().toString(), c.config(), remote));
        } catch (ApiError e) {
            Diagnostic err = Applier.diagnostic(d.address().toString(), e);
            diags.add(Diagnostic.warning(err.address(), err.summary(), err.detail()));
        }
    }

    private static boolean drifted(Map<String, Object> before, Map<String, Object> after) {
        // An operation recorded as requested whose answer was never recorded (the run stopped in
        // between) that the refresh does not find was never carried out: not a change made outside.
        boolean unanswered = before.get("pending") instanceof Map<?, ?> p && p.get("flow_id") == null && p.get("requested_at") != null
                && after.get("pending") == null;
        for (String k : after.keySet()) {
            if (unanswered && k.equals("encryption")) {
                continue;
            }
            if (!NOT_DRIFT.contains(k) && !Values.same(before.get(k), after.get(k))) {
                return true;
            }
        }
        return false;
    }
}
