package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.ErrorCodes;
import dev.sslform.mockcloud.core.ModifySslCommand;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.SslLifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.sslform.mockcloud.http.Params.Type.INTEGER;
import static dev.sslform.mockcloud.http.Params.Type.STRING;

/** The SSL life cycle on the wire: {@code ModifyDBInstanceSSL} and {@code DescribeFlowStatus}. */
final class SslActions {
    private final SslLifecycle lifecycle;

    SslActions(SslLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    List<Action> actions() {
        return List.of(
                new Action("ModifyDBInstanceSSL", Map.of("InstanceId", STRING, "Type", STRING, "WaitSwitch", INTEGER,
                        "IsKMS", INTEGER, "KeyId", STRING, "KeyRegion", STRING), this::modifyDBInstanceSSL),
                new Action("DescribeFlowStatus", Map.of("FlowId", Params.Type.ANY), this::describeFlowStatus));
    }

    /** Input validation as decision D8; the state checks (D3–D7) are the life cycle's. */
    Map<String, Object> modifyDBInstanceSSL(Caller caller, Params p) {
        String id = p.requiredString("InstanceId");
        String typeText = p.requiredString("Type");
        OperationType type = OperationType.fromWire(typeText).orElseThrow(() -> new ApiException(ErrorCodes.INPUT_ILLEGAL,
                "Type must be enable, disable or renew, got \"" + typeText + "\"."));
        Long waitSwitch = p.integer("WaitSwitch");
        long ws = waitSwitch == null ? 0 : waitSwitch;
        if (ws != 0 && ws != 1) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "WaitSwitch must be 0 (now) or 1 (in the maintenance window), got " + ws + ".");
        }
        Long isKms = p.integer("IsKMS");
        long kms = isKms == null ? 0 : isKms;
        if (kms != 0 && kms != 1) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "IsKMS must be 0 or 1, got " + kms + ".");
        }
        long flowId = lifecycle.modify(caller, new ModifySslCommand(id, type, (int) ws, kms == 1, p.string("KeyId"), p.string("KeyRegion")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("FlowId", flowId);
        return out;
    }

    /** Decision D10: an id that is not a positive integer is {@code ParamsAssertFailed}. */
    Map<String, Object> describeFlowStatus(Caller caller, Params p) {
        var raw = p.raw("FlowId");
        if (raw == null) {
            throw Params.missing("FlowId");
        }
        if (!raw.isIntegralNumber() || !raw.canConvertToLong() || raw.asLong() <= 0) {
            throw new ApiException(ErrorCodes.PARAMS_ASSERT_FAILED, "FlowId must be a positive integer, got " + Params.describe(raw) + ".");
        }
        long flowId = raw.asLong();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Status", lifecycle.flowStatus(caller, flowId));
        return out;
    }
}
