package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.DataSource;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.RemoteInstances;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.state.ResourceState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider configurations of one run, by provider address as state records it
 * ({@code provider["registry.terraform.io/tencentcloudstack/tencentcloud"]} for the default one,
 * with {@code .ALIAS} appended for an aliased one), each with its own API client (region,
 * credentials, rate limit, retries) and, for the run, its own read cache and flow waiter
 * ({@link #remote}), created on first use. A resource type means the same in every configuration;
 * only where its calls go differs.
 *
 * <p>What the run observed of remote instances is keyed by {@link #observedKey}: the instance id
 * for the default configuration (as before aliases existed), {@code id (tencentcloud.ALIAS)} for
 * another, since two regions or accounts may hold the same id.
 */
public final class Providers {

    /** The default configuration's address. */
    public static final String DEFAULT = ResourceState.TENCENTCLOUD_PROVIDER;

    private final Map<String, TencentCloudProvider> byAddress;
    private final Map<String, RemoteInstances> remotes = new ConcurrentHashMap<>();

    private Providers(Map<String, TencentCloudProvider> byAddress) {
        this.byAddress = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAddress));
    }

    /** The configurations by address; must hold at least one. */
    public static Providers of(Map<String, TencentCloudProvider> byAddress) {
        if (byAddress.isEmpty()) {
            throw new IllegalArgumentException("no provider configuration");
        }
        return new Providers(byAddress);
    }

    /** Only the default configuration. */
    public static Providers single(TencentCloudProvider p) {
        return new Providers(Map.of(DEFAULT, p));
    }

    /** Only the default configuration, reading through {@code remote} (a plan's, handed to its apply). */
    public static Providers single(TencentCloudProvider p, RemoteInstances remote) {
        Providers out = single(p);
        out.remotes.put(DEFAULT, remote);
        return out;
    }

    /** The same configurations with no read caches yet: a new run. */
    public Providers fresh() {
        return new Providers(byAddress);
    }

    /** Terraform's error for {@code what} needing configuration {@code address}, which the configuration does not declare. */
    public static Diagnostic notPresent(String what, String address) {
        return Diagnostic.error(what, "Provider configuration not present", "To work with " + what + " its original provider configuration at "
                + address + " is required, but it has been removed. This occurs when a provider configuration is removed while objects"
                + " created by that provider still exist in the state. Re-add the provider configuration to destroy " + what
                + ", after which you can remove the provider configuration again.");
    }

    /** The configuration address and instance id an {@link #observedKey} names. */
    public static String[] splitObservedKey(String key) {
        String marker = " (" + TencentCloudProvider.NAME + ".";
        int at = key.indexOf(marker);
        if (at < 0 || !key.endsWith(")")) {
            return new String[] {DEFAULT, key};
        }
        return new String[] {address(key.substring(at + marker.length(), key.length() - 1)), key.substring(0, at)};
    }

    /** The address of the configuration {@code tencentcloud} (alias null) or {@code tencentcloud.ALIAS}. */
    public static String address(String alias) {
        return alias == null ? DEFAULT : DEFAULT + "." + alias;
    }

    /** The alias of a configuration's address, null for the default one. */
    public static String alias(String address) {
        return address == null || address.equals(DEFAULT) || !address.startsWith(DEFAULT + ".") ? null
                : address.substring(DEFAULT.length() + 1);
    }

    /** How the configuration language names a configuration: {@code tencentcloud} or {@code tencentcloud.ALIAS}. */
    public static String configName(String address) {
        String alias = alias(address);
        return alias == null ? TencentCloudProvider.NAME : TencentCloudProvider.NAME + "." + alias;
    }

    /** The key of instance {@code id} reached through configuration {@code address} in a plan's observations. */
    public static String observedKey(String address, String id) {
        String alias = alias(address);
        return alias == null ? id : id + " (" + configName(address) + ")";
    }

    public Set<String> addresses() {
        return byAddress.keySet();
    }

    public boolean has(String address) {
        return byAddress.containsKey(address);
    }

    /** The configuration at {@code address}; an address not declared is the caller's error to report first. */
    public TencentCloudProvider provider(String address) {
        TencentCloudProvider p = byAddress.get(address);
        if (p == null) {
            throw new IllegalArgumentException("no provider configuration " + address);
        }
        return p;
    }

    /** The run's read cache of configuration {@code address}: one per configuration, shared by plan and apply. */
    public RemoteInstances remote(String address) {
        return remotes.computeIfAbsent(address, a -> provider(a).remote());
    }

    /** Any configuration's resource type: they are the same in each. */
    public Optional<Resource> resource(String type) {
        return byAddress.values().iterator().next().resource(type);
    }

    public Optional<DataSource> dataSource(String type) {
        return byAddress.values().iterator().next().dataSource(type);
    }

    /** Marks every configuration's plan reads as the plan's (see {@link RemoteInstances#handOverToApply}). */
    public Providers handOverToApply() {
        remotes.values().forEach(RemoteInstances::handOverToApply);
        return this;
    }

    /** What the run saw of every instance it looked at, by {@link #observedKey}. */
    public Map<String, Map<String, Object>> observed() {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        remotes.forEach((address, remote) -> remote.observed().forEach((id, seen) -> out.put(observedKey(address, id), seen)));
        return out;
    }
}
