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

    private final TencentCloudProvider provider;

    public Planner(TencentCloudProvider provider) {
        this.provider = provider;
    }

    public Plan plan(DesiredConfig config, State prior, PlanMode mode, Consumer<String> progress) {
        RemoteInstances remote = provider.remote();
        List<Diagnostic> diags = new ArrayList<>();
        try {
            return plan(config, prior, mode, progress, remote, diags);
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
            desired = config.resources(data);
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
        List<ResourceAddress> managed = prior.addresses().stream().filter(a -> a.mode() == ResourceMode.MANAGED).toList();
        for (ResourceAddress a : managed) {
            provider.resource(a.type()).ifPresent(r -> ids.add(r.instanceId(prior.find(a).orElseThrow().attributes())));
        }
        ids.remove(null);
        remote.prefetch(ids);
        State refreshed = prior;
        Map<ResourceAddress, Map<String, Object>> current = new LinkedHashMap<>();
        List<Drift> drift = new ArrayList<>();
        for (ResourceAddress a : managed) {
            Resource r = provider.resource(a.type()).orElse(null);
            if (r == null) {
                diags.add(Diagnostic.error(a.toString(), "Unknown resource type in state", "The provider has no resource type \"" + a.type() + "\"."));
                continue;
            }
            Map<String, Object> before = prior.find(a).orElseThrow().attributes();
            progress.accept(a + ": Refreshing state... [id=" + before.get("id") + "]");
            Resource.ReadResult read = r.read(a.toString(), before, remote);
            diags.addAll(read.diagnostics());
            if (read.state() == null) {
                refreshed = refreshed.without(a);
                drift.add(new Drift(a, a.type(), before, null));
                continue;
            }
            Map<String, Object> after = read.state();
            if (drifted(before, after)) {
                drift.add(new Drift(a, a.type(), before, after));
            }
            current.put(a, after);
            refreshed = refreshed.withInstance(a, new ResourceInstanceState(a.key(), 0, after, null));
        }

        // 3. Diff.
        List<ResourceChange> changes = new ArrayList<>();
        for (var e : configs.entrySet()) {
            ResourceAddress a = e.getKey();
            Resource r = provider.resource(a.type()).orElseThrow();
            Map<String, Object> cur = current.get(a);
            Proposal p = r.plan(a.toString(), e.getValue(), cur, remote);
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
        return new Plan(mode, changes, drift, diags, refreshed);
    }

    private static boolean drifted(Map<String, Object> before, Map<String, Object> after) {
        for (String k : after.keySet()) {
            if (!NOT_DRIFT.contains(k) && !Values.same(before.get(k), after.get(k))) {
                return true;
            }
        }
        return false;
    }
}
