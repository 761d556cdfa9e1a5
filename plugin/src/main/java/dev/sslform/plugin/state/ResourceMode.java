package dev.sslform.plugin.state;

/** Whether a resource is managed by sslform or only read (a data source), as Terraform says it. */
public enum ResourceMode {
    MANAGED("managed"),
    DATA("data");

    private final String wire;

    ResourceMode(String wire) {
        this.wire = wire;
    }

    /** The value written in the state file's {@code mode} field. */
    public String wire() {
        return wire;
    }

    /** Parses the state file's {@code mode}; anything but "managed" or "data" is rejected. */
    public static ResourceMode fromWire(String value) {
        for (ResourceMode mode : values()) {
            if (mode.wire.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown resource mode \"" + value + "\" (expected \"managed\" or \"data\")");
    }
}
