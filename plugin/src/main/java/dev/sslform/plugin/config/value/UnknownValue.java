package dev.sslform.plugin.config.value;

/**
 * A value not known until plan or apply time, like cty's unknowns. {@code type} is what is known
 * of its type ({@link Type#ANY} when nothing is). Operations on an unknown yield unknown.
 */
public record UnknownValue(Type type) implements Value {
    public static final UnknownValue DYNAMIC = new UnknownValue(Type.ANY);

    @Override
    public String typeName() {
        return "unknown";
    }

    @Override
    public boolean isWhollyKnown() {
        return false;
    }

    @Override
    public String toString() {
        return "(known after apply)";
    }
}
