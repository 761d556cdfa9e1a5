package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The {@code ModifyMaintenanceSpan} action (spec §3.6): synchronous; fields left null keep their value. */
public final class ModifyMaintenanceSpan {

    public static final String ACTION = "ModifyMaintenanceSpan";

    private ModifyMaintenanceSpan() {
    }

    public record Request(
            @JsonProperty("InstanceId") String instanceId,
            @JsonProperty("Weekly") List<Long> weekly,
            @JsonProperty("StartTime") String startTime,
            @JsonProperty("Span") Long span) {
    }

    public record Response(@JsonProperty("RequestId") String requestId) {
    }
}
