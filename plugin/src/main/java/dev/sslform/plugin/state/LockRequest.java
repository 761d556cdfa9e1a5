package dev.sslform.plugin.state;

import java.time.Duration;
import java.util.Objects;

/**
 * What a caller asks for when locking: the operation ({@code OperationTypeApply}, …), free-form
 * info, and how long to keep trying while someone else holds the lock (zero = try once).
 */
public record LockRequest(String operation, String info, Duration timeout) {

    public LockRequest {
        Objects.requireNonNull(operation, "operation");
        info = info == null ? "" : info;
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative: " + timeout);
        }
    }

    public static LockRequest of(String operation, Duration timeout) {
        return new LockRequest(operation, "", timeout);
    }
}
