package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.SslConfigModel.Kms;
import dev.sslform.plugin.provider.SslConfigModel.Settings;
import dev.sslform.plugin.provider.SslConfigState.Pending;
import dev.sslform.plugin.provider.api.ApiError;
import dev.sslform.plugin.provider.api.DBInstance;
import dev.sslform.plugin.provider.api.FlowException;
import dev.sslform.plugin.provider.api.ModifyDBInstanceSSL;
import dev.sslform.plugin.provider.api.SSLConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
 *
 * <p>Every method decodes its attribute maps once, at the top: the configuration or plan into an
 * {@link SslConfigModel} (checked against the schema, with its defaults), state into an {@link
 * SslConfigState}; and writes state and planned values only through {@link SslConfigState#toMap}.
 */
public final class SslConfigResource implements Resource {

    public static final String TYPE = "tencentcloud_sqlserver_db_instance_ssl_config";

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

    /**
     * The configuration as its {@link SslConfigModel} writes it (the schema's defaults filled in).
     * The loader has checked every value against the schema; what is left for plan time is what
     * only a known value tells: present at all, and not a replica.
     */
    @Override
    public Configured configure(String address, Map<String, Object> raw) {
        Map<String, Object> c = Values.copy(raw);
        List<Diagnostic> diags = new ArrayList<>(ConfigChecks.shape(address, SslConfigModel.SCHEMA, c));
        checkNotReplica(address, c, diags);
        if (!diags.isEmpty()) {
            return new Configured(c, diags);
        }
        SslConfigModel model = ConfigChecks.decode(address, c, SslConfigModel::decode, diags);
        return new Configured(model == null ? c : model.toMap(), diags);
    }

    /** An {@code instance_id} that names a read-only replica, which has no SSL setting of its own. */
    static void checkNotReplica(String address, Map<String, Object> c, List<Diagnostic> diags) {
        String id = Values.str(c, "instance_id");
        if (id != null && id.startsWith("mssqlro-")) {
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
        return new ReadResult(fromRemote(SslConfigState.of(prior), id, remote.ssl(id), remote).toMap(), List.of());
    }

    /**
     * The object as the API shows it, with what {@code prior} knows that the API does not say:
     * the settings, the pending operation's flow id and request time, and for a {@code wait_doing}
     * which operation waits.
     */
    private SslConfigState fromRemote(SslConfigState prior, String id, SSLConfig ssl, RemoteInstances remote) {
        Pending pendingPrior = prior.pending();
        String enc = ssl.encryption() == null ? "disable" : ssl.encryption();
        Pending pending = null;
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
                String op = pendingPrior == null ? "unknown" : pendingPrior.operation();
                String priorEnc = prior.encryption();
                effective = "unknown".equals(op) ? (priorEnc == null ? "unknown" : priorEnc) : target(op);
                Instant next = MaintenanceSchedule.of(remote.maintenance(id)).nextStart(clock.instant());
                pending = pendingFrom(pendingPrior, op, next);
            }
            default -> effective = enc;
        }
        Kms kms = new Kms(ssl.isKms() == null ? 0L : ssl.isKms(), ssl.cmkId() == null ? "" : ssl.cmkId(),
                ssl.cmkRegion() == null ? "" : ssl.cmkRegion());
        return new SslConfigState(id, id, effective, kms, prior.settings(),
                ssl.sslValidityPeriod() == null ? "" : ssl.sslValidityPeriod(), ssl.sslValidity() == null ? 0L : ssl.sslValidity(), pending);
    }

    private static Pending pendingFrom(Pending prior, String op, Instant nextWindow) {
        boolean same = prior != null && (op.equals(prior.operation()) || "unknown".equals(op));
        return new Pending(same ? prior.operation() : op, same ? prior.flowId() : null, same ? prior.requestedAt() : null,
                nextWindow == null ? null : nextWindow.toString());
    }

    /** The Encryption value an operation leaves behind. */
    static String target(String operation) {
        return "disable".equals(operation) ? "disable" : "enable";
    }

    @Override
    public Proposal plan(String address, Map<String, Object> configMap, Map<String, Object> currentMap, RemoteInstances remote) {
        SslConfigModel config = SslConfigModel.decode(configMap);
        List<Diagnostic> diags = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        String id = config.instanceId();
        Instant now = clock.instant();
        if (currentMap == null) {
            var inst = remote.instance(id);
            if (inst.isEmpty() || inst.get().isGone()) {
                diags.add(Diagnostic.error(address, "Instance not found", "Instance " + id + " does not exist in this account and region."));
                return new Proposal(configMap, Set.of(), reasons, notes, diags);
            }
            if (inst.get().isReadOnlyReplica()) {
                diags.add(replicaError(address, id));
                return new Proposal(configMap, Set.of(), reasons, notes, diags);
            }
            SslConfigState live = fromRemote(SslConfigState.unmanaged(config), id, remote.ssl(id), remote);
            SslConfigState planned = live.with(config);
            if (!live.encryptionDiffers(planned) && live.pending() == null && !renewDue(planned, now)) {
                reasons.add("instance already has encryption = \"" + live.encryption() + "\"; taking it under management changes nothing remotely");
                certificateWarning(address, planned, now, diags);
            } else {
                planned = planChange(address, live, planned, now, unknown, reasons, notes, diags);
            }
            return new Proposal(planned.toMap(unknown), Set.of(), reasons, notes, diags);
        }
        SslConfigState current = SslConfigState.of(currentMap);
        SslConfigState planned = current.with(config);
        if (!Objects.equals(current.instanceId(), config.instanceId())) {
            var inst = remote.instance(id);
            if (inst.isPresent() && inst.get().isReadOnlyReplica()) {
                diags.add(replicaError(address, id));
            }
            unknown.addAll(unknownOnReplace(config));
            unknown.add(SslConfigState.ID);
            return new Proposal(planned.toMap(unknown), Set.of("instance_id"), reasons, notes, diags);
        }
        planned = planChange(address, current, planned, now, unknown, reasons, notes, diags);
        return new Proposal(planned.toMap(unknown), Set.of(), reasons, notes, diags);
    }

    /**
     * What another instance (a replacement, or one created again) cannot know before apply: its
     * certificate, its pending operation, and the KMS fields the configuration leaves out.
     */
    private static Set<String> unknownOnReplace(SslConfigModel config) {
        Set<String> out = new HashSet<>(Set.of(SslConfigState.SSL_VALIDITY_PERIOD, SslConfigState.SSL_VALIDITY, SslConfigState.PENDING));
        if (config.kms().isKms() == null) {
            out.add(SslConfigState.IS_KMS);
        }
        if (config.kms().cmkId() == null) {
            out.add(SslConfigState.CMK_ID);
        }
        if (config.kms().cmkRegion() == null) {
            out.add(SslConfigState.CMK_REGION);
        }
        return out;
    }

    @Override
    public Proposal planRecreate(String address, Map<String, Object> configMap) {
        SslConfigModel config = SslConfigModel.decode(configMap);
        SslConfigState planned = SslConfigState.unmanaged(config).with(config);
        return new Proposal(planned.toMap(unknownOnReplace(config)), Set.of(), List.of("instance " + config.instanceId()
                + " no longer exists; apply will try to create it again and fail with the API's error until the instance exists"),
                List.of(), List.of());
    }

    /**
     * {@code planned} as apply will leave it, from {@code current}: an encryption change or a
     * renewal due makes the certificate's attributes (and, in the window, the pending operation)
     * known only after apply, added to {@code unknown}.
     */
    private SslConfigState planChange(String address, SslConfigState current, SslConfigState planned, Instant now, Set<String> unknown,
                                      List<String> reasons, List<String> notes, List<Diagnostic> diags) {
        Pending pending = current.pending();
        boolean encChange = current.encryptionDiffers(planned);
        if (pending != null) {
            notes.add(pending.note());
            if (encChange && pending.foreign()) {
                reasons.add("apply will stop with an error until the pending " + pending.name()
                        + " started outside sslform finishes: the API cannot cancel it, and sslform waits only for its own flows");
            } else if (encChange && pending.flowId() == null) {
                reasons.add("apply will stop with an error until the pending " + pending.operation()
                        + " sslform requested (its flow id was never recorded) finishes: the API cannot cancel it");
            } else if (encChange) {
                reasons.add("apply must first wait for the pending " + pending.operation()
                        + pending.flowSuffix() + " to finish: the API cannot cancel it");
            }
        }
        if (encChange) {
            return newCertificate(planned, unknown);
        }
        if (pending == null && renewDue(planned, now)) {
            reasons.add("renew: " + Certificates.phrase(now, current.sslValidityPeriod()));
            return newCertificate(planned, unknown);
        }
        certificateWarning(address, planned, now, diags);
        return planned;
    }

    /** A change that gives the instance a new certificate: its validity is unknown until apply, and so is the pending operation in the window. */
    private static SslConfigState newCertificate(SslConfigState planned, Set<String> unknown) {
        unknown.add(SslConfigState.SSL_VALIDITY_PERIOD);
        unknown.add(SslConfigState.SSL_VALIDITY);
        if (planned.settings().inWindow()) {
            unknown.add(SslConfigState.PENDING);
            return planned;
        }
        return planned.withOperation(planned.encryption(), null);
    }

    /** True when {@code object} wants SSL on and its certificate expires within its {@code renew_before_days}. */
    private static boolean renewDue(SslConfigState object, Instant now) {
        long days = object.settings().renewBeforeDays();
        if (days <= 0 || !"enable".equals(object.encryption())) {
            return false;
        }
        Instant expiry = Certificates.expiry(object.sslValidityPeriod());
        return expiry != null && Certificates.within(now, expiry, days);
    }

    private static void certificateWarning(String address, SslConfigState planned, Instant now, List<Diagnostic> diags) {
        if (!"enable".equals(planned.encryption()) || renewDue(planned, now)) {
            return;
        }
        String period = planned.sslValidityPeriod();
        Instant expiry = Certificates.expiry(period);
        if (expiry != null && Certificates.within(now, expiry, Certificates.WARN_DAYS)) {
            diags.add(Diagnostic.warning(address, expiry.isAfter(now) ? "Certificate expires soon" : "Certificate has expired",
                    "The " + Certificates.phrase(now, period) + ". Set renew_before_days (e.g. 30) to have sslform renew it."));
        }
    }

    @Override
    public Map<String, Object> create(String address, Map<String, Object> planned, RemoteInstances remote, ApplyContext ctx) {
        Target target = Target.of(planned);
        SslConfigState prior = SslConfigState.unmanaged(target.config());
        String id = target.config().instanceId();
        return converge(address, prior, fromRemote(prior, id, remote.ssl(id), remote), target, remote, ctx, "create", false).toMap();
    }

    @Override
    public Map<String, Object> update(String address, Map<String, Object> current, Map<String, Object> planned,
                                      RemoteInstances remote, ApplyContext ctx) {
        return update(address, SslConfigState.of(current), Target.of(planned), remote, ctx, false);
    }

    /**
     * {@code -replace=ADDR}: a certificate renewal now (with the configuration's wait_switch),
     * instead of waiting until {@code renew_before_days} makes one due. An instance already
     * renewing is not renewed twice.
     */
    @Override
    public Map<String, Object> replaceRequested(String address, Map<String, Object> current, Map<String, Object> planned,
                                                RemoteInstances remote, ApplyContext ctx) {
        return update(address, SslConfigState.of(current), Target.of(planned), remote, ctx, true);
    }

    private Map<String, Object> update(String address, SslConfigState current, Target target, RemoteInstances remote, ApplyContext ctx,
                                       boolean renewNow) {
        String id = target.config().instanceId();
        return converge(address, current, fromRemote(current, id, remote.ssl(id), remote), target, remote, ctx, "update", renewNow).toMap();
    }

    /**
     * What apply is to bring about: the planned arguments, and whether the plan gave the
     * instance a new certificate (its {@code ssl_validity_period} unknown until apply).
     */
    private record Target(SslConfigModel config, boolean newCertificate) {
        static Target of(Map<String, Object> planned) {
            return new Target(SslConfigModel.decode(planned), planned.get(SslConfigState.SSL_VALIDITY_PERIOD) == Values.UNKNOWN);
        }
    }

    /**
     * Brings the instance from {@code current} to {@code target}. {@code current} may come from
     * the plan's read ({@link RemoteInstances#readByPlan}): an enable or disable is then sent on
     * it, and when the API answers that the instance changed since ({@code NotSupportRepeat},
     * {@code InstanceStatusInvalid}), the instance is read again and the choice made afresh; a
     * renew, which the API would repeat without complaint, is always chosen on a fresh read, as
     * is any change to an instance that was busy with an operation sslform did not start.
     * This saves a {@code DescribeDBInstancesAttribute} per change, the call that bounds a fleet
     * apply at the API's rate limit.
     *
     * @param prior what is carried into the new state (the prior state, or the planned settings for a create)
     */
    private SslConfigState converge(String address, SslConfigState prior, SslConfigState current, Target target, RemoteInstances remote,
                                    ApplyContext ctx, String timeoutKey, boolean renewNow) {
        SslConfigModel planned = target.config();
        String id = planned.instanceId();
        Duration timeout = planned.settings().timeouts().forKey(timeoutKey);
        String op = operationFor(current, target, renewNow);
        if (remote.readByPlan(id) && ("renew".equals(op) || (op != null && current.pending() != null && current.pending().foreign()))) {
            // a renew would be carried out twice, and someone else's operation may have ended since
            remote.invalidate(id);
            current = fromRemote(prior, id, remote.ssl(id), remote);
            op = operationFor(current, target, renewNow);
        }
        Pending pending = current.pending();
        if (op != null && pending != null) {
            Long flow = pending.flowId();
            if (flow == null && !pending.foreign()) {
                throw new ProviderException("Operation in progress",
                        "Instance " + id + " has an SSL operation in progress that sslform requested (" + pending.note()
                                + ") in a run that stopped before it recorded the flow id, so sslform cannot follow the flow."
                                + " Wait until it finishes, then apply again.", null);
            }
            if (flow == null) {
                throw new ProviderException("Operation in progress",
                        "Instance " + id + " has an SSL operation in progress that sslform did not start (" + pending.note()
                                + "). Wait until it finishes, then apply again.", null);
            }
            ctx.info("waiting for the pending " + pending.operation() + " (flow " + flow + ") to finish first");
            await(id, flow, timeout, planned.settings(), remote, ctx);
            remote.invalidate(id);
            current = fromRemote(SslConfigState.blank(id), id, remote.ssl(id), remote);
            op = operationFor(current, target, renewNow);
        }
        SslConfigState state = current.withSettings(planned.settings());
        if (op == null) {
            return state;
        }
        long waitSwitch = planned.settings().waitSwitch();
        boolean kms = "enable".equals(op) && planned.kms().enabled();
        ModifyDBInstanceSSL.Request req = new ModifyDBInstanceSSL.Request(id, op, waitSwitch, kms ? 1L : null,
                kms ? planned.kms().cmkId() : null, kms ? planned.kms().cmkRegion() : null);
        Instant next = planned.settings().inWindow() ? MaintenanceSchedule.of(remote.maintenance(id)).nextStart(clock.instant()) : null;
        Pending requested = new Pending(op, null, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                next == null ? null : next.toString());
        state = state.withOperation(target(op), requested);
        // Recorded before the call: if this run dies before the answer, the next one knows the
        // operation is its own (requested_at without flow_id). Throws, and nothing is sent, when
        // state cannot be written.
        ctx.intend(state.toMap());
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
            return converge(address, prior, fromRemote(prior, id, remote.ssl(id), remote), target, remote, ctx, timeoutKey, renewNow);
        }
        if (resp == null || resp.flowId() == null) {
            throw new ProviderException("No FlowId", "ModifyDBInstanceSSL on " + id + " returned no FlowId", null);
        }
        state = state.withOperation(state.encryption(), requested.withFlowId(resp.flowId()));
        ctx.record(state.toMap());
        if (planned.settings().inWindow()) {
            ctx.info(state.pending().note());
            return state;
        }
        await(id, resp.flowId(), timeout, planned.settings(), remote, ctx);
        remote.invalidate(id);
        return fromRemote(state, id, remote.ssl(id), remote).withSettings(planned.settings());
    }

    private void await(String id, long flow, Duration timeout, Settings settings, RemoteInstances remote, ApplyContext ctx) {
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
                ctx.record(fromRemote(SslConfigState.blank(id), id, now, remote).withSettings(settings).toMap());
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
    private String operationFor(SslConfigState current, Target target, boolean renewNow) {
        String want = target.config().encryption();
        if (!Objects.equals(want, current.encryption())) {
            return want;
        }
        Pending pending = current.pending();
        boolean renewing = pending != null && "renew".equals(pending.operation());
        if (renewNow && "enable".equals(want) && !renewing) {
            return "renew";
        }
        if ("enable".equals(want) && target.newCertificate() && !renewing) {
            return renewDue(current.withSettings(target.config().settings()), clock.instant()) ? "renew" : null;
        }
        return null;
    }

    @Override
    public void delete(String address, Map<String, Object> currentMap, RemoteInstances remote, ApplyContext ctx) {
        SslConfigState current = SslConfigState.of(currentMap);
        if (!current.settings().disableOnDestroy()) {
            return;
        }
        String id = current.instanceId();
        if (!remote.exists(id)) {
            return;
        }
        SslConfigModel disable = new SslConfigModel(id, "disable", current.kms(), current.settings());
        update(address, current, new Target(disable, false), remote, ctx, false);
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
        return new ReadResult(fromRemote(SslConfigState.blank(id), id, remote.ssl(id), remote).toMap(), List.of());
    }
}
