package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code DescribeDBInstancesAttribute} action (spec §3.2): the only source of {@link SSLConfig}. */
public final class DescribeDBInstancesAttribute {

    public static final String ACTION = "DescribeDBInstancesAttribute";

    private DescribeDBInstancesAttribute() {
    }

    public record Request(@JsonProperty("InstanceId") String instanceId) {
    }

    public record Response(
            @JsonProperty("InstanceId") String instanceId,
            @JsonProperty("SSLConfig") SSLConfig sslConfig,
            @JsonProperty("RequestId") String requestId) {
    }
}
