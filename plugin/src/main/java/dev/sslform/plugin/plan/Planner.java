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

    private final TencentCloudProvider provider;
    private final int parallelism;
    private List<ResourceAddress> targets = List.of();
    private boolean refresh = true;

    public Planner(TencentCloudProvider provider) {
        this(provider, DEFAULT_PARALLELISM);
    }

    /** @param parallelism how many instances are read at once (the provider's rate limit still applies) */
    public Planner(TencentCloudProvider provider, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.provider = provider;
        this.parallelism = parallelism;
    }

    /**
     * Restricts the plan to {@code targets} (Terraform's {@code -target}): an address without an
     * index stands for every instance of its resource. Data sources are still all read.
     */
    public Planner targeting(List<ResourceAddress> targets) {
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
    public static boolean targeted(List<ResourceAddress> targets, ResourceAddress a) {
        if (targets.isEmpty()) {
            return true;
        }
        for (ResourceAddress t : targets) {
            if (t.equals(a) || (t.key() == dev.sslform.plugin.state.IndexKey.NONE && t.equals(a.resource()))) {
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
        return plan(config, prior, mode, progress, provider.remote());
    }

    /** As {@link #plan(DesiredConfig, State, PlanMode, Consumer)}, reading through {@code remote}, which an apply may then take over. */
    public Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress, RemoteInstances remote) {
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
            Imports.Result imports = mode == PlanMode.NORMAL
                    ? Imports.apply(config.imports(), removals.state(), config, provider, remote, targets, progress)
                    : new Imports.Result(removals.state(), Map.of(), List.of());
            diags.addAll(imports.diagnostics());
            if (imports.hasErrors()) {
                return new Plan(mode, List.of(), List.of(), diags, prior);
            }
            Plan planned = plan(config, imports.state(), mode, progress, remote, diags).withMoves(moves.movedFrom())
                    .withForgotten(removals.forgotten()).withImports(imports.imported());
            List<Diagnostic> notDeclared = Imports.notInConfiguration(imports.imported(), planned.changes());
            if (!notDeclared.isEmpty()) {
                List<Diagnostic> all = new ArrayList<>(planned.diagnostics());
                all.addAll(notDeclared);
                return new Plan(mode, List.of(), planned.drift(), all, prior);
            }
            return planned;
        } catch (ApiError e) {
            diags.add(Applier.diagnostic(null, e));
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }
    }

    private Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress, RemoteInstances remote,
                      List<Diagnostic> diags) {
        // 1. Data sources, then the resource instances they expand into.
        Map<ResourceAddress, Map<String, Object>> data = new LinkedHashMap<>();
        List<DesiredInstance> desired = List.of();
        if (mode == PlanMode.NORMAL) {
            for (DataRequest d : config.dataSources()) {
                DataSource ds = provider.dataSource(d.type()).orElse(null);
                if (ds == null) {
                    diags.add(Diagnostic.error(d.address().toString(), "Invalid data source", "The provider has no data source \"" + d.type() + "\"."));
                    continue;
                }
                if (d.scoped()) {
                    readScoped(ds, d, remote, data, diags, progress);
                    continue;
                }
                Resource.Configured c = ds.configure(d.address().toString(), d.arguments());
                diags.addAll(c.diagnostics());
                if (c.ok()) {
                    progress.accept(d.address() + ": Reading...");
                    data.put(d.address(), ds.read(d.address().toString(), c.config(), remote));
                }
            }
            if (diags.stream().anyMatch(Diagnostic::isError)) {
                return new Plan(mode, List.of(), List.of(), diags, prior);
            }
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
        Set<String> ids = new HashSet<>();
        for (DesiredInstance d : desired) {
            Resource r = provider.resource(d.type()).orElse(null);
            if (r == null) {
                diags.add(Diagnostic.error(d.address().toString(), "Invalid resource type", "The provider has no resource type \"" + d.type() + "\"."));
                continue;
            }
            if (configs.containsKey(d.address())) {
                diags.add(Diagnostic.error(d.address().toString(), "Duplicate resource", d.address() + " is declared twice."));
                continue;
            }
            Resource.Configured c = r.configure(d.address().toString(), d.attributes());
            diags.addAll(c.diagnostics());
            configs.put(d.address(), c.config());
            ids.add(r.instanceId(c.config()));
        }
        if (diags.stream().anyMatch(Diagnostic::isError)) {
            return new Plan(mode, List.of(), List.of(), diags, prior);
        }

        // 2. Refresh what state records, in one batch.
        List<ResourceAddress> managed = prior.addresses().stream().filter(a -> a.mode() == ResourceMode.MANAGED)
                .filter(a -> targeted(targets, a)).toList();
        for (ResourceAddress a : managed) {
            provider.resource(a.type()).ifPresent(r -> ids.add(r.instanceId(prior.find(a).orElseThrow().attributes())));
        }
        ids.remove(null);
        List<String> idList = new ArrayList<>(ids);
        idList.sort(null);
        List<List<String>> pages = new ArrayList<>();
        for (int from = 0; from < idList.size(); from += RemoteInstances.PAGE) {
            pages.add(idList.subList(from, Math.min(idList.size(), from + RemoteInstances.PAGE)));
        }
        Parallel.map(refresh ? pages : List.<List<String>>of(), parallelism, page -> {
            remote.prefetch(page);
            return page;
        });
        State refreshed = prior;
        Map<ResourceAddress, Map<String, Object>> current = new LinkedHashMap<>();
        List<Drift> drift = new ArrayList<>();
        Set<ResourceAddress> vanished = new HashSet<>();
        // The lines first, in address order, so the output does not depend on thread scheduling.
        for (ResourceAddress a : refresh ? managed : List.<ResourceAddress>of()) {
            if (provider.resource(a.type()).isPresent()) {
                progress.accept(a + ": Refreshing state... [id=" + prior.find(a).orElseThrow().attributes().get("id") + "]");
            }
        }
        List<Resource.ReadResult> reads = Parallel.map(managed, parallelism, a -> {
            Resource r = provider.resource(a.type()).orElse(null);
            if (r != null && !refresh) {
                return new Resource.ReadResult(prior.find(a).orElseThrow().attributes(), List.of());
            }
            return r == null ? null : r.read(a.toString(), prior.find(a).orElseThrow().attributes(), remote);
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
            refreshedInstances.put(a, new ResourceInstanceState(a.key(), 0, after, null));
        }
        refreshed = refreshed.withInstances(refreshedInstances);

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
                ? provider.resource(e.getKey().type()).orElseThrow().planRecreate(e.getKey().toString(), e.getValue())
                : provider.resource(e.getKey().type()).orElseThrow().plan(e.getKey().toString(), e.getValue(), current.get(e.getKey()), remote));
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
            changes.add(new ResourceChange(a, a.type(), action, cur, p.planned(), p.requiresReplace(), p.reasons(), p.notes()));
        }
        for (var e : current.entrySet()) {
            if (!configs.containsKey(e.getKey())) {
                List<String> reasons = new ArrayList<>();
                if (!Values.bool(e.getValue(), "disable_on_destroy") && e.getKey().type().equals(dev.sslform.plugin.provider.SslConfigResource.TYPE)) {
                    reasons.add("only removed from state: SSL stays as it is on the instance (disable_on_destroy = false)");
                }
                changes.add(new ResourceChange(e.getKey(), e.getKey().type(), Action.DELETE, e.getValue(), null, Set.of(), reasons, List.of()));
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
        return new Plan(mode, changes, drift, diags, refreshed, remote.observed());
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
