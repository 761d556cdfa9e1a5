package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.DBInstance;
import dev.sslform.plugin.provider.api.DescribeDBInstances;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code data "tencentcloud_sqlserver_instances"}: the instances matching the filters
 * {@code instance_ids}, {@code name}, {@code search_key}, {@code zone} and {@code instance_type},
 * as {@code instance_list} of {@code {instance_id, name, status, zone, ro_flag, vip, vport, region}} and their {@code ids}. Pages
 * through every result with {@code PaginationType "offset"}, 100 a call, until {@code TotalCount}.
 */
public final class InstancesDataSource implements DataSource {

    public static final String TYPE = "tencentcloud_sqlserver_instances";
    private static final Set<String> FILTERS = Set.of("instance_ids", "name", "search_key", "zone", "instance_type");
    private static final long PAGE = 100;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Resource.Configured configure(String address, Map<String, Object> config) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, Object> c = Values.copy(config);
        for (String k : c.keySet()) {
            if (!FILTERS.contains(k)) {
                diags.add(Diagnostic.error(address, "Unsupported argument", "An argument named \"" + k + "\" is not expected here."));
            }
        }
        if (c.get("instance_ids") != null && !(c.get("instance_ids") instanceof List<?>)) {
            diags.add(Diagnostic.error(address, "Invalid value for instance_ids", "\"instance_ids\" must be a list of instance ids."));
        }
        return new Resource.Configured(c, diags);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> read(String address, Map<String, Object> config, RemoteInstances remote) {
        List<String> ids = config.get("instance_ids") instanceof List<?> l ? (List<String>) (List<?>) l.stream().map(String::valueOf).toList() : null;
        String name = Values.str(config, "name");
        List<Map<String, Object>> list = new ArrayList<>();
        long offset = 0;
        while (true) {
            DescribeDBInstances.Response r = remote.api().describeDBInstances(new DescribeDBInstances.Request(ids, PAGE, offset, "offset",
                    null, Values.str(config, "search_key"), name == null ? null : List.of(name), Values.str(config, "zone"),
                    Values.str(config, "instance_type")));
            for (DBInstance i : r.dbInstances()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("instance_id", i.instanceId());
                m.put("name", i.name());
                m.put("status", i.status());
                m.put("zone", i.zone());
                m.put("ro_flag", i.roFlag() == null ? "" : i.roFlag());
                m.put("vip", i.vip());
                m.put("vport", i.vport());
                m.put("region", i.region());
                list.add(m);
            }
            offset += r.dbInstances().size();
            if (r.dbInstances().isEmpty() || r.totalCount() == null || offset >= r.totalCount()) {
                break;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(config);
        out.put("id", "sqlserver-instances");
        out.put("instance_list", list);
        out.put("ids", list.stream().map(m -> m.get("instance_id")).toList());
        return out;
    }
}
