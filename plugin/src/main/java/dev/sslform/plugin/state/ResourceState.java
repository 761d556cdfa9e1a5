package dev.sslform.plugin.state;

import java.util.List;
import java.util.Objects;

/**
 * One resource block in state ({@code module}, {@code mode}, {@code type}, {@code name},
 * {@code provider}) with its instances. Instance keys are unique within a resource. {@code module}
 * is the module instance the resource belongs to ({@link ModulePath#ROOT} for the root module).
 */
public record ResourceState(ModulePath module, ResourceMode mode, String type, String name, String provider, List<ResourceInstanceState> instances) {

    /** The provider address the real tencentcloud provider writes, so state moves between the two. */
    public static final String TENCENTCLOUD_PROVIDER = "provider[\"registry.terraform.io/tencentcloudstack/tencentcloud\"]";

    public ResourceState {
        Objects.requireNonNull(module, "module");
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

    /** A resource of the root module. */
    public ResourceState(ResourceMode mode, String type, String name, String provider, List<ResourceInstanceState> instances) {
        this(ModulePath.ROOT, mode, type, name, provider, instances);
    }

    /** The address of this resource (no instance key). */
    public ResourceAddress address() {
        return new ResourceAddress(module, mode, type, name, IndexKey.NONE);
    }

    /** The same resource with other instances. */
    public ResourceState withInstances(List<ResourceInstanceState> newInstances) {
        return new ResourceState(module, mode, type, name, provider, newInstances);
    }

    boolean matches(ResourceAddress address) {
        return module.equals(address.module()) && mode == address.mode() && type.equals(address.type()) && name.equals(address.name());
    }
}
