package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.Configuration;
import dev.sslform.plugin.config.ResourceConfig;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import java.util.Optional;

/**
 * The check {@code sslform import ADDR ID} makes before touching state, as Terraform's import
 * command does: the resource block must be declared in the configuration (else Terraform's
 * "resource address … does not exist in the configuration", with an example block), and the
 * instance key must have the shape its {@code count} / {@code for_each} gives (none, a number, a
 * string). Null when the target is fine; otherwise the message to print.
 */
final class ImportTarget {

    private ImportTarget() {
    }

    static String problem(Configuration config, ResourceAddress addr) {
        Optional<ResourceConfig> declared = config == null ? Optional.empty() : ConfigAddresses.resource(config, addr);
        if (declared.isEmpty()) {
            String where = addr.module().isRoot() ? "the root module" : "the module " + addr.module();
            return "Error: resource address \"" + addr + "\" does not exist in the configuration.\n\n"
                    + "Before importing this resource, please create its configuration in " + where + ". For example:\n\n"
                    + "resource \"" + addr.type() + "\" \"" + addr.name() + "\" {\n  # (resource arguments)\n}\n";
        }
        String moduleKeys = ConfigAddresses.keyProblem(config, addr.module());
        if (moduleKeys != null) {
            return "Error: Configuration for import target does not exist\n\n"
                    + "The configuration for the given import target " + addr + " does not exist: " + moduleKeys + "\n";
        }
        ResourceConfig r = declared.get();
        IndexKey key = addr.key();
        String want = r.count() != null ? "a number index ([0])" : r.forEach() != null ? "a string key ([\"key\"])" : "no instance key";
        boolean fits = r.count() != null ? key instanceof IndexKey.Int
                : r.forEach() != null ? key instanceof IndexKey.Str
                : key instanceof IndexKey.None;
        if (!fits) {
            return "Error: Configuration for import target does not exist\n\n"
                    + "The configuration for the given import target " + addr + " does not exist: resource " + addr.resource()
                    + (r.count() != null ? " has \"count\" set" : r.forEach() != null ? " has \"for_each\" set" : " has neither \"count\" nor \"for_each\"")
                    + ", so its instances are addressed with " + want + ".\n";
        }
        return null;
    }
}
