package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One accepted {@code ModifyDBInstanceSSL} call and its flow: the flow id is the operation's
 * id. An operation is WAITING for a maintenance check ({@code WaitSwitch} 1), RUNNING (task,
 * then restart), or finished.
 *
 * <p>Invariants: at most one active operation per primary instance. {@code dueAt} is when the
 * scheduler must next act on it: the maintenance check that starts it while WAITING, the end
 * of the task while RUNNING, null once finished. {@code restartAt} is when the restart part of
 * a running operation begins (null unless RUNNING or finished).
 *
 * @param flowId          the flow id, a positive increasing integer (D11)
 * @param instanceId      the primary instance
 * @param appId           the owning account
 * @param region          the instance's region
 * @param type            enable, disable or renew
 * @param waitSwitch      0 = now, 1 = in the maintenance window
 * @param kms             {@code IsKMS} as requested
 * @param keyId           {@code KeyId} as requested, or empty
 * @param keyRegion       {@code KeyRegion} as requested, or empty
 * @param phase           where the operation is
 * @param requestedAt     when it was accepted
 * @param startedAt       when it started running, or null
 * @param restartAt       when its restart begins, or null
 * @param dueAt           when the scheduler next acts on it, or null when finished
 * @param finishedAt      when it finished, or null
 * @param failInjected    whether a fault rule made it fail at completion
 */
public record SslOperation(
        long flowId,
        String instanceId,
        long appId,
        String region,
        OperationType type,
        int waitSwitch,
        boolean kms,
        String keyId,
        String keyRegion,
        OperationPhase phase,
        Instant requestedAt,
        Instant startedAt,
        Instant restartAt,
        Instant dueAt,
        Instant finishedAt,
        boolean failInjected) {

    public SslOperation {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(requestedAt, "requestedAt");
        keyId = keyId == null ? "" : keyId;
        keyRegion = keyRegion == null ? "" : keyRegion;
    }

    public SslOperation running(Instant start, Instant restart, Instant end) {
        return new SslOperation(flowId, instanceId, appId, region, type, waitSwitch, kms, keyId, keyRegion,
                OperationPhase.RUNNING, requestedAt, start, restart, end, null, failInjected);
    }

    public SslOperation finished(OperationPhase outcome, Instant at) {
        return new SslOperation(flowId, instanceId, appId, region, type, waitSwitch, kms, keyId, keyRegion,
                outcome, requestedAt, startedAt, restartAt, null, at, failInjected);
    }

    public SslOperation rescheduled(Instant newDueAt) {
        return new SslOperation(flowId, instanceId, appId, region, type, waitSwitch, kms, keyId, keyRegion,
                phase, requestedAt, startedAt, restartAt, newDueAt, finishedAt, failInjected);
    }

    public SslOperation withFailInjected(boolean fail) {
        return new SslOperation(flowId, instanceId, appId, region, type, waitSwitch, kms, keyId, keyRegion,
                phase, requestedAt, startedAt, restartAt, dueAt, finishedAt, fail);
    }

    /** The {@code Encryption} value this operation shows while active. */
    public Encryption encryptionWhileActive() {
        return phase == OperationPhase.WAITING ? Encryption.WAIT_DOING : type.runningEncryption();
    }
}
