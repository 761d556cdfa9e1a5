package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.Map;

/** A data source the configuration reads ({@code data.type.name}), with its evaluated arguments. */
public record DataRequest(ResourceAddress address, String type, Map<String, Object> arguments) {
    public DataRequest {
        arguments = Map.copyOf(arguments);
    }
}
