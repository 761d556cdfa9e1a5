package dev.sslform.plugin.provider;

import static dev.sslform.plugin.provider.Values.UNKNOWN;

import dev.sslform.plugin.provider.api.ApiError;
import dev.sslform.plugin.provider.api.DBInstance;
import dev.sslform.plugin.provider.api.FlowException;
import dev.sslform.plugin.provider.api.ModifyDBInstanceSSL;
import dev.sslform.plugin.provider.api.SSLConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code tencentcloud_sqlserver_db_instance_ssl_config}: the SSL setting of one SQL Server
 * instance, with the real provider's arguments plus {@code wait_switch}, {@code renew_before_days},
 * {@code disable_on_destroy} and {@code timeouts}. The id is the instance id.
 *
 * <p>While an operation waits for the window or runs, {@code encryption} in state holds the value
 * the operation will leave and {@code pending} says it has not happened yet; so a configuration
 * that wants the same thing plans nothing, and one that wants the opposite shows the change.
 */
public final class SslConfigResource implements Resource {

    public static final String TYPE = "tencentcloud_sqlserver_db_instance_ssl_config";
    public static final String DEFAULT_TIMEOUT = "30m";

    static final Set<String> ARGUMENTS = Set.of("instance_id", "encryption", "is_kms", "cmk_id", "cmk_region", "wait_switch",
            "renew_before_days", "disable_on_destroy", "timeouts");

    private final Clock clock;

