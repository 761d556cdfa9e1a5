package dev.sslform.plugin.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of everything sslform manages, in Terraform's state format version 4.
 *
 * <p>Invariants: {@code version} is {@link #FORMAT_VERSION}; {@code serial} is never negative and
 * grows by one with every write; {@code lineage} is null only for a state that was never written
 * (serial 0) and otherwise never changes for the life of the state. Values are immutable: every
 * "with" method returns a new State with the same serial and lineage — the backend, not the
 * caller, moves the serial on write.
 */
public record State(int version, String terraformVersion, long serial, String lineage,
                    Map<String, Object> outputs, List<ResourceState> resources) {

    public static final int FORMAT_VERSION = 4;
    /**
     * sslform's version, written as {@code terraform_version}: a plain semantic version, as
     * Terraform's state reader requires (it refuses "sslform-0.1.0"). Kept equal to the CLI's version.
     */
    public static final String TOOL_VERSION = dev.sslform.plugin.support.BuildInfo.current().version();

    public State {
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("state version must be " + FORMAT_VERSION + ", was " + version);
        }
        if (serial < 0) {
            throw new IllegalArgumentException("serial must not be negative: " + serial);
        }
        Objects.requireNonNull(terraformVersion, "terraformVersion");
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs == null ? Map.of() : outputs));
        // Terraform writes the root module's resources first, then each module instance's, by
        // the module address's text; within a module, sslform keeps the order it added them in.
        List<ResourceState> byModule = new ArrayList<>(resources);
        byModule.sort(java.util.Comparator.comparing(ResourceState::module));
        resources = List.copyOf(byModule);
    }

    /** A state that was never written: serial 0, no lineage, no resources. */
    public static State empty() {
        return new State(FORMAT_VERSION, TOOL_VERSION, 0, null, Map.of(), List.of());
    }

    public boolean isEmpty() {
        return resources.isEmpty();
    }

    /** The same content, stamped with another serial and lineage (used by backends on write). */
    public State withSerialAndLineage(long newSerial, String newLineage) {
        return new State(version, TOOL_VERSION, newSerial, newLineage, outputs, resources);
    }

    /** The same serial and lineage with other resources: what a caller hands to the backend to write. */
    public State withResources(List<ResourceState> newResources) {
        return new State(version, terraformVersion, serial, lineage, outputs, newResources);
    }

    /** The resource block an address belongs to, ignoring its instance key. */
    public Optional<ResourceState> findResource(ResourceAddress address) {
        return resources.stream().filter(r -> r.matches(address)).findFirst();
    }

    /** The instance at an address; {@code type.name} finds the unkeyed instance only. */
    public Optional<ResourceInstanceState> find(ResourceAddress address) {
        return findResource(address).flatMap(r -> r.instances().stream()
                .filter(i -> i.key().equals(address.key())).findFirst());
    }

    /** Every instance address in state, in file order. */
    public List<ResourceAddress> addresses() {
        List<ResourceAddress> out = new ArrayList<>();
        for (ResourceState r : resources) {
            for (ResourceInstanceState i : r.instances()) {
                out.add(r.address().withKey(i.key()));
            }
        }
        return out;
    }

    /**
     * Adds or replaces the instance at {@code address} (the instance's key is taken from the
     * address). A new resource block is appended with {@code provider}.
     */
    public State withInstance(ResourceAddress address, ResourceInstanceState instance, String provider) {
        return withInstances(Map.of(address, instance), provider);
    }

    /**
     * Adds or replaces many instances at once, each as {@link #withInstance} would, touching each
     * resource block once: a refresh of 1,000 {@code for_each} instances is one pass, not 1,000
     * copies of a 1,000-instance block. New resource blocks are appended (in the order of
     * {@code updates}) with {@code provider}.
     */
    public State withInstances(Map<ResourceAddress, ResourceInstanceState> updates, String provider) {
        if (updates.isEmpty()) {
            return this;
        }
        Map<ResourceAddress, Map<IndexKey, ResourceInstanceState>> byBlock = new java.util.LinkedHashMap<>();
        updates.forEach((address, instance) -> byBlock
                .computeIfAbsent(address.withKey(IndexKey.NONE), k -> new java.util.LinkedHashMap<>())
                .put(address.key(), instance.withKey(address.key())));
        List<ResourceState> out = new ArrayList<>();
        for (ResourceState r : resources) {
            Map<IndexKey, ResourceInstanceState> mine = byBlock.remove(r.address());
            if (mine == null) {
                out.add(r);
                continue;
            }
            Map<IndexKey, ResourceInstanceState> merged = new java.util.LinkedHashMap<>();
            r.instances().forEach(i -> merged.put(i.key(), i));
            merged.putAll(mine);
            out.add(r.withInstances(sorted(merged.values())));
        }
        byBlock.forEach((block, instances) ->
                out.add(new ResourceState(block.module(), block.mode(), block.type(), block.name(), provider, sorted(instances.values()))));
        return withResources(out);
    }

    /** {@link #withInstances(Map, String)} with the tencentcloud provider. */
    public State withInstances(Map<ResourceAddress, ResourceInstanceState> updates) {
        return withInstances(updates, ResourceState.TENCENTCLOUD_PROVIDER);
    }

    private static List<ResourceInstanceState> sorted(java.util.Collection<ResourceInstanceState> instances) {
        List<ResourceInstanceState> list = new ArrayList<>(instances);
        list.sort(State::compareKeys);
        return list;
    }

    /** {@link #withInstance(ResourceAddress, ResourceInstanceState, String)} with the tencentcloud provider. */
    public State withInstance(ResourceAddress address, ResourceInstanceState instance) {
        return withInstance(address, instance, ResourceState.TENCENTCLOUD_PROVIDER);
    }

    /**
     * The resource block at {@code resource} (no instance key) recorded with {@code provider}: a
     * block whose configuration now names another provider configuration; unchanged when there is
     * no such block or it already has that provider.
     */
    public State withProvider(ResourceAddress resource, String provider) {
        List<ResourceState> out = new ArrayList<>();
        boolean changed = false;
        for (ResourceState r : resources) {
            if (r.matches(resource) && !r.provider().equals(provider)) {
                out.add(new ResourceState(r.mode(), r.type(), r.name(), provider, r.instances()));
                changed = true;
            } else {
                out.add(r);
            }
        }
        return changed ? withResources(out) : this;
    }

    /** Removes the instance at {@code address}; a resource left with no instances is dropped. */
    public State without(ResourceAddress address) {
        List<ResourceState> out = new ArrayList<>();
        for (ResourceState r : resources) {
            if (!r.matches(address)) {
                out.add(r);
                continue;
            }
            List<ResourceInstanceState> instances = new ArrayList<>(r.instances());
            instances.removeIf(i -> i.key().equals(address.key()));
            if (!instances.isEmpty()) {
                out.add(r.withInstances(instances));
            }
        }
        return withResources(out);
    }

    // Instances are kept in key order (numbers numerically) so the file diffs cleanly.
    private static int compareKeys(ResourceInstanceState a, ResourceInstanceState b) {
        IndexKey x = a.key();
        IndexKey y = b.key();
        if (x instanceof IndexKey.Int xi && y instanceof IndexKey.Int yi) {
            return Long.compare(xi.value(), yi.value());
        }
        if (x instanceof IndexKey.Str xs && y instanceof IndexKey.Str ys) {
            return xs.value().compareTo(ys.value());
        }
        return Integer.compare(rank(x), rank(y));
    }

    private static int rank(IndexKey key) {
        return key instanceof IndexKey.None ? 0 : key instanceof IndexKey.Int ? 1 : 2;
    }
}
