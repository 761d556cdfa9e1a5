package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Body;

/**
 * A {@code provider} block: {@code alias} is null for the default configuration; {@code body} is
 * its arguments without {@code alias} (the provider schema's arguments only).
 */
public record ProviderConfig(String name, String alias, Body body, SourceRange declRange) {
    /** "tencentcloud" or "tencentcloud.alias", as resources refer to it (Terraform's module-unique key). */
    public String key() {
        return alias == null ? name : name + "." + alias;
    }
}