    public SslConfigResource(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
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
        checkArgumentsAndInstanceId(address, c, ARGUMENTS, diags);
        String enc = Values.str(c, "encryption");
        if (!"enable".equals(enc) && !"disable".equals(enc)) {
            diags.add(Diagnostic.error(address, enc == null ? "Missing required argument" : "Invalid value for encryption",
                    "\"encryption\" must be \"enable\" or \"disable\"" + (enc == null ? "." : ", not \"" + enc + "\".")));
        }
        c.putIfAbsent("wait_switch", 0L);
        c.putIfAbsent("renew_before_days", 0L);
        c.putIfAbsent("disable_on_destroy", false);
        Long ws = Values.lng(c, "wait_switch");
        if (ws == null || (ws != 0 && ws != 1)) {
            diags.add(Diagnostic.error(address, "Invalid value for wait_switch", "\"wait_switch\" must be 0 (now) or 1 (in the maintenance window)."));
        }
        Long rb = Values.lng(c, "renew_before_days");
        if (rb == null || rb < 0) {
            diags.add(Diagnostic.error(address, "Invalid value for renew_before_days", "\"renew_before_days\" must be a whole number of days, 0 or more."));
        }
        Long kms = Values.lng(c, "is_kms");
        if (c.get("is_kms") != null && (kms == null || (kms != 0 && kms != 1))) {
            diags.add(Diagnostic.error(address, "Invalid value for is_kms", "\"is_kms\" must be 0 or 1."));
        } else if (kms != null && kms == 1 && (Values.str(c, "cmk_id") == null || Values.str(c, "cmk_region") == null)) {
            diags.add(Diagnostic.error(address, "Missing KMS key", "With is_kms = 1, both \"cmk_id\" and \"cmk_region\" are required."));
        }
        Map<String, Object> timeouts = new LinkedHashMap<>();
        timeouts.put("create", DEFAULT_TIMEOUT);
        timeouts.put("update", DEFAULT_TIMEOUT);
        Map<String, Object> given = Values.map(c, "timeouts");
        if (given != null) {
            for (var e : given.entrySet()) {
                if (!timeouts.containsKey(e.getKey())) {
                    diags.add(Diagnostic.error(address, "Unsupported timeout", "timeouts has \"create\" and \"update\", not \"" + e.getKey() + "\"."));
                    continue;
                }
                try {
                    GoDuration.parse(String.valueOf(e.getValue()));
                    timeouts.put(e.getKey(), String.valueOf(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    diags.add(Diagnostic.error(address, "Invalid timeout", "timeouts." + e.getKey() + ": " + ex.getMessage()));
                }
            }
        }
        c.put("timeouts", timeouts);
        return new Configured(c, diags);
    }

    /**
     * The checks every resource keyed by an instance makes: no argument outside {@code arguments},
     * and an {@code instance_id} that is present and names a primary, not a replica.
     */
    static void checkArgumentsAndInstanceId(String address, Map<String, Object> c, Set<String> arguments, List<Diagnostic> diags) {
        for (String k : c.keySet()) {
            if (!arguments.contains(k)) {
                diags.add(Diagnostic.error(address, "Unsupported argument", "An argument named \"" + k + "\" is not expected here."));
            }
        }
        String id = Values.str(c, "instance_id");
        if (id == null || id.isBlank()) {
            diags.add(Diagnostic.error(address, "Missing required argument", "The argument \"instance_id\" is required."));
        } else if (id.startsWith("mssqlro-")) {
            diags.add(replicaError(address, id));
        }
    }

    static Diagnostic replicaError(String address, String id) {
        return Diagnostic.error(address, "Read-only replica in instance_id",
                id + " is a read-only replica. Replicas follow their master's SSL setting and cannot be changed on their own:"
                        + " set instance_id to the master instance.");
    }

    @Override
    public ReadResult read(String address, Map<String, Object> prior, RemoteInstances remote) {
        String id = instanceId(prior);
        if (!remote.exists(id)) {
            return ReadResult.gone(Diagnostic.warning(address, "Instance no longer exists",
                    "Instance " + id + " was not found (or is isolated or offline); " + address + " is dropped from state."
                            + " If it is still configured, the next apply creates it again."));
        }
        return new ReadResult(fromRemote(prior, id, remote.ssl(id), remote), List.of());
    }

    private Map<String, Object> fromRemote(Map<String, Object> prior, String id, SSLConfig ssl, RemoteInstances remote) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("instance_id", id);
        Map<String, Object> pendingPrior = Values.map(prior, "pending");
        String enc = ssl.encryption() == null ? "disable" : ssl.encryption();
        Map<String, Object> pending = null;
        String effective;
        switch (enc) {
            case "enable", "disable" -> effective = enc;
            case "enable_doing", "renew_doing" -> {
                effective = "enable";
                pending = pendingFrom(pendingPrior, enc.equals("renew_doing") ? "renew" : "enable", null);
            }
            case "disable_doing" -> {
                effective = "disable";
                pending = pendingFrom(pendingPrior, "disable", null);
            }
            case "wait_doing" -> {
                String op = pendingPrior == null ? "unknown" : Values.str(pendingPrior, "operation");
                String priorEnc = Values.str(prior, "encryption");
                effective = "unknown".equals(op) ? (priorEnc == null ? "unknown" : priorEnc) : target(op);
                Instant next = MaintenanceSchedule.of(remote.maintenance(id)).nextStart(clock.instant());
                pending = pendingFrom(pendingPrior, op, next);
            }
            default -> effective = enc;
        }
        s.put("encryption", effective);
        s.put("is_kms", ssl.isKms() == null ? 0L : ssl.isKms());
        s.put("cmk_id", ssl.cmkId() == null ? "" : ssl.cmkId());
        s.put("cmk_region", ssl.cmkRegion() == null ? "" : ssl.cmkRegion());
        s.put("wait_switch", orDefault(prior, "wait_switch", 0L));
        s.put("renew_before_days", orDefault(prior, "renew_before_days", 0L));
        s.put("disable_on_destroy", orDefault(prior, "disable_on_destroy", false));
        s.put("timeouts", orDefault(prior, "timeouts", Map.of("create", DEFAULT_TIMEOUT, "update", DEFAULT_TIMEOUT)));
        s.put("ssl_validity_period", ssl.sslValidityPeriod() == null ? "" : ssl.sslValidityPeriod());
        s.put("ssl_validity", ssl.sslValidity() == null ? 0L : ssl.sslValidity());
        s.put("pending", pending);
        return s;
    }

    private static Object orDefault(Map<String, Object> m, String key, Object dflt) {
        Object v = m == null ? null : m.get(key);
        return v == null ? dflt : v;
    }

    private static Map<String, Object> pendingFrom(Map<String, Object> prior, String op, Instant nextWindow) {
        Map<String, Object> p = new LinkedHashMap<>();
        boolean same = prior != null && (op.equals(Values.str(prior, "operation")) || "unknown".equals(op));
        p.put("operation", same ? Values.str(prior, "operation") : op);
        p.put("flow_id", same ? Values.lng(prior, "flow_id") : null);
        p.put("requested_at", same ? Values.str(prior, "requested_at") : null);
        p.put("next_window_start", nextWindow == null ? null : nextWindow.toString());
        return p;
    }

    /** The Encryption value an operation leaves behind. */
    static String target(String operation) {
        return "disable".equals(operation) ? "disable" : "enable";
    }

    @Override
    public Proposal plan(String address, Map<String, Object> config, Map<String, Object> current, RemoteInstances remote) {
        List<Diagnostic> diags = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String id = instanceId(config);
        Instant now = clock.instant();
        Map<String, Object> planned;
        if (current == null) {
            var inst = remote.instance(id);
            if (inst.isEmpty() || inst.get().isGone()) {
                diags.add(Diagnostic.error(address, "Instance not found", "Instance " + id + " does not exist in this account and region."));
                return new Proposal(config, Set.of(), reasons, notes, diags);
            }
            if (inst.get().isReadOnlyReplica()) {
                diags.add(replicaError(address, id));
                return new Proposal(config, Set.of(), reasons, notes, diags);
            }
            Map<String, Object> live = fromRemote(unmanaged(config), id, remote.ssl(id), remote);
            planned = merge(live, config);
            if (Values.same(live.get("encryption"), planned.get("encryption")) && live.get("pending") == null && !renewDue(planned, now)) {
                reasons.add("instance already has encryption = \"" + live.get("encryption") + "\"; taking it under management changes nothing remotely");
                certificateWarning(address, planned, now, diags);
            } else {
                planChange(address, live, planned, now, reasons, notes, diags);
            }
            return new Proposal(planned, Set.of(), reasons, notes, diags);
        }
        planned = merge(current, config);
        Set<String> replace = Set.of();
        if (!Values.same(current.get("instance_id"), config.get("instance_id"))) {
            replace = Set.of("instance_id");
            var inst = remote.instance(id);
            if (inst.isPresent() && inst.get().isReadOnlyReplica()) {
                diags.add(replicaError(address, id));
            }
            for (String k : List.of("ssl_validity_period", "ssl_validity", "pending", "is_kms", "cmk_id", "cmk_region")) {
                if (config.get(k) == null) {
                    planned.put(k, UNKNOWN);
                }
            }
            planned.put("id", UNKNOWN);
            return new Proposal(planned, replace, reasons, notes, diags);
        }
        planChange(address, current, planned, now, reasons, notes, diags);
        return new Proposal(planned, replace, reasons, notes, diags);
    }

    @Override
    public Proposal planRecreate(String address, Map<String, Object> config) {
        Map<String, Object> planned = new LinkedHashMap<>(config);
        planned.put("id", instanceId(config));
        for (String k : List.of("ssl_validity_period", "ssl_validity", "pending", "is_kms", "cmk_id", "cmk_region")) {
            if (config.get(k) == null) {
                planned.put(k, UNKNOWN);
            }
        }
        return new Proposal(planned, Set.of(), List.of("instance " + instanceId(config) + " no longer exists; apply will try to create"
                + " it again and fail with the API's error until the instance exists"), List.of(), List.of());
    }

    private void planChange(String address, Map<String, Object> current, Map<String, Object> planned, Instant now,
                            List<String> reasons, List<String> notes, List<Diagnostic> diags) {
        Map<String, Object> pending = Values.map(current, "pending");
        boolean encChange = !Values.same(current.get("encryption"), planned.get("encryption"));
        if (pending != null) {
            notes.add(pendingNote(pending));
            if (encChange && foreign(pending)) {
                reasons.add("apply will stop with an error until the pending " + operationName(pending)
                        + " started outside sslform finishes: the API cannot cancel it, and sslform waits only for its own flows");
            } else if (encChange && Values.lng(pending, "flow_id") == null) {
                reasons.add("apply will stop with an error until the pending " + Values.str(pending, "operation")
                        + " sslform requested (its flow id was never recorded) finishes: the API cannot cancel it");
            } else if (encChange) {
                reasons.add("apply must first wait for the pending " + Values.str(pending, "operation")
                        + describeFlow(pending) + " to finish: the API cannot cancel it");
            }
        }
        if (encChange) {
            planned.put("ssl_validity_period", UNKNOWN);
            planned.put("ssl_validity", UNKNOWN);
            planned.put("pending", Values.lng(planned, "wait_switch") == 1 ? UNKNOWN : null);
            return;
        }
        if (pending == null && renewDue(planned, now)) {
            reasons.add("renew: " + Certificates.phrase(now, Values.str(current, "ssl_validity_period")));
            planned.put("ssl_validity_period", UNKNOWN);
            planned.put("ssl_validity", UNKNOWN);
            planned.put("pending", Values.lng(planned, "wait_switch") == 1 ? UNKNOWN : null);
            return;
        }
        certificateWarning(address, planned, now, diags);
    }

    /**
     * True for an operation sslform did not start: it has neither a flow id nor the
     * {@code requested_at} sslform records before every call. An operation with
     * {@code requested_at} but no flow id is sslform's own, from a run that stopped between
     * recording it and the API's answer; the refresh keeps it (adopts it) while the instance
     * shows an operation in progress, and drops it when the instance shows none.
     */
    static boolean foreign(Map<String, Object> pending) {
        return pending != null && Values.lng(pending, "flow_id") == null && Values.str(pending, "requested_at") == null;
    }

    /** The pending operation's name; "SSL operation (the API does not say which)" for a wait_doing sslform did not start. */
    private static String operationName(Map<String, Object> pending) {
        String op = Values.str(pending, "operation");
        return "unknown".equals(op) ? "SSL operation (the API does not say which)" : op;
    }

    private static String describeFlow(Map<String, Object> pending) {
        Long flow = Values.lng(pending, "flow_id");
        return flow == null ? "" : " (flow " + flow + ")";
    }

    /** "enable (flow 7, requested …) waits for the maintenance window opening …". */
    static String pendingNote(Map<String, Object> pending) {
        List<String> facts = new ArrayList<>();
        Long flow = Values.lng(pending, "flow_id");
        if (flow != null) {
            facts.add("flow " + flow);
        }
        String requested = Values.str(pending, "requested_at");
        if (requested != null) {
            facts.add("requested " + requested);
        }
        String head = operationName(pending) + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
        String next = Values.str(pending, "next_window_start");
        if (next == null) {
            return head + " is running now";
        }
        return head + " waits for the maintenance window opening "
                + MaintenanceSchedule.describe(Instant.parse(next), MaintenanceSchedule.REGION_ZONE);
    }

    private static boolean renewDue(Map<String, Object> planned, Instant now) {
        Long days = Values.lng(planned, "renew_before_days");
        if (days == null || days <= 0 || !"enable".equals(Values.str(planned, "encryption"))) {
            return false;
        }
        Instant expiry = Certificates.expiry(Values.str(planned, "ssl_validity_period"));
        return expiry != null && Certificates.within(now, expiry, days);
    }

    private static void certificateWarning(String address, Map<String, Object> planned, Instant now, List<Diagnostic> diags) {
        if (!"enable".equals(Values.str(planned, "encryption")) || renewDue(planned, now)) {
            return;
        }
        String period = Values.str(planned, "ssl_validity_period");
        Instant expiry = Certificates.expiry(period);
        if (expiry != null && Certificates.within(now, expiry, Certificates.WARN_DAYS)) {
            diags.add(Diagnostic.warning(address, expiry.isAfter(now) ? "Certificate expires soon" : "Certificate has expired",
                    "The " + Certificates.phrase(now, period) + ". Set renew_before_days (e.g. 30) to have sslform renew it."));
        }
    }

    /** {@code base} with the configured arguments laid over it; Optional+Computed KMS fields keep their value when unset. */
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (String k : ARGUMENTS) {
            Object v = config.get(k);
            if (v != null || !Set.of("is_kms", "cmk_id", "cmk_region").contains(k)) {
                out.put(k, v);
            }
        }
        out.put("id", config.get("instance_id"));
        return out;
    }

