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

    public AccountInstances(Store store, Instances instances) {
        this.store = Objects.requireNonNull(store);
        this.instances = Objects.requireNonNull(instances);
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
