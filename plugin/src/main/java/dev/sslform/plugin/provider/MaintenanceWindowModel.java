package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.schema.Schema;
import dev.sslform.plugin.provider.api.DescribeMaintenanceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@code tencentcloud_sqlserver_maintenance_window}, typed: the instance and its weekly window
 * ({@code weekly} days 1–7, sorted and distinct, as a set; {@code start_time} HH:mm; {@code span}
 * whole hours 1–24). The same record is what the configuration asks for ({@link #decode}, checked
 * against {@link TencentCloudSchemas#maintenanceWindow()}) and what the API reports
 * ({@link #of(String, DescribeMaintenanceSpan.Response)}), so "the instance already has this
 * window" is record equality.
 */
public record MaintenanceWindowModel(String instanceId, List<Long> weekly, String startTime, Long span) {

    static final Schema SCHEMA = TencentCloudSchemas.maintenanceWindow();

    public MaintenanceWindowModel {
        weekly = List.copyOf(new TreeSet<>(weekly));
    }

    /**
     * The model of a configuration or planned attribute map.
     *
     * @throws InvalidModelException when the map breaks the schema (validation should have refused it)
     */
    public static MaintenanceWindowModel decode(Map<String, ?> attributes) {
        AttributeReader r = AttributeReader.checked(MaintenanceWindowResource.TYPE, SCHEMA, attributes);
        return new MaintenanceWindowModel(r.string("instance_id"), r.numbers("weekly"), r.string("start_time"), r.number("span"));
    }

    /** The window the API reports for {@code id}. */
    static MaintenanceWindowModel of(String id, DescribeMaintenanceSpan.Response r) {
        return new MaintenanceWindowModel(id, r.weekly(), r.startTime(), r.span());
    }

    /** The configuration map: the arguments in schema order. */
    public Map<String, Object> toConfig() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance_id", instanceId);
        m.put("weekly", new ArrayList<>(weekly));
        m.put("start_time", startTime);
        m.put("span", span);
        return m;
    }

    /** The state (and planned) map: the id, which is the instance id, then the arguments. */
    public Map<String, Object> toState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", instanceId);
        m.putAll(toConfig());
        return m;
    }
}