    @Override
    public Map<String, Object> create(String address, Map<String, Object> planned, RemoteInstances remote, ApplyContext ctx) {
        String id = instanceId(planned);
        Map<String, Object> prior = unmanaged(planned);
        return converge(address, prior, fromRemote(prior, id, remote.ssl(id), remote), planned, remote, ctx, "create", false);
    }

    /**
     * The settings of {@code config} without its encryption or pending operation: what is known of
     * an instance not yet under management. Its SSL state comes from the API alone, so an
     * operation someone else queued for the window ({@code wait_doing}, which does not say what it
     * will do) reads as "unknown" rather than as the value the configuration wants.
     */
    private static Map<String, Object> unmanaged(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>(config);
        out.remove("encryption");
        out.remove("pending");
        return out;
    }

    @Override
    public Map<String, Object> update(String address, Map<String, Object> current, Map<String, Object> planned,
                                      RemoteInstances remote, ApplyContext ctx) {
        String id = instanceId(planned);
        return converge(address, current, fromRemote(current, id, remote.ssl(id), remote), planned, remote, ctx, "update", false);
    }

    /**
     * {@code -replace=ADDR}: a certificate renewal now (with the configuration's wait_switch),
     * instead of waiting until {@code renew_before_days} makes one due. An instance already
     * renewing is not renewed twice.
     */
    @Override
    public Map<String, Object> replaceRequested(String address, Map<String, Object> current, Map<String, Object> planned,
                                                RemoteInstances remote, ApplyContext ctx) {
        String id = instanceId(planned);
        return converge(address, current, fromRemote(current, id, remote.ssl(id), remote), planned, remote, ctx, "update", true);
    }

