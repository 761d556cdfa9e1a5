package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.Encryption;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.SslOperation;

/**
 * The words a person sees, exactly as the seed's Appendix 1 spells them: the instance status
 * (from {@code Status}) and the SSL status (from {@code Encryption} and, while waiting, the kind
 * of operation that waits).
 */
final class StatusTexts {
    static final String RUNNING = "Running";
    static final String SSL_OPERATION_IN_PROGRESS = "Instance SSL Operation in Progress";
    static final String TASK_EXECUTION_IN_PROGRESS = "Task Execution in Progress";

    static final String NOT_ENABLED = "Not Enabled";
    static final String WAITING_ENABLE = "Waiting for Maintenance Time Window";
    static final String IN_PROGRESS = "In Progress";
    static final String ENABLED = "Enabled";
    static final String UPDATING = "Updating";
    static final String WAITING_RENEW = "Waiting for update within the maintenance window";
    static final String DISABLING = "Disabling";
    static final String WAITING_DISABLE = "Waiting for shutdown within the maintenance window";
    static final String DISABLED = "Disabled";

    private StatusTexts() {
    }

    /** Status 2, 13 and 7 as the console shows them. */
    static String instance(int status) {
        return switch (status) {
            case InstanceView.STATUS_RUNNING -> RUNNING;
            case InstanceView.STATUS_WAITING_TO_SWITCH -> SSL_OPERATION_IN_PROGRESS;
            case InstanceView.STATUS_TASK_RUNNING -> TASK_EXECUTION_IN_PROGRESS;
            default -> "Status " + status;
        };
    }

    /**
     * The SSL status of {@code v}; {@code active} is the active operation of the instance (its
     * master's, for a replica), or null. "Not Enabled" until SSL was first enabled, "Disabled"
     * after it was turned off.
     */
    static String ssl(InstanceView v, SslOperation active) {
        Encryption e = v.encryption();
        return switch (e) {
            case ENABLE -> ENABLED;
            case DISABLE -> everEnabled(v) ? DISABLED : NOT_ENABLED;
            case ENABLE_DOING -> IN_PROGRESS;
            case RENEW_DOING -> UPDATING;
            case DISABLE_DOING -> DISABLING;
            case WAIT_DOING -> {
                OperationType t = active == null ? OperationType.ENABLE : active.type();
                yield switch (t) {
                    case ENABLE -> WAITING_ENABLE;
                    case RENEW -> WAITING_RENEW;
                    case DISABLE -> WAITING_DISABLE;
                };
            }
        };
    }

    /** Whether a certificate was ever issued (its expiry is kept after disable, D14). */
    static boolean everEnabled(InstanceView v) {
        return !v.sslPeriod().isEmpty();
    }

    /**
     * Whether SSL is on in the stable sense the Enable/Disable button follows: on once enabled,
     * and still on while a renew or disable waits or runs.
     */
    static boolean sslOn(InstanceView v, SslOperation active) {
        Encryption e = v.encryption();
        if (e == Encryption.ENABLE) {
            return true;
        }
        if (e == Encryption.DISABLE) {
            return false;
        }
        if (active == null) {
            return e == Encryption.RENEW_DOING || e == Encryption.DISABLE_DOING;
        }
        return active.type() != OperationType.ENABLE;
    }

    /** Whether SSL is on and its certificate has expired. */
    static boolean expired(InstanceView v, SslOperation active) {
        return sslOn(v, active) && everEnabled(v) && v.sslValidity() == 0;
    }

    static String operationType(OperationType t) {
        return switch (t) {
            case ENABLE -> "Enable SSL";
            case RENEW -> "Update Certificate";
            case DISABLE -> "Disable SSL";
        };
    }

    static String executionTime(int waitSwitch) {
        return waitSwitch == 1 ? "Within maintenance time" : "Immediate execution";
    }

    static String result(OperationPhase p) {
        return switch (p) {
            case WAITING -> "Waiting for the maintenance window";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
        };
    }
}
