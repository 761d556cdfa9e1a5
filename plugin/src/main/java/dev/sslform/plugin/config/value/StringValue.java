package dev.sslform.plugin.config.value;

import java.util.Objects;

/** A string value. */
public record StringValue(String value) implements Value {
    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "string";
    }
}