    /**
     * Brings the instance from {@code current} to {@code planned}. {@code current} may come from
     * the plan's read ({@link RemoteInstances#readByPlan}): an enable or disable is then sent on
     * it, and when the API answers that the instance changed since ({@code NotSupportRepeat},
     * {@code InstanceStatusInvalid}), the instance is read again and the choice made afresh; a
     * renew, which the API would repeat without complaint, is always chosen on a fresh read, as
     * is any change to an instance that was busy with an operation sslform did not start.
     * This saves a {@code DescribeDBInstancesAttribute} per change, the call that bounds a fleet
     * apply at the API's rate limit.
     *
     * @param prior the attributes carried into the new state (the prior state, or the planned values for a create)
     */
    private Map<String, Object> converge(String address, Map<String, Object> prior, Map<String, Object> current,
                                         Map<String, Object> planned, RemoteInstances remote, ApplyContext ctx, String timeoutKey,
                                         boolean renewNow) {
        String id = instanceId(planned);
        Duration timeout = GoDuration.parse(String.valueOf(Values.map(planned, "timeouts").get(timeoutKey)));
        String op = operationFor(current, planned, renewNow);
        Map<String, Object> seenPending = Values.map(current, "pending");
        boolean foreign = foreign(seenPending);
        if (remote.readByPlan(id) && ("renew".equals(op) || (op != null && foreign))) {
            // a renew would be carried out twice, and someone else's operation may have ended since
            remote.invalidate(id);
            current = fromRemote(prior, id, remote.ssl(id), remote);
            op = operationFor(current, planned, renewNow);
        }
        Map<String, Object> pending = Values.map(current, "pending");
        if (op != null && pending != null) {
            Long flow = Values.lng(pending, "flow_id");
            if (flow == null && !foreign(pending)) {
                throw new ProviderException("Operation in progress",
                        "Instance " + id + " has an SSL operation in progress that sslform requested (" + pendingNote(pending)
                                + ") in a run that stopped before it recorded the flow id, so sslform cannot follow the flow."
                                + " Wait until it finishes, then apply again.", null);
            }
            if (flow == null) {
                throw new ProviderException("Operation in progress",
                        "Instance " + id + " has an SSL operation in progress that sslform did not start (" + pendingNote(pending)
                                + "). Wait until it finishes, then apply again.", null);
            }
            ctx.info("waiting for the pending " + Values.str(pending, "operation") + " (flow " + flow + ") to finish first");
            await(address, id, flow, timeout, current, remote, ctx);
            remote.invalidate(id);
            current = fromRemote(Map.of(), id, remote.ssl(id), remote);
            op = operationFor(current, planned, renewNow);
        }
        Map<String, Object> state = keepConfig(current, planned);
        if (op == null) {
            return state;
        }
        long waitSwitch = Values.lng(planned, "wait_switch");
        boolean kms = "enable".equals(op) && Long.valueOf(1).equals(Values.lng(planned, "is_kms"));
        ModifyDBInstanceSSL.Request req = new ModifyDBInstanceSSL.Request(id, op, waitSwitch, kms ? 1L : null,
                kms ? Values.str(planned, "cmk_id") : null, kms ? Values.str(planned, "cmk_region") : null);
        Instant next = waitSwitch == 1 ? MaintenanceSchedule.of(remote.maintenance(id)).nextStart(clock.instant()) : null;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("operation", op);
        p.put("flow_id", null);
        p.put("requested_at", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        p.put("next_window_start", next == null ? null : next.toString());
        state.put("encryption", target(op));
        state.put("pending", p);
        // Recorded before the call: if this run dies before the answer, the next one knows the
        // operation is its own (requested_at without flow_id). Throws, and nothing is sent, when
        // state cannot be written.
        ctx.intend(state);
        ModifyDBInstanceSSL.Response resp;
        try {
            resp = remote.api().modifyDBInstanceSSL(req);
        } catch (ApiError e) {
            ctx.abandon();
            boolean changedSince = ApiError.NOT_SUPPORT_REPEAT.equals(e.code()) || ApiError.INSTANCE_STATUS_INVALID.equals(e.code());
            if (!changedSince || !remote.readByPlan(id)) {
                throw e;
            }
            ctx.info("changed since the plan (" + e.code() + "); reading it again");
            remote.invalidate(id);
            return converge(address, prior, fromRemote(prior, id, remote.ssl(id), remote), planned, remote, ctx, timeoutKey, renewNow);
        }
        if (resp == null || resp.flowId() == null) {
            throw new ProviderException("No FlowId", "ModifyDBInstanceSSL on " + id + " returned no FlowId", null);
        }
        p.put("flow_id", resp.flowId());
        ctx.record(state);
        if (waitSwitch == 1) {
            ctx.info(pendingNote(p));
            return state;
        }
        await(address, id, resp.flowId(), timeout, state, remote, ctx);
        remote.invalidate(id);
        return keepConfig(fromRemote(state, id, remote.ssl(id), remote), planned);
    }

    private void await(String address, String id, long flow, Duration timeout, Map<String, Object> state,
                       RemoteInstances remote, ApplyContext ctx) {
        try {
            remote.flows().await(id, flow, timeout, progress -> ctx.progress(progress.elapsed()),
                    ctx::stopRequested);
        } catch (FlowException e) {
            if (e.kind() == FlowException.Kind.INTERRUPTED) {
                throw new ProviderException("Interrupted", e.getMessage()
                        + ". It is recorded as pending in state; the next plan recognizes it from the API and sends nothing again.", e);
            }
            remote.invalidate(id);
            SSLConfig now = remote.ssl(id);
            if (e.kind() == FlowException.Kind.FAILED) {
                ctx.record(keepConfig(fromRemote(Map.of(), id, now, remote), state));
                throw new ProviderException("Flow failed", e.getMessage() + "; the instance's SSL is back to \"" + now.encryption() + "\"", e);
            }
            throw new ProviderException("Timed out", e.getMessage() + "; the instance's SSL state was \"" + now.encryption()
                    + "\". The operation is recorded as pending in state; plan again to see it.", e);
        }
    }

    /**
     * enable, disable, renew, or null when the remote already gives what is planned. A renew is
     * chosen only when the plan asked for a new certificate and the one {@code current} shows is
     * still due under {@code renew_before_days}: an instance someone else enabled or renewed since
     * the plan is not restarted again for nothing.
     */
    private String operationFor(Map<String, Object> current, Map<String, Object> planned, boolean renewNow) {
        String want = Values.str(planned, "encryption");
        if (!Objects.equals(want, Values.str(current, "encryption"))) {
            return want;
        }
        Map<String, Object> pending = Values.map(current, "pending");
        if (renewNow && "enable".equals(want) && (pending == null || !"renew".equals(Values.str(pending, "operation")))) {
            return "renew";
        }
        if ("enable".equals(want) && planned.get("ssl_validity_period") == UNKNOWN
                && (pending == null || !"renew".equals(Values.str(pending, "operation")))) {
            Map<String, Object> now = new LinkedHashMap<>(current);
            now.put("renew_before_days", planned.get("renew_before_days"));
            return renewDue(now, clock.instant()) ? "renew" : null;
        }
        return null;
    }

    private static Map<String, Object> keepConfig(Map<String, Object> remoteState, Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>(remoteState);
        for (String k : List.of("wait_switch", "renew_before_days", "disable_on_destroy", "timeouts")) {
            if (config.get(k) != null && config.get(k) != UNKNOWN) {
                out.put(k, config.get(k));
            }
        }
        return out;
    }

    @Override
    public void delete(String address, Map<String, Object> current, RemoteInstances remote, ApplyContext ctx) {
        if (!Values.bool(current, "disable_on_destroy")) {
            return;
        }
        String id = instanceId(current);
        if (!remote.exists(id)) {
            return;
        }
        Map<String, Object> planned = new LinkedHashMap<>(current);
        planned.put("encryption", "disable");
        update(address, current, planned, remote, ctx);
    }

    @Override
    public ReadResult importState(String address, String id, RemoteInstances remote) {
        DBInstance inst = remote.instance(id).orElse(null);
        if (inst == null || inst.isGone()) {
            return ReadResult.gone(Diagnostic.error(address, "Cannot import non-existent remote object",
                    "Instance " + id + " was not found in this account and region."));
        }
        if (inst.isReadOnlyReplica()) {
            return ReadResult.gone(replicaError(address, id));
        }
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("instance_id", id);
        return new ReadResult(fromRemote(seed, id, remote.ssl(id), remote), List.of());
    }
}
