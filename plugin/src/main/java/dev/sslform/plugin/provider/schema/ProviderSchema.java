package dev.sslform.plugin.provider.schema;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything a provider declares: its own configuration schema, its resource types and data sources. */
public record ProviderSchema(String name, Schema provider, Map<String, Schema> resources, Map<String, Schema> dataSources) {

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
