package dev.sslform.plugin.config;

/**
 * A resource's address without instance key, as Terraform writes it:
 * {@code tencentcloud_sqlserver_db_instance_ssl_config.orders},
 * {@code data.tencentcloud_sqlserver_instances.all}, or inside a module instance
 * {@code module.app["a"].tencentcloud_sqlserver_db_instance_ssl_config.orders}. A block's own
 * address ({@link ResourceConfig#address()}) is relative to its module (the root path); an
 * evaluated instance's is absolute.
 */
public record Address(ModuleAddress module, ResourceMode mode, String type, String name) implements Comparable<Address> {

    public Address {
        module = module == null ? ModuleAddress.ROOT : module;
    }

    /** An address in the root module, or relative to its module. */
    public Address(ResourceMode mode, String type, String name) {
        this(ModuleAddress.ROOT, mode, type, name);
    }

    public InstanceAddress instance(InstanceKey key) {
        return new InstanceAddress(this, key);
    }

    /** The same resource in module instance {@code m}. */
    public Address in(ModuleAddress m) {
        return new Address(m, mode, type, name);
    }

    /** The address relative to its module. */
    public Address local() {
        return module.isRoot() ? this : new Address(mode, type, name);
    }

    @Override
    public String toString() {
        return module.prefix() + (mode == ResourceMode.DATA ? "data." : "") + type + "." + name;
    }

    @Override
    public int compareTo(Address o) {
        return toString().compareTo(o.toString());
    }
}
