package dev.sslform.mockcloud.core;

/**
 * One fault-injection rule of the admin surface: what it matches and what it does. Immutable;
 * the counters live in {@link FaultRules}.
 *
 * <p>Invariants: exactly one effect ({@code error}, {@code latencyMs}, {@code throttlePerSecond},
 * {@code failNextOperation} or {@code dropConnection}); {@code times}, when given, is positive and
 * not combined with a throttle; {@code probability}, when given, is in (0, 1]; a
 * {@code failNextOperation} rule names its {@code instanceId}. A null narrower matches anything.
 *
 * @param action            the API action matched, or null for any
 * @param instanceId        the instance matched ({@code InstanceId} or an {@code InstanceIdSet} member), or null
 * @param account           the SecretId matched, or null
 * @param times             how many times the rule fires before it is spent; null = every time
 *                          (1 for {@code failNextOperation})
 * @param errorCode         the code to answer with, or null
 * @param errorMessage      its message
 * @param latencyMs         a delay before the call runs, or null
 * @param throttlePerSecond calls allowed per real-time second before {@code RequestLimitExceeded}, or null
 * @param failNextOperation whether the next SSL operation accepted on {@code instanceId} fails
 * @param dropConnection    whether the connection is closed without an answer
 * @param probability       the chance a matching call is affected, or null for always
 * @param seed              the seed of the rule's own {@link java.util.Random}, used only with a probability
 */
public record FaultRule(String action, String instanceId, String account, Integer times, String errorCode,
                        String errorMessage, Integer latencyMs, Integer throttlePerSecond, boolean failNextOperation,
                        boolean dropConnection, Double probability, Long seed) {

    /** Checks the invariants; an impossible rule throws IllegalArgumentException naming the problem. */
    public FaultRule {
        int effects = (errorCode != null ? 1 : 0) + (latencyMs != null ? 1 : 0) + (throttlePerSecond != null ? 1 : 0)
                + (failNextOperation ? 1 : 0) + (dropConnection ? 1 : 0);
        if (effects == 0) {
            throw new IllegalArgumentException("a rule needs one effect: error, latencyMs, throttlePerSecond, failNextOperation"
                    + " or dropConnection");
        }
        if (effects > 1) {
            throw new IllegalArgumentException("a rule has exactly one effect; this one combines " + describeEffects(errorCode,
                    latencyMs, throttlePerSecond, failNextOperation, dropConnection));
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be a positive integer, got " + times);
        }
        if (errorCode != null && errorCode.isBlank()) {
            throw new IllegalArgumentException("error.code must not be empty");
        }
        if (latencyMs != null && (latencyMs < 0 || latencyMs > 600_000)) {
            throw new IllegalArgumentException("latencyMs must be 0–600000, got " + latencyMs);
        }
        if (throttlePerSecond != null) {
            if (throttlePerSecond < 0) {
                throw new IllegalArgumentException("throttlePerSecond must be 0 or more, got " + throttlePerSecond);
            }
            if (times != null) {
                throw new IllegalArgumentException("times cannot be combined with throttlePerSecond: a throttle holds until removed");
            }
        }
        if (failNextOperation) {
            if (instanceId == null) {
                throw new IllegalArgumentException("failNextOperation needs the instanceId whose next SSL operation fails");
            }
            if (account != null) {
                throw new IllegalArgumentException("account cannot narrow failNextOperation: the operation is matched by instanceId");
            }
            if (action != null && !action.equals("ModifyDBInstanceSSL")) {
                throw new IllegalArgumentException("failNextOperation applies to ModifyDBInstanceSSL, not " + action);
            }
            if (times == null) {
                times = 1;
            }
        }
        if (probability != null && !(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], got " + probability);
        }
        if (seed != null && probability == null) {
            throw new IllegalArgumentException("seed is only meaningful with a probability");
        }
        if (probability != null && seed == null) {
            seed = 0L; // Deterministic even when the caller forgot the seed.
        }
        if (errorCode != null && errorMessage == null) {
            errorMessage = "injected fault";
        }
    }

    private static String describeEffects(String error, Integer latency, Integer throttle, boolean failNext, boolean drop) {
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append("error, ");
        }
        if (latency != null) {
            b.append("latencyMs, ");
        }
        if (throttle != null) {
            b.append("throttlePerSecond, ");
        }
        if (failNext) {
            b.append("failNextOperation, ");
        }
        if (drop) {
            b.append("dropConnection, ");
        }
        return b.substring(0, b.length() - 2);
    }

    /** Whether the narrowers match a call (the effect and counters are not considered). */
    boolean matches(String callAction, String secretId, java.util.Collection<String> instanceIds) {
        return (action == null || action.equals(callAction))
                && (account == null || account.equals(secretId))
                && (instanceId == null || instanceIds.contains(instanceId));
    }

    boolean affectsCalls() {
        return !failNextOperation;
    }
}
