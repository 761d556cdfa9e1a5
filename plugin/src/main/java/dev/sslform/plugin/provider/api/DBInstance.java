package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of an instance from {@code DescribeDBInstances} that sslform uses (spec §3.3); other
 * fields are ignored. {@code ROFlag} is "RO" on a read-only replica, "MASTER" on a primary with
 * replicas.
 */
public record DBInstance(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Name") String name,
        @JsonProperty("Status") Long status,
        @JsonProperty("Region") String region,
        @JsonProperty("Zone") String zone,
        @JsonProperty("Vip") String vip,
        @JsonProperty("Vport") Long vport,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("ROFlag") String roFlag) {

    public static final long STATUS_RUNNING = 2;
    public static final long STATUS_TASK_RUNNING = 7;
    public static final long STATUS_SSL_PENDING = 13;

    /** A read-only replica: SSL is set on its master, never on it. */
    public boolean isReadOnlyReplica() {
        return "RO".equals(roFlag) || "RO".equals(instanceType) || "cvmRO".equals(instanceType);
    }

    /** Isolated, recycled or offline: Terraform treats these as gone (§3.3). */
    public boolean isGone() {
        return status != null && (status == 4 || status == 6 || status == 8);
    }
}
