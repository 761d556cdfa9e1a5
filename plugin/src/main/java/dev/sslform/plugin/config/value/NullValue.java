package dev.sslform.plugin.config.value;

/** The null value: an argument set to null is treated as not set, as in Terraform. */
public record NullValue() implements Value {
    public static final NullValue INSTANCE = new NullValue();

    @Override
    public String typeName() {
        return "null";
    }
}
