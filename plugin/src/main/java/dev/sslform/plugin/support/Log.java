package dev.sslform.plugin.support;

/**
 * The logging seam: a leveled, structured log that engine code writes to without knowing where
 * it goes or in which format (the command line sets that up from {@code TF_LOG} and
 * {@code TF_LOG_PATH}, as Terraform does). A message comes with key/value pairs, given as
 * alternating arguments ({@code "action", "DescribeDBInstances", "attempts", 2}), as
 * HashiCorp's hclog takes them. {@link #OFF} drops everything and is the default wherever no log
 * is given. Implementations are thread-safe.
 *
 * <p>Never pass a secret (a key, token, signature or password) as a value: logs are shared in
 * bug reports. Implementations also redact values whose key names one.
 */
public interface Log {

    /** Terraform's log levels, most verbose first. */
    enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    /** Logs nothing. */
    Log OFF = new Log() {
        @Override
        public boolean enabled(Level level) {
            return false;
        }

        @Override
        public void write(Level level, String message, Object... keyValues) {
        }

        @Override
        public Log named(String name) {
            return this;
        }
    };

    /** Whether a message at {@code level} would be written: callers check it before costly work. */
    boolean enabled(Level level);

    /** Writes {@code message} with its key/value pairs when {@code level} is enabled. */
    void write(Level level, String message, Object... keyValues);

    /** The same log, with messages attributed to {@code name} (e.g. {@code provider.tencentcloud}). */
    Log named(String name);

    default void trace(String message, Object... keyValues) {
        if (enabled(Level.TRACE)) {
            write(Level.TRACE, message, keyValues);
        }
    }

    default void debug(String message, Object... keyValues) {
        if (enabled(Level.DEBUG)) {
            write(Level.DEBUG, message, keyValues);
        }
    }

    default void info(String message, Object... keyValues) {
        if (enabled(Level.INFO)) {
            write(Level.INFO, message, keyValues);
        }
    }

    default void warn(String message, Object... keyValues) {
        if (enabled(Level.WARN)) {
            write(Level.WARN, message, keyValues);
        }
    }
}
