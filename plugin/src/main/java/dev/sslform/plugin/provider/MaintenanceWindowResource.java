package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.ModifyMaintenanceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code tencentcloud_sqlserver_maintenance_window}: the weekly window of one instance
 * ({@code weekly} set of 1–7, {@code start_time} HH:mm, {@code span} hours), read with
 * {@code DescribeMaintenanceSpan} and set with {@code ModifyMaintenanceSpan} (synchronous). The id
 * is the instance id. Destroying it leaves the window as it is: every instance has one.
 *
 * <p>Configuration and planned maps are decoded once into a {@link MaintenanceWindowModel}
 * (checked against the schema); state is written only from one.
 */
public final class MaintenanceWindowResource implements Resource {

    public static final String TYPE = "tencentcloud_sqlserver_maintenance_window";

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

    /** The configuration as its {@link MaintenanceWindowModel} writes it ({@code weekly} sorted, without repeats). */
    @Override
    public Configured configure(String address, Map<String, Object> raw) {
        Map<String, Object> c = Values.copy(raw);
        List<Diagnostic> diags = new ArrayList<>(ConfigChecks.shape(address, MaintenanceWindowModel.SCHEMA, c));
        SslConfigResource.checkNotReplica(address, c, diags);
        if (!diags.isEmpty()) {
            return new Configured(c, diags);
        }
        MaintenanceWindowModel model = ConfigChecks.decode(address, c, MaintenanceWindowModel::decode, diags);
        return new Configured(model == null ? c : model.toConfig(), diags);
    }

    @Override
    public ReadResult read(String address, Map<String, Object> prior, RemoteInstances remote) {
        String id = instanceId(prior);
        if (!remote.exists(id)) {
            return ReadResult.gone(Diagnostic.warning(address, "Instance no longer exists",
                    "Instance " + id + " was not found; " + address + " is dropped from state."));
        }
        return new ReadResult(MaintenanceWindowModel.of(id, remote.maintenance(id)).toState(), List.of());
    }

    @Override
    public Proposal plan(String address, Map<String, Object> config, Map<String, Object> current, RemoteInstances remote) {
        MaintenanceWindowModel want = MaintenanceWindowModel.decode(config);
        String id = want.instanceId();
        Map<String, Object> planned = want.toState();
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
        Set<String> replace = Objects.equals(instanceId(current), id) ? Set.of() : Set.of("instance_id");
        return new Proposal(planned, replace, List.of(), List.of(), List.of());
    }

    @Override
    public Map<String, Object> create(String address, Map<String, Object> planned, RemoteInstances remote, ApplyContext ctx) {
        return converge(MaintenanceWindowModel.decode(planned), remote, false);
    }

    @Override
    public Map<String, Object> update(String address, Map<String, Object> current, Map<String, Object> planned,
                                      RemoteInstances remote, ApplyContext ctx) {
        return converge(MaintenanceWindowModel.decode(planned), remote, false);
    }

    /** {@code -replace=ADDR}: the window is sent again (ModifyMaintenanceSpan) even when the instance already has it. */
    @Override
    public Map<String, Object> replaceRequested(String address, Map<String, Object> current, Map<String, Object> planned,
                                                RemoteInstances remote, ApplyContext ctx) {
        return converge(MaintenanceWindowModel.decode(planned), remote, true);
    }

    private static Map<String, Object> converge(MaintenanceWindowModel want, RemoteInstances remote, boolean again) {
        String id = want.instanceId();
        remote.invalidate(id);
        MaintenanceWindowModel live = MaintenanceWindowModel.of(id, remote.maintenance(id));
        if (!again && live.equals(want)) {
            return live.toState();
        }
        remote.api().modifyMaintenanceSpan(new ModifyMaintenanceSpan.Request(id, want.weekly(), want.startTime(), want.span()));
        remote.invalidate(id);
        return MaintenanceWindowModel.of(id, remote.maintenance(id)).toState();
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
        return new ReadResult(MaintenanceWindowModel.of(id, remote.maintenance(id)).toState(), List.of());
    }
}
