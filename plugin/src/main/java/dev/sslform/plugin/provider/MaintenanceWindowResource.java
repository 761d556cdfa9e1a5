package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.DescribeMaintenanceSpan;
import dev.sslform.plugin.provider.api.ModifyMaintenanceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code tencentcloud_sqlserver_maintenance_window}: the weekly window of one instance
 * ({@code weekly} set of 1–7, {@code start_time} HH:mm, {@code span} hours), read with
 * {@code DescribeMaintenanceSpan} and set with {@code ModifyMaintenanceSpan} (synchronous). The id
 * is the instance id. Destroying it leaves the window as it is: every instance has one.
 */
public final class MaintenanceWindowResource implements Resource {

    public static final String TYPE = "tencentcloud_sqlserver_maintenance_window";
    private static final Set<String> ARGUMENTS = Set.of("instance_id", "weekly", "start_time", "span");

    /** Before an SSL change on the same instance, which may wait for this window. */
    @Override
    public int applyOrder() {
        return -1;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String instanceId(Map<String, Object> attributes) {
        return Values.str(attributes, "instance_id");
    }

    @Override
    public Configured configure(String address, Map<String, Object> raw) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, Object> c = Values.copy(raw);
        SslConfigResource.checkArgumentsAndInstanceId(address, c, ARGUMENTS, diags);
        Object weekly = c.get("weekly");
        TreeSet<Long> days = new TreeSet<>();
        if (weekly instanceof List<?> l && !l.isEmpty()) {
            for (Object o : l) {
                Long d = o instanceof Number n ? n.longValue() : null;
                if (d == null || d < 1 || d > 7) {
                    diags.add(Diagnostic.error(address, "Invalid value for weekly", "\"weekly\" days are 1 (Monday) to 7 (Sunday), not " + o + "."));
                } else {
                    days.add(d);
                }
            }
        } else {
            diags.add(Diagnostic.error(address, "Invalid value for weekly", "\"weekly\" must be a non-empty set of days 1–7."));
        }
        c.put("weekly", new ArrayList<>(days));
        String start = Values.str(c, "start_time");
        if (start == null || !start.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            diags.add(Diagnostic.error(address, "Invalid value for start_time", "\"start_time\" must be HH:mm, 00:00 to 23:59."));
        }
        Long span = Values.lng(c, "span");
        if (span == null || span < 1 || span > 24) {
            diags.add(Diagnostic.error(address, "Invalid value for span", "\"span\" must be whole hours, 1 to 24."));
        }
        return new Configured(c, diags);
    }

    @Override
    public ReadResult read(String address, Map<String, Object> prior, RemoteInstances remote) {
        String id = instanceId(prior);
        if (!remote.exists(id)) {
            return ReadResult.gone(Diagnostic.warning(address, "Instance no longer exists",
                    "Instance " + id + " was not found; " + address + " is dropped from state."));
        }
        return new ReadResult(fromRemote(id, remote.maintenance(id)), List.of());
    }

    private static Map<String, Object> fromRemote(String id, DescribeMaintenanceSpan.Response r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("instance_id", id);
        s.put("weekly", new ArrayList<>(new TreeSet<>(r.weekly())));
        s.put("start_time", r.startTime());
        s.put("span", r.span());
        return s;
    }

    @Override
    public Proposal plan(String address, Map<String, Object> config, Map<String, Object> current, RemoteInstances remote) {
        String id = instanceId(config);
        Map<String, Object> planned = new LinkedHashMap<>(config);
        planned.put("id", id);
        if (current == null) {
            var inst = remote.instance(id);
            if (inst.isEmpty() || inst.get().isGone()) {
                return new Proposal(planned, Set.of(), List.of(), List.of(), List.of(Diagnostic.error(address, "Instance not found",
                        "Instance " + id + " does not exist in this account and region.")));
            }
            if (inst.get().isReadOnlyReplica()) {
                return new Proposal(planned, Set.of(), List.of(), List.of(), List.of(SslConfigResource.replicaError(address, id)));
            }
            return new Proposal(planned, Set.of(), List.of(), List.of(), List.of());
        }
        Set<String> replace = Values.same(current.get("instance_id"), id) ? Set.of() : Set.of("instance_id");
        return new Proposal(planned, replace, List.of(), List.of(), List.of());
    }

    @Override
    public Map<String, Object> create(String address, Map<String, Object> planned, RemoteInstances remote, ApplyContext ctx) {
        return converge(planned, remote);
    }

    @Override
    public Map<String, Object> update(String address, Map<String, Object> current, Map<String, Object> planned,
                                      RemoteInstances remote, ApplyContext ctx) {
        return converge(planned, remote);
    }

    /** {@code -replace=ADDR}: the window is sent again (ModifyMaintenanceSpan) even when the instance already has it. */
    @Override
    public Map<String, Object> replaceRequested(String address, Map<String, Object> current, Map<String, Object> planned,
                                                RemoteInstances remote, ApplyContext ctx) {
        return converge(planned, remote, true);
    }

    private static Map<String, Object> converge(Map<String, Object> planned, RemoteInstances remote) {
        return converge(planned, remote, false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> converge(Map<String, Object> planned, RemoteInstances remote, boolean again) {
        String id = Values.str(planned, "instance_id");
        remote.invalidate(id);
        Map<String, Object> live = fromRemote(id, remote.maintenance(id));
        if (!again && Values.same(live.get("weekly"), planned.get("weekly")) && Values.same(live.get("start_time"), planned.get("start_time"))
                && Values.same(live.get("span"), planned.get("span"))) {
            return live;
        }
        remote.api().modifyMaintenanceSpan(new ModifyMaintenanceSpan.Request(id, (List<Long>) planned.get("weekly"),
                Values.str(planned, "start_time"), Values.lng(planned, "span")));
        remote.invalidate(id);
        return fromRemote(id, remote.maintenance(id));
    }

    @Override
    public void delete(String address, Map<String, Object> current, RemoteInstances remote, ApplyContext ctx) {
        // Every instance has a window; destroying the resource stops managing it and changes nothing.
    }

    @Override
    public ReadResult importState(String address, String id, RemoteInstances remote) {
        var inst = remote.instance(id);
        if (inst.isEmpty() || inst.get().isGone()) {
            return ReadResult.gone(Diagnostic.error(address, "Cannot import non-existent remote object",
                    "Instance " + id + " was not found in this account and region."));
        }
        return new ReadResult(fromRemote(id, remote.maintenance(id)), List.of());
    }
}
