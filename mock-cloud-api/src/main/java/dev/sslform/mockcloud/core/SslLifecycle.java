package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSL state machine of the seed's Appendix 1: accepts {@code ModifyDBInstanceSSL}, answers
 * {@code DescribeFlowStatus}, and moves operations along as their due times pass: a maintenance
 * check starts a waiting operation, the end of the task completes a running one.
 *
 * <p>Every transition is one store transaction on rows claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several mockcloud processes on one PostgreSQL database run each step exactly once,
 * and a killed process loses nothing it acknowledged. Transitions carry their own due time, not
 * the time they happen to be processed, so catching up after a pause or a clock jump replays
 * what the real service would have done, in order.
 */
public final class SslLifecycle {
    private static final int BATCH = 200;

    private final Store store;
    private final CertificateIssuer issuer;
    private final MockClock clock;
    private final Settings settings;
    private volatile OperationFaults faults = OperationFaults.NONE;
    /** Serialises advances within this process; other processes are kept apart by row locks. */
    private final Object advanceLock = new Object();
    private volatile Runnable onScheduled = () -> { };

    /** The mutable holder of the settings, shared with whoever may change them at run time. */
    public static final class Settings {
        private volatile LifecycleSettings value;

        public Settings(LifecycleSettings value) {
            this.value = Objects.requireNonNull(value);
        }

        public LifecycleSettings get() {
            return value;
        }

        public void set(LifecycleSettings v) {
            value = Objects.requireNonNull(v);
        }
    }

    public SslLifecycle(Store store, CertificateIssuer issuer, MockClock clock, Settings settings) {
        this.store = Objects.requireNonNull(store);
        this.issuer = Objects.requireNonNull(issuer);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
    }

    public void setFaults(OperationFaults faults) {
        this.faults = Objects.requireNonNull(faults);
    }

    public MockClock clock() {
        return clock;
    }

    /**
     * Accepts an operation and returns its flow id once it is committed. Checks, in order:
     * the instance exists for the caller (D5), is not a replica (D6), has no operation waiting
     * or running (D4), is not asked to repeat its state (D3), and is not renewed while disabled (D7).
     */
    public long modify(Caller caller, ModifySslCommand cmd) {
        long flowId = accept(caller, cmd);
        onScheduled.run();
        return flowId;
    }

    /** Tells {@code listener} (the {@link Scheduler}) each time an accepted operation is committed with a new due time. */
    public void onScheduled(Runnable listener) {
        this.onScheduled = java.util.Objects.requireNonNull(listener);
    }

    /** The earliest due time of any active operation, in this process or another sharing the store. */
    public Optional<Instant> nextDueAt() {
        return store.transaction(StoreTransaction::nextDueAt);
    }

    private long accept(Caller caller, ModifySslCommand cmd) {
        return store.transaction(tx -> {
            Instance inst = tx.lockInstance(cmd.instanceId()).filter(caller::owns)
                    .orElseThrow(() -> Instances.notFound(cmd.instanceId()));
            if (inst.readOnlyReplica()) {
                throw new ApiException(ErrorCodes.NOT_SUPPORT_RO_INSTANCE, "Instance " + inst.instanceId()
                        + " is a read-only replica; SSL is set on its master " + inst.masterId() + " and replicas follow it.");
            }
            Optional<SslOperation> active = tx.activeOperation(inst.instanceId());
            if (active.isPresent()) {
                SslOperation op = active.get();
                throw new ApiException(ErrorCodes.INSTANCE_STATUS_INVALID, "Instance " + inst.instanceId() + " already has SSL operation "
                        + op.type().wire() + " (FlowId " + op.flowId() + ") "
                        + (op.phase() == OperationPhase.WAITING ? "waiting for the maintenance window" : "in progress")
                        + "; no other task can start until it completes.");
            }
            if (cmd.type() == OperationType.ENABLE && inst.sslEnabled()) {
                throw new ApiException(ErrorCodes.NOT_SUPPORT_REPEAT, "SSL is already enabled on instance " + inst.instanceId() + ".");
            }
            if (cmd.type() == OperationType.DISABLE && !inst.sslEnabled()) {
                throw new ApiException(ErrorCodes.NOT_SUPPORT_REPEAT, "SSL is already disabled on instance " + inst.instanceId() + ".");
            }
            if (cmd.type() == OperationType.RENEW && !inst.sslEnabled()) {
                throw new ApiException(ErrorCodes.INSTANCE_STATUS_INVALID, "Cannot renew the certificate of instance "
                        + inst.instanceId() + ": SSL is disabled. Enable it instead.");
            }
            Instant now = clock.instant();
            LifecycleSettings s = settings.get();
            boolean fail = faults.failNext(caller.appId(), inst.instanceId());
            SslOperation op = new SslOperation(0, inst.instanceId(), inst.appId(), inst.region(), cmd.type(), cmd.waitSwitch(),
                    cmd.kms(), cmd.keyId(), cmd.keyRegion(), OperationPhase.WAITING, now, null, null, null, null, fail);
            if (cmd.waitSwitch() == 0) {
                op = op.running(now, now.plus(s.taskDuration()).minus(s.restartDuration()), now.plus(s.taskDuration()));
            } else {
                op = op.rescheduled(inst.window().firstCheckAfter(now, s.zoneOf(inst.region())));
            }
            return tx.insertOperation(op).flowId();
        });
    }

