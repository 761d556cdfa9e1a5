package dev.sslform.plugin.config;

/** A resource instance's address: {@code type.name}, {@code type.name[0]} or {@code type.name["key"]}. */
public record InstanceAddress(Address resource, InstanceKey key) {
    @Override
    public String toString() {
        return resource + key.suffix();
    }
}
