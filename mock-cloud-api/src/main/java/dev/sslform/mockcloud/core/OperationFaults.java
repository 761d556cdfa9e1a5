package dev.sslform.mockcloud.core;

/**
 * Decides, when an SSL operation is accepted, whether it is to fail at completion (a fault rule
 * of the admin surface). Consulted once per operation, inside the accepting transaction.
 */
@FunctionalInterface
public interface OperationFaults {
    OperationFaults NONE = (appId, instanceId) -> false;

    /** True if the operation being accepted on {@code instanceId} must fail; consumes the rule. */
    boolean failNext(long appId, String instanceId);
}
