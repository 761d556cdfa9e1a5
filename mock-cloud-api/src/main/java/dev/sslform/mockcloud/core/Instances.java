package dev.sslform.mockcloud.core;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The instance directory: what the describe actions and the maintenance-window actions read and
 * write, and the admin surface's create, list and delete. Everything a caller sees is scoped to
 * its account and region.
 */
public final class Instances {
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Store store;
    private final MockClock clock;
    private final SslLifecycle.Settings settings;
    private final Random random;

    public Instances(Store store, MockClock clock, SslLifecycle.Settings settings) {
        this(store, clock, settings, new SecureRandom());
    }

    public Instances(Store store, MockClock clock, SslLifecycle.Settings settings, Random random) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.random = Objects.requireNonNull(random);
    }

    static ApiException notFound(String instanceId) {
        return new ApiException(ErrorCodes.INSTANCE_NOT_FOUND, "Instance " + instanceId + " does not exist.");
    }

    /** A page of the caller's instances matching {@code filter}, and the total match count. */
    public record Page(int totalCount, List<InstanceView> items) {
    }

    /** {@code DescribeDBInstances}: filters, then skips {@code skip} and keeps {@code limit}. */
    public Page describe(Caller caller, InstanceFilter filter, long skip, int limit) {
        List<InstanceView> all = store.transaction(tx -> {
            boolean byId = filter.instanceIds() != null && !filter.instanceIds().isEmpty();
            List<Instance> list = byId
                    ? tx.instancesById(caller.appId(), caller.region(), filter.instanceIds())
                    : tx.instances(caller.appId(), caller.region());
            return views(tx, caller, list, !byId);
        });
        List<InstanceView> matched = all.stream().filter(filter::matches).toList();
        int from = (int) Math.min(skip, matched.size());
        int to = Math.min(matched.size(), from + limit);
        return new Page(matched.size(), matched.subList(from, to));
    }

    /** {@code DescribeDBInstancesAttribute}: one instance; a replica shows its master's SSL (D6). */
    public InstanceView attribute(Caller caller, String instanceId) {
        return store.transaction(tx -> {
            Instance inst = tx.instance(instanceId).filter(caller::owns).orElseThrow(() -> notFound(instanceId));
            // The attribute answer has no ROFlag, so the replica look-up is skipped on this hot path.
            return view(tx, inst, false);
        });
    }

    /** The view of any instance, unscoped: for the admin surface. */
    public Optional<InstanceView> adminView(String instanceId) {
        return store.transaction(tx -> tx.instance(instanceId).map(i -> view(tx, i)));
    }

    public List<InstanceView> adminList() {
        return store.transaction(tx -> {
            List<InstanceView> out = new ArrayList<>();
            for (Instance i : tx.allInstances()) {
                out.add(view(tx, i));
            }
            return out;
        });
    }

    /** {@code DescribeMaintenanceSpan}. */
    public MaintenanceWindow maintenanceSpan(Caller caller, String instanceId) {
        return store.transaction(tx -> tx.instance(instanceId).filter(caller::owns).orElseThrow(() -> notFound(instanceId)).window());
    }

    /**
     * {@code ModifyMaintenanceSpan}: null parts keep their current value. A waiting operation on
     * the instance then follows the new window: its pick-up moves to the first check inside it.
     */
    public void modifyMaintenanceSpan(Caller caller, String instanceId, List<Integer> weekly, String startTime, Integer span) {
        store.transaction(tx -> {
            Instance inst = tx.lockInstance(instanceId).filter(caller::owns).orElseThrow(() -> notFound(instanceId));
            MaintenanceWindow old = inst.window();
            MaintenanceWindow w = new MaintenanceWindow(
                    weekly != null ? weekly : old.weekly(),
                    startTime != null ? MaintenanceWindow.parseStartTime(startTime) : old.startTime(),
                    span != null ? span : old.spanHours());
            tx.updateInstance(inst.withWindow(w));
            // Re-read the operation under its row lock: a maintenance check may be starting it
            // right now, and rescheduling the stale WAITING copy would overwrite the RUNNING one.
            tx.activeOperation(instanceId).flatMap(op -> tx.lockOperation(op.flowId()))
                    .filter(op -> op.phase() == OperationPhase.WAITING).ifPresent(op ->
                    tx.updateOperation(op.rescheduled(w.firstCheckAfter(clock.instant(), settings.get().zoneOf(inst.region())))));
            return null;
        });
    }

    /** Creates an instance and its replicas; returns the primary id then the replica ids. */
    public List<String> create(NewInstance spec) {
        if (spec.region() == null || spec.region().isBlank()) {
            throw new IllegalArgumentException("Region is required");
        }
        if (spec.readOnlyReplicas() < 0 || spec.readOnlyReplicas() > 10) {
            throw new IllegalArgumentException("ReadOnlyReplicas must be 0–10, got " + spec.readOnlyReplicas());
        }
        if (spec.instanceId() != null && !spec.instanceId().matches("mssql-[a-z0-9]{1,32}")) {
            throw new IllegalArgumentException("InstanceId must look like mssql-xxxxxxxx (lower-case letters and digits), got "
                    + spec.instanceId());
        }
        return store.transaction(tx -> {
            Instant now = clock.instant();
            MaintenanceWindow window = spec.window() != null ? spec.window() : settings.get().defaultWindow();
            String id = spec.instanceId() != null ? spec.instanceId() : freshId(tx, "mssql-");
            String zone = spec.zone() != null ? spec.zone() : spec.region() + "-1";
            String version = spec.version() != null ? spec.version() : "2019";
            Instance primary = new Instance(id, spec.appId(), spec.region(), zone, spec.name() != null ? spec.name() : id,
                    version, spec.vip() != null ? spec.vip() : vipFor(id), spec.vport() != null ? spec.vport() : 1433,
                    "HA", null, window, false, null, null, false, "", "", now, spec.origin());
            if (!tx.insertInstance(primary)) {
                throw new IllegalStateException("Instance " + id + " already exists");
            }
            List<String> ids = new ArrayList<>(List.of(id));
            for (int n = 0; n < spec.readOnlyReplicas(); n++) {
                String roId = freshId(tx, "mssqlro-");
                Instance ro = new Instance(roId, spec.appId(), spec.region(), zone, primary.name() + "-ro" + (n + 1), version,
                        vipFor(roId), 1433, "RO", id, window, false, null, null, false, "", "", now, spec.origin());
                tx.insertInstance(ro);
                ids.add(roId);
            }
            return ids;
        });
    }

    /** Deletes an instance (and, for a primary, its replicas); false if it did not exist. */
    public boolean delete(String instanceId) {
        return store.transaction(tx -> {
            if (tx.instance(instanceId).isEmpty()) {
                return false;
            }
            for (Instance ro : tx.replicas(instanceId)) {
                tx.deleteInstance(ro.instanceId());
            }
            return tx.deleteInstance(instanceId);
        });
    }

    /** Points an instance at a new address (the data plane reports its real listener). */
    public void setEndpoint(String instanceId, String vip, int vport) {
        store.transaction(tx -> {
            tx.lockInstance(instanceId).ifPresent(i -> tx.updateInstance(i.withEndpoint(vip, vport)));
            return null;
        });
    }

    private InstanceView view(StoreTransaction tx, Instance inst) {
        return view(tx, inst, true);
    }

    /** The view of one instance; {@code withRoFlag} false leaves {@code ROFlag} unresolved for a primary. */
    private InstanceView view(StoreTransaction tx, Instance inst, boolean withRoFlag) {
        Instance master = inst.readOnlyReplica() ? tx.instance(inst.masterId()).orElse(inst) : inst;
        SslOperation active = tx.activeOperation(master.instanceId()).orElse(null);
        boolean hasReplicas = withRoFlag && !inst.readOnlyReplica() && !tx.replicas(inst.instanceId()).isEmpty();
        return InstanceView.of(inst, master, active, hasReplicas, clock.instant());
    }

    /** Views of {@code list}; {@code complete} says it holds every instance of the caller, replicas included. */
    private List<InstanceView> views(StoreTransaction tx, Caller caller, List<Instance> list, boolean complete) {
        Map<String, SslOperation> active = new HashMap<>();
        for (SslOperation op : tx.activeOperations(caller.appId(), caller.region())) {
            active.put(op.instanceId(), op);
        }
        Map<String, Instance> byId = new HashMap<>();
        Set<String> masters = new HashSet<>();
        for (Instance i : list) {
            byId.put(i.instanceId(), i);
            if (i.readOnlyReplica()) {
                masters.add(i.masterId());
            }
        }
        Instant now = clock.instant();
        List<InstanceView> out = new ArrayList<>(list.size());
        for (Instance i : list) {
            Instance master = i;
            if (i.readOnlyReplica()) {
                master = byId.containsKey(i.masterId()) ? byId.get(i.masterId()) : tx.instance(i.masterId()).orElse(i);
            }
            boolean hasReplicas = !i.readOnlyReplica() && (masters.contains(i.instanceId())
                    || (!complete && !tx.replicas(i.instanceId()).isEmpty()));
            out.add(InstanceView.of(i, master, active.get(master.instanceId()), hasReplicas, now));
        }
        return out;
    }

    private String freshId(StoreTransaction tx, String prefix) {
        while (true) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 8; i++) {
                sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            String id = sb.toString();
            if (tx.instance(id).isEmpty()) {
                return id;
            }
        }
    }

    /** A stable private address for an id, in 10.0.0.0/8, so the same id always gets the same Vip. */
    static String vipFor(String id) {
        int h = id.hashCode();
        return "10." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (1 + (h & 0xff) % 254);
    }
}
