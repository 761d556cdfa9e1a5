package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.Map;

/**
 * A data source the configuration reads ({@code data.type.name}), with its evaluated arguments.
 * {@code scoped} marks a data source declared inside a {@code check} block: as in Terraform, a
 * failure to read it is a warning, never an error. {@code provider} is the address of the provider
 * configuration it is read with ({@link Providers}).
 */
public record DataRequest(ResourceAddress address, String type, Map<String, Object> arguments, boolean scoped, String provider) {
    public DataRequest {
        arguments = Map.copyOf(arguments);
        provider = provider == null ? Providers.DEFAULT : provider;
    }

    public DataRequest(ResourceAddress address, String type, Map<String, Object> arguments, boolean scoped) {
        this(address, type, arguments, scoped, Providers.DEFAULT);
    }

    public DataRequest(ResourceAddress address, String type, Map<String, Object> arguments) {
        this(address, type, arguments, false);
    }
}
