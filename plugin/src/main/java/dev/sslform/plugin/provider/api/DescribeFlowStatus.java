package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code DescribeFlowStatus} action (spec §3.4): 0 success, 1 failed, 2 running. */
public final class DescribeFlowStatus {

    public static final String ACTION = "DescribeFlowStatus";
    public static final long SUCCESS = 0;
    public static final long FAILED = 1;
    public static final long RUNNING = 2;

    private DescribeFlowStatus() {
    }

    public record Request(@JsonProperty("FlowId") Long flowId) {
    }

    public record Response(@JsonProperty("Status") Long status, @JsonProperty("RequestId") String requestId) {
    }
}
