package dev.sslform.plugin.config.schema;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a provider declares: its own configuration schema, its resource types and data
 * sources, the registry source address it stands for ({@code tencentcloudstack/tencentcloud}) and
 * the provider version whose behaviour it implements (what {@code required_providers} constraints
 * are checked against).
 */
public record ProviderSchema(String name, Schema provider, Map<String, Schema> resources, Map<String, Schema> dataSources,
                             String source, String version) {

    /** A provider without a source address or version (tests). */
    public ProviderSchema(String name, Schema provider, Map<String, Schema> resources, Map<String, Schema> dataSources) {
        this(name, provider, resources, dataSources, "hashicorp/" + name, "0.0.0");
    }

    public ProviderSchema {
        resources = java.util.Collections.unmodifiableMap(new TreeMap<>(resources));
        dataSources = java.util.Collections.unmodifiableMap(new TreeMap<>(dataSources));
    }

    public Optional<Schema> resource(String type) {
        return Optional.ofNullable(resources.get(type));
    }

    public Optional<Schema> dataSource(String type) {
        return Optional.ofNullable(dataSources.get(type));
    }
}
