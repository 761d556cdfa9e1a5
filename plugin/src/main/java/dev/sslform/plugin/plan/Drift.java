package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import java.util.Map;

/** An object that changed outside sslform since the last apply: state before, refreshed after (null = deleted). */
public record Drift(ResourceAddress address, String type, Map<String, Object> before, Map<String, Object> after) {
}
