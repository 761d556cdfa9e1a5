package dev.sslform.plugin.config;

/**
 * A resource's address without instance key, as Terraform writes it:
 * {@code tencentcloud_sqlserver_db_instance_ssl_config.orders} or
 * {@code data.tencentcloud_sqlserver_instances.all}.
 */
public record Address(ResourceMode mode, String type, String name) implements Comparable<Address> {

    public InstanceAddress instance(InstanceKey key) {
        return new InstanceAddress(this, key);
    }

    @Override
    public String toString() {
        return (mode == ResourceMode.DATA ? "data." : "") + type + "." + name;
    }

    @Override
    public int compareTo(Address o) {
        return toString().compareTo(o.toString());
    }
}
