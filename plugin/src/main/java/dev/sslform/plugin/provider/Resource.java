package dev.sslform.plugin.provider;

import java.util.List;
import java.util.Map;

/**
 * One managed resource type of the provider, in Terraform's vocabulary. Attribute maps hold JSON
 * values; a configuration map holds only what the user wrote (already evaluated), a state map
 * holds every attribute including computed ones.
 *
 * <p>Contract: {@link #plan} never calls a write action; {@link #create}, {@link #update} and
 * {@link #delete} call write actions only when the remote object differs from what is wanted, so
 * an object that already matches costs no API call.
 */
public interface Resource {

    /** The resource type name, e.g. {@code tencentcloud_sqlserver_db_instance_ssl_config}. */
    String type();

    /**
     * The configuration as the resource's typed model writes it (the schema's defaults filled in),
     * or errors for what only plan time can tell (a required value unknown until now, a read-only
     * replica). The schema's validators have run already, in the loader; none is repeated here.
     */
    Configured configure(String address, Map<String, Object> config);

    /** The instance id an object (config or state) concerns, so reads can be batched. */
    String instanceId(Map<String, Object> attributes);

    /**
     * The object as it is now, starting from its prior state (config-only attributes such as
     * {@code wait_switch} are carried over). A null state means the object is gone.
     */
    ReadResult read(String address, Map<String, Object> prior, RemoteInstances remote);

    /**
     * What applying {@code config} to {@code current} (null for a new object) would give.
     * Attributes known only after apply are {@link Values#UNKNOWN}.
     */
    Proposal plan(String address, Map<String, Object> config, Map<String, Object> current, RemoteInstances remote);

    /**
     * The plan for an object that was in state but whose remote object no longer exists, while
     * the configuration still wants it: a create (issue 6: "create again if still configured"),
     * made without reading the remote, so apply tries and fails with the API's own error until
     * the object exists again.
     */
    default Proposal planRecreate(String address, Map<String, Object> config) {
        Map<String, Object> planned = Values.copy(config);
        planned.put("id", instanceId(config));
        return new Proposal(planned, java.util.Set.of(), List.of("the remote object of " + address + " no longer exists;"
                + " apply will try to create it again and fail with the API's error until it exists"), List.of(), List.of());
    }

    /** Brings a new object under management; returns its state. */
    Map<String, Object> create(String address, Map<String, Object> planned, RemoteInstances remote, ApplyContext ctx);

    /** Changes an existing object; returns its new state. */
    Map<String, Object> update(String address, Map<String, Object> current, Map<String, Object> planned,
                               RemoteInstances remote, ApplyContext ctx);

    /**
     * Terraform's {@code -replace=ADDR}: the object is replaced on request although nothing in
     * its configuration forces it. By default it is destroyed and created again; a resource may
     * say what replacing means for it (a certificate renewal, a setting sent again).
     */
    default Map<String, Object> replaceRequested(String address, Map<String, Object> current, Map<String, Object> planned,
                                                 RemoteInstances remote, ApplyContext ctx) {
        delete(address, current, remote, ctx);
        return create(address, planned, remote, ctx);
    }

    /** Stops managing an object, changing the remote only where the resource says so. */
    void delete(String address, Map<String, Object> current, RemoteInstances remote, ApplyContext ctx);

    /**
     * Where this type's changes go among the changes to one instance in an apply: lower first.
     * A maintenance window comes before the SSL change that may be scheduled into it, so the
     * operation is accepted, recorded and reported against the window the configuration sets.
     */
    default int applyOrder() {
        return 0;
    }

    /** The state of an existing remote object, as if it had been created with default settings. */
    ReadResult importState(String address, String id, RemoteInstances remote);

    /** The result of {@link #configure}. */
    record Configured(Map<String, Object> config, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /** The result of a read: the state (null when the object is gone) and anything worth saying. */
    record ReadResult(Map<String, Object> state, List<Diagnostic> diagnostics) {
        public static ReadResult gone(Diagnostic why) {
            return new ReadResult(null, why == null ? List.of() : List.of(why));
        }
    }
}
