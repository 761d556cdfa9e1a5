package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code DescribeMaintenanceSpan} action (spec §3.5): the weekly window, {@code Weekly} days
 * 1 = Monday … 7 = Sunday, {@code StartTime} HH:mm, {@code Span} hours, in the region's time zone.
 */
public final class DescribeMaintenanceSpan {

    public static final String ACTION = "DescribeMaintenanceSpan";

    private DescribeMaintenanceSpan() {
    }

    public record Request(@JsonProperty("InstanceId") String instanceId) {
    }

    public record Response(
            @JsonProperty("Weekly") List<Long> weekly,
            @JsonProperty("StartTime") String startTime,
            @JsonProperty("Span") Long span,
            @JsonProperty("RequestId") String requestId) {

        public Response {
            weekly = weekly == null ? List.of() : List.copyOf(weekly);
        }
    }
}
