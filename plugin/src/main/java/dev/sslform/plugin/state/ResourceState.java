package dev.sslform.plugin.state;

import java.util.List;
import java.util.Objects;

/**
 * One resource block in state ({@code mode}, {@code type}, {@code name}, {@code provider}) with its
 * instances. Instance keys are unique within a resource.
 */
public record ResourceState(ResourceMode mode, String type, String name, String provider, List<ResourceInstanceState> instances) {

    /** The provider address the real tencentcloud provider writes, so state moves between the two. */
    public static final String TENCENTCLOUD_PROVIDER = "provider[\"registry.terraform.io/tencentcloudstack/tencentcloud\"]";

    public ResourceState {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        instances = List.copyOf(instances);
        long distinct = instances.stream().map(ResourceInstanceState::key).distinct().count();
        if (distinct != instances.size()) {
            throw new IllegalArgumentException("duplicate instance keys in " + type + "." + name);
        }
    }

    /** The address of this resource (no instance key). */
    public ResourceAddress address() {
        return new ResourceAddress(mode, type, name, IndexKey.NONE);
    }

    boolean matches(ResourceAddress address) {
        return mode == address.mode() && type.equals(address.type()) && name.equals(address.name());
    }
}
