package dev.sslform.plugin.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sslform.plugin.provider.api.ApiError;
import dev.sslform.plugin.provider.api.DBInstance;
import dev.sslform.plugin.provider.api.DescribeDBInstances;
import dev.sslform.plugin.provider.api.DescribeDBInstancesAttribute;
import dev.sslform.plugin.provider.api.DescribeFlowStatus;
import dev.sslform.plugin.provider.api.DescribeMaintenanceSpan;
import dev.sslform.plugin.provider.api.ModifyDBInstanceSSL;
import dev.sslform.plugin.provider.api.ModifyMaintenanceSpan;
import dev.sslform.plugin.provider.api.SSLConfig;
import dev.sslform.plugin.provider.api.SqlServerApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake {@link SqlServerApi} over a fixed set of instances read from a fixture's
 * {@code remote.yaml.in} ({@code now}, {@code mode}, {@code instances[]} with DBInstance fields plus
 * {@code SSLConfig} and {@code Maintenance}). Describes are answered from it, honouring
 * {@code InstanceIdSet}, name, search key, zone, type and offset paging; write actions are
 * recorded and refused, because a plan must never call them. Every call is recorded.
 */
public final class FakeCloud implements SqlServerApi {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public final Instant now;
    public final String mode;
    private final Map<String, Map<String, Object>> instances = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public FakeCloud(Path remoteYaml) throws IOException {
        Map<String, Object> root = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(remoteYaml), Map.class);
        now = Instant.parse(String.valueOf(root.getOrDefault("now", "2026-11-29T04:00:00Z")));
        mode = String.valueOf(root.getOrDefault("mode", "normal"));
        for (Object o : (List<Object>) root.getOrDefault("instances", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            instances.put(String.valueOf(m.get("InstanceId")), m);
        }
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    private Map<String, Object> get(String action, String id) {
        Map<String, Object> m = instances.get(id);
        if (m == null) {
            throw new ApiError(action, ApiError.INSTANCE_NOT_FOUND, "instance " + id + " not found", "req-fake");
        }
        return m;
    }

    @Override
    public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request r) {
        calls.add("DescribeDBInstances " + (r.instanceIdSet() == null ? "" : r.instanceIdSet()) + " offset=" + r.offset());
        List<DBInstance> all = new ArrayList<>();
        for (Map<String, Object> m : instances.values()) {
            DBInstance i = JSON.convertValue(m, DBInstance.class);
            if (r.instanceIdSet() != null && !r.instanceIdSet().contains(i.instanceId())) {
                continue;
            }
            if (r.instanceNameSet() != null && r.instanceNameSet().stream().noneMatch(n -> i.name() != null && i.name().contains(n))) {
                continue;
            }
            if (r.zone() != null && !r.zone().equals(i.zone())) {
                continue;
            }
            if (r.instanceType() != null && !r.instanceType().equals(i.instanceType())) {
                continue;
            }
            if (r.searchKey() != null && !(i.instanceId().contains(r.searchKey()) || (i.name() != null && i.name().contains(r.searchKey())))) {
                continue;
            }
            all.add(i);
        }
        int from = (int) Math.min(all.size(), r.offset() == null ? 0 : r.offset());
        int to = (int) Math.min(all.size(), from + (r.limit() == null ? 100 : r.limit()));
        return new DescribeDBInstances.Response((long) all.size(), all.subList(from, to), "req-fake");
    }

    @Override
    public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request r) {
        calls.add("DescribeDBInstancesAttribute " + r.instanceId());
        Map<String, Object> m = get(DescribeDBInstancesAttribute.ACTION, r.instanceId());
        return new DescribeDBInstancesAttribute.Response(r.instanceId(), JSON.convertValue(m.get("SSLConfig"), SSLConfig.class), "req-fake");
    }

    @Override
    @SuppressWarnings("unchecked")
    public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request r) {
        calls.add("DescribeMaintenanceSpan " + r.instanceId());
        Map<String, Object> w = (Map<String, Object>) get(DescribeMaintenanceSpan.ACTION, r.instanceId())
                .getOrDefault("Maintenance", Map.of("Weekly", List.of(1), "StartTime", "00:00", "Span", 6));
        return JSON.convertValue(w, DescribeMaintenanceSpan.Response.class);
    }

    @Override
    public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request r) {
        calls.add("ModifyDBInstanceSSL " + r.instanceId() + " " + r.type());
        throw new AssertionError("a write action was called: ModifyDBInstanceSSL");
    }

    @Override
    public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request r) {
        calls.add("DescribeFlowStatus " + r.flowId());
        throw new AssertionError("DescribeFlowStatus is not scripted in FakeCloud");
    }

    @Override
    public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request r) {
        calls.add("ModifyMaintenanceSpan " + r.instanceId());
        throw new AssertionError("a write action was called: ModifyMaintenanceSpan");
    }
}
