package dev.sslform.plugin.config;

import dev.sslform.plugin.config.value.ObjectValue;

/**
 * One instance of a resource or data block after expansion, with its configuration evaluated:
 * every schema attribute present, configured ones evaluated and converted to their type (unknown
 * where not yet known), unset optional ones at their default, computed ones null. Nested single
 * blocks ({@code timeouts}) are objects.
 */
public record ResourceInstance(InstanceAddress address, ResourceConfig config, ObjectValue values) {
}
