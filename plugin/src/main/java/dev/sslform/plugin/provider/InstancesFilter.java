package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.schema.Schema;
import dev.sslform.plugin.provider.api.DBInstance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code data "tencentcloud_sqlserver_instances"}, typed: the filters, each null
 * when not given. Decoded once, by {@link #decode}, against {@link TencentCloudSchemas#instances()}.
 * The data source's result is built from it and from {@link Item}s, one per matching instance.
 */
public record InstancesFilter(List<String> instanceIds, String name, String searchKey, String zone, String instanceType) {

    static final Schema SCHEMA = TencentCloudSchemas.instances();

    public InstancesFilter {
        instanceIds = instanceIds == null ? null : List.copyOf(instanceIds);
    }

    /**
     * The filters of a configuration map.
     *
     * @throws InvalidModelException when the map breaks the schema (validation should have refused it)
     */
    public static InstancesFilter decode(Map<String, ?> attributes) {
        AttributeReader r = AttributeReader.checked(InstancesDataSource.TYPE, SCHEMA, attributes);
        return new InstancesFilter(r.strings("instance_ids"), r.string("name"), r.string("search_key"), r.string("zone"),
                r.string("instance_type"));
    }

    /** One element of {@code instance_list}. */
    public record Item(String instanceId, String name, Long status, String zone, String roFlag, String vip, Long vport, String region) {
        static Item of(DBInstance i) {
            return new Item(i.instanceId(), i.name(), i.status(), i.zone(), i.roFlag() == null ? "" : i.roFlag(), i.vip(), i.vport(), i.region());
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instance_id", instanceId);
            m.put("name", name);
            m.put("status", status);
            m.put("zone", zone);
            m.put("ro_flag", roFlag);
            m.put("vip", vip);
            m.put("vport", vport);
            m.put("region", region);
            return m;
        }
    }

    /** The filters given, in schema order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (instanceIds != null) {
            m.put("instance_ids", instanceIds);
        }
        putIfSet(m, "name", name);
        putIfSet(m, "search_key", searchKey);
        putIfSet(m, "zone", zone);
        putIfSet(m, "instance_type", instanceType);
        return m;
    }

    /** The data source's value: the filters, then {@code id}, {@code instance_list} and {@code ids}. */
    Map<String, Object> result(List<Item> items) {
        Map<String, Object> out = toMap();
        out.put("id", "sqlserver-instances");
        out.put("instance_list", items.stream().map(Item::toMap).toList());
        out.put("ids", items.stream().map(Item::instanceId).toList());
        return out;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object v) {
        if (v != null) {
            m.put(key, v);
        }
    }
}
