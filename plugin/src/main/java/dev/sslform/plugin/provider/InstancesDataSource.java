package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.DBInstance;
import dev.sslform.plugin.provider.api.DescribeDBInstances;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code data "tencentcloud_sqlserver_instances"}: the instances matching the filters
 * {@code instance_ids}, {@code name}, {@code search_key}, {@code zone} and {@code instance_type},
 * as {@code instance_list} of {@code {instance_id, name, status, zone, ro_flag, vip, vport, region}} and their {@code ids}. Pages
 * through every result with {@code PaginationType "offset"}, 100 a call, until {@code TotalCount}.
 * The configuration is decoded once into an {@link InstancesFilter}.
 */
public final class InstancesDataSource implements DataSource {

    public static final String TYPE = "tencentcloud_sqlserver_instances";
    private static final long PAGE = 100;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Resource.Configured configure(String address, Map<String, Object> config) {
        Map<String, Object> c = Values.copy(config);
        List<Diagnostic> diags = new ArrayList<>(ConfigChecks.shape(address, InstancesFilter.SCHEMA, c));
        if (!diags.isEmpty()) {
            return new Resource.Configured(c, diags);
        }
        InstancesFilter filter = ConfigChecks.decode(address, c, InstancesFilter::decode, diags);
        return new Resource.Configured(filter == null ? c : filter.toMap(), diags);
    }

    @Override
    public Map<String, Object> read(String address, Map<String, Object> config, RemoteInstances remote) {
        InstancesFilter f = InstancesFilter.decode(config);
        List<InstancesFilter.Item> items = new ArrayList<>();
        long offset = 0;
        while (true) {
            DescribeDBInstances.Response r = remote.api().describeDBInstances(new DescribeDBInstances.Request(f.instanceIds(), PAGE, offset,
                    "offset", null, f.searchKey(), f.name() == null ? null : List.of(f.name()), f.zone(), f.instanceType()));
            for (DBInstance i : r.dbInstances()) {
                items.add(InstancesFilter.Item.of(i));
            }
            offset += r.dbInstances().size();
            if (r.dbInstances().isEmpty() || r.totalCount() == null || offset >= r.totalCount()) {
                break;
            }
        }
        return f.result(items);
    }
}
