package dev.sslform.plugin.config;

/**
 * A resource instance's address: {@code type.name}, {@code type.name[0]} or {@code type.name["key"]},
 * with its module instance path in front when it is in a module ({@code module.x[0].type.name}).
 */
public record InstanceAddress(Address resource, InstanceKey key) {
    /** The module instance the resource instance belongs to. */
    public ModuleAddress module() {
        return resource.module();
    }

    @Override
    public String toString() {
        return resource + key.suffix();
    }
}