    /** {@code DescribeFlowStatus}: 2 waiting or running, 0 succeeded, 1 failed (D10–D12). */
    public int flowStatus(Caller caller, long flowId) {
        SslOperation op = store.transaction(tx -> tx.operation(flowId))
                .filter(o -> o.appId() == caller.appId() && o.region().equals(caller.region()))
                .orElseThrow(() -> new ApiException(ErrorCodes.INVALID_PARAMETER, "FlowId " + flowId + " does not exist."));
        return op.phase().flowStatus();
    }

    /**
     * Runs every transition due at or before {@code upTo}, each at its own due time, and returns
     * how many it ran. Safe to call from several threads and processes at once.
     */
    public int runDue(Instant upTo) {
        int total = 0;
        while (true) {
            int n = store.transaction(tx -> {
                List<SslOperation> due = tx.claimDue(upTo, BATCH);
                for (SslOperation op : due) {
                    step(tx, op);
                }
                return due.size();
            });
            total += n;
            if (n == 0) {
                return total;
            }
        }
    }

    /**
     * Moves the clock to {@code target}, running every check and completion in between in time
     * order, and moving from one due event to the next rather than through every 10-minute check,
     * so a jump of a year costs what is due in it. Refuses to go backwards.
     */
    public int advanceTo(Instant target) {
        synchronized (advanceLock) {
            if (target.isBefore(clock.instant())) {
                throw new MockClock.ClockMovedBackwardsException(clock.instant(), target);
            }
            int total = 0;
            while (true) {
                Optional<Instant> next = store.transaction(StoreTransaction::nextDueAt);
                if (next.isEmpty() || next.get().isAfter(target)) {
                    break;
                }
                Instant at = next.get();
                if (at.isAfter(clock.instant())) {
                    moveClock(at);
                }
                total += runDue(at);
            }
            moveClock(target);
            return total;
        }
    }

    /**
     * Moves the clock and, for a manual clock, saves the reading in the store: a manual clock
     * stands still between restarts, so without it a restarted process would go back to its
     * start time and see running operations as not yet due (and certificates as not yet valid).
     */
    private void moveClock(Instant to) {
        clock.moveTo(to);
        if (clock.mode() == MockClock.Mode.MANUAL) {
            store.transaction(tx -> {
                tx.saveClockReading(to);
                return null;
            });
        }
    }

    private void step(StoreTransaction tx, SslOperation op) {
        LifecycleSettings s = settings.get();
        Instant at = op.dueAt();
        if (op.phase() == OperationPhase.WAITING) {
            tx.updateOperation(op.running(at, at.plus(s.taskDuration()).minus(s.restartDuration()), at.plus(s.taskDuration())));
            return;
        }
        if (op.failInjected()) {
            tx.updateOperation(op.finished(OperationPhase.FAILED, at));
            return;
        }
        Instance inst = tx.lockInstance(op.instanceId()).orElse(null);
        if (inst == null) {
            // The instance was deleted through the admin surface while the operation ran.
            tx.updateOperation(op.finished(OperationPhase.FAILED, at));
            return;
        }
        if (op.type() == OperationType.DISABLE) {
            tx.updateInstance(inst.withSsl(false, inst.sslExpiry(), inst.certSerial(), false, "", ""));
        } else {
            CertificateAuthority ca = authority(tx, inst.appId(), inst.region(), at);
            ServerCertificate cert = issuer.issue(ca, inst.instanceId(), inst.vip(), at, s.certLifetime(), op.flowId());
            tx.insertCertificate(cert);
            tx.updateInstance(inst.withSsl(true, cert.notAfter(), cert.serialHex(), op.kms(), op.keyId(), op.keyRegion()));
        }
        tx.updateOperation(op.finished(OperationPhase.SUCCEEDED, at));
    }

    /** The account's CA in the region, created on first use. */
    public CertificateAuthority authority(StoreTransaction tx, long appId, String region, Instant now) {
        Optional<CertificateAuthority> existing = tx.authority(appId, region);
        if (existing.isPresent()) {
            return existing.get();
        }
        CertificateAuthority created = issuer.newAuthority(appId, region, now, settings.get().caLifetime());
        if (tx.insertAuthorityIfAbsent(created)) {
            return created;
        }
        return tx.authority(appId, region).orElseThrow();
    }
}
