package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.SslOperation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Appendix 1's texts, one row per state the instance can be in. */
class StatusTextsTest {
    static final Instant T = Instant.parse("2026-12-01T09:05:00Z");

    static Instance instance(boolean enabled, Instant expiry) {
        return new Instance("mssql-1", 1, "ap-guangzhou", "", "n", "2019", "10.0.0.1", 1433, "HA", null, MaintenanceWindow.DEFAULT,
                enabled, expiry, expiry == null ? null : "01", false, "", "", T, "api");
    }

    static SslOperation op(OperationType type, OperationPhase phase) {
        return new SslOperation(1, "mssql-1", 1, "ap-guangzhou", type, 1, false, "", "", phase, T, null, null, T, null, false);
    }

    static void row(boolean enabled, Instant expiry, OperationType type, OperationPhase phase, String status, String ssl) {
        Instance i = instance(enabled, expiry);
        SslOperation active = type == null ? null : op(type, phase);
        InstanceView v = InstanceView.of(i, i, active, false, T);
        assertEquals(status, StatusTexts.instance(v.status()), type + " " + phase);
        assertEquals(ssl, StatusTexts.ssl(v, active), type + " " + phase);
    }

    @Test
    void every_appendix_1_state_has_its_text() {
        Instant later = T.plusSeconds(3600);
        row(false, null, null, null, "Running", "Not Enabled");
        row(false, null, OperationType.ENABLE, OperationPhase.WAITING, "Instance SSL Operation in Progress", "Waiting for Maintenance Time Window");
        row(false, null, OperationType.ENABLE, OperationPhase.RUNNING, "Task Execution in Progress", "In Progress");
        row(true, later, null, null, "Running", "Enabled");
        row(true, later, OperationType.RENEW, OperationPhase.WAITING, "Instance SSL Operation in Progress",
                "Waiting for update within the maintenance window");
        row(true, later, OperationType.RENEW, OperationPhase.RUNNING, "Task Execution in Progress", "Updating");
        row(true, later, OperationType.DISABLE, OperationPhase.WAITING, "Instance SSL Operation in Progress",
                "Waiting for shutdown within the maintenance window");
        row(true, later, OperationType.DISABLE, OperationPhase.RUNNING, "Task Execution in Progress", "Disabling");
        row(false, later, null, null, "Running", "Disabled");
    }

    @Test
    void an_expired_certificate_is_told_apart() {
        Instance i = instance(true, T.minusSeconds(1));
        InstanceView v = InstanceView.of(i, i, null, false, T);
        assertEquals(true, StatusTexts.expired(v, null));
        Instance fresh = instance(true, T.plusSeconds(1));
        assertEquals(false, StatusTexts.expired(InstanceView.of(fresh, fresh, null, false, T), null));
    }
}
