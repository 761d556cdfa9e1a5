package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code ModifyDBInstanceSSL} action (spec §3.1): start an asynchronous enable, disable or renew. */
public final class ModifyDBInstanceSSL {

    public static final String ACTION = "ModifyDBInstanceSSL";
    public static final long WAIT_NOW = 0;
    public static final long WAIT_MAINTENANCE_WINDOW = 1;

    private ModifyDBInstanceSSL() {
    }

    /** {@code Type} is enable, disable or renew; {@code WaitSwitch} 0 = now, 1 = maintenance window. */
    public record Request(
            @JsonProperty("InstanceId") String instanceId,
            @JsonProperty("Type") String type,
            @JsonProperty("WaitSwitch") Long waitSwitch,
            @JsonProperty("IsKMS") Long isKms,
            @JsonProperty("KeyId") String keyId,
            @JsonProperty("KeyRegion") String keyRegion) {

        public static Request of(String instanceId, String type, long waitSwitch) {
            return new Request(instanceId, type, waitSwitch, null, null, null);
        }
    }

    public record Response(@JsonProperty("FlowId") Long flowId, @JsonProperty("RequestId") String requestId) {
    }
}
