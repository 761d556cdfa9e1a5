package dev.sslform.plugin.state;

import java.util.Objects;

/**
 * One step of a module instance path: the name of a {@code module} block and, when the call has
 * {@code count} or {@code for_each}, which instance ({@code module.x[0]}, {@code module.x["k"]}).
 */
public record ModuleStep(String name, IndexKey key) {
    public ModuleStep {
        Objects.requireNonNull(key, "key");
        if (name == null || !ResourceAddress.isIdentifier(name)) {
            throw new InvalidAddressException("invalid module name \"" + name + "\"");
        }
    }

    @Override
    public String toString() {
        return "module." + name + key.suffix();
    }
}
