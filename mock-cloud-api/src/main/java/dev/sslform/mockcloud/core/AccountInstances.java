package dev.sslform.mockcloud.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads for a person browsing one account's instances (the console): an instance by id in any
 * region of the account, the regions the account has instances in, an instance's operation
 * history, and the active operations of a region. Everything is scoped to the account: another
 * account's instance reads as absent, exactly as a missing one does.
 */
public final class AccountInstances {
    private final Store store;
    private final Instances instances;
    private final MockClock clock;

    public AccountInstances(Store store, Instances instances, MockClock clock) {
        this.store = Objects.requireNonNull(store);
        this.instances = Objects.requireNonNull(instances);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One page of an instance list: {@code total} primaries matched, and the page's rows, each
     * primary followed by its read-only replicas; {@code active} holds the active operations of
     * the page's primaries, by primary id.
     */
    public record ListPage(int total, List<InstanceView> rows, Map<String, SslOperation> active) {
    }

    /**
     * A page of the caller's primaries in its region ({@link StoreTransaction#primaries}: the
     * store does the search, order and paging, so a region of 10,000 instances costs a page),
     * each with its replicas, as views derived the way the describe actions derive them.
     */
    public ListPage page(Caller caller, String search, InstanceOrder order, boolean descending, int offset, int limit) {
        return store.transaction(tx -> {
            InstanceSlice slice = tx.primaries(caller.appId(), caller.region(), search, order, descending, offset, limit);
            Map<String, SslOperation> active = new HashMap<>();
            for (SslOperation op : tx.activeOperations(caller.appId(), caller.region())) {
                active.put(op.instanceId(), op);
            }
            java.time.Instant now = clock.instant();
            List<InstanceView> rows = new java.util.ArrayList<>();
            Map<String, SslOperation> onPage = new HashMap<>();
            for (Instance p : slice.items()) {
                SslOperation op = active.get(p.instanceId());
                if (op != null) {
                    onPage.put(p.instanceId(), op);
                }
                List<Instance> replicas = tx.replicas(p.instanceId()).stream().filter(caller::owns).toList();
                rows.add(InstanceView.of(p, p, op, !replicas.isEmpty(), now));
                for (Instance r : replicas) {
                    rows.add(InstanceView.of(r, p, op, false, now));
                }
            }
            return new ListPage(slice.total(), rows, onPage);
        });
    }

    /** The account's instance {@code instanceId}, whatever its region; empty if it has none of that id. */
    public Optional<InstanceView> find(long appId, String instanceId) {
        return instances.adminView(instanceId).filter(v -> v.instance().appId() == appId);
    }

    /** The regions the account has at least one instance in, sorted. */
    public List<String> regions(long appId) {
        TreeSet<String> out = new TreeSet<>();
        store.transaction(tx -> {
            for (Instance i : tx.allInstances()) {
                if (i.appId() == appId) {
                    out.add(i.region());
                }
            }
            return null;
        });
        return List.copyOf(out);
    }

    /**
     * Every SSL operation of the account's instance, newest first; a read-only replica's history
     * is its master's, since SSL is set there (D6). Another account's instance is
     * {@code ResourceNotFound.InstanceNotFound}.
     */
    public List<SslOperation> history(long appId, String instanceId) {
        return store.transaction(tx -> {
            Instance inst = tx.instance(instanceId).filter(i -> i.appId() == appId)
                    .orElseThrow(() -> Instances.notFound(instanceId));
            String source = inst.readOnlyReplica() ? inst.masterId() : inst.instanceId();
            List<SslOperation> ops = new java.util.ArrayList<>(tx.operations(source));
            java.util.Collections.reverse(ops);
            return List.copyOf(ops);
        });
    }

    /** The active (waiting or running) operations of the caller's region, by primary instance id. */
    public Map<String, SslOperation> active(Caller caller) {
        return store.transaction(tx -> {
            Map<String, SslOperation> out = new HashMap<>();
            for (SslOperation op : tx.activeOperations(caller.appId(), caller.region())) {
                out.put(op.instanceId(), op);
            }
            return out;
        });
    }
}
