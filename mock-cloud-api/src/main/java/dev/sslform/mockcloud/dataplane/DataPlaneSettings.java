package dev.sslform.mockcloud.dataplane;

import java.time.Duration;
import java.util.Objects;

/**
 * How the data plane runs.
 *
 * @param enabled        whether instances get TDS endpoints at all
 * @param portFrom       first port to try; with {@code portTo} 0 as well, every endpoint takes a free ephemeral port
 * @param portTo         last port to try
 * @param maxConnections connections served at once across all endpoints; more are closed on accept
 * @param loginTimeout   how long a connection may take from its first byte to a finished login
 * @param idleTimeout    how long a logged-in connection may sit without sending a request
 * @param pollInterval   how often endpoints are matched with instances and restarts are noticed
 */
public record DataPlaneSettings(boolean enabled, int portFrom, int portTo, int maxConnections, Duration loginTimeout,
                                Duration idleTimeout, Duration pollInterval) {
    public static final DataPlaneSettings DEFAULTS = new DataPlaneSettings(true, 0, 0, 256, Duration.ofSeconds(15),
            Duration.ofMinutes(30), Duration.ofMillis(250));
    public static final DataPlaneSettings OFF = DEFAULTS.withEnabled(false);

    public DataPlaneSettings {
        Objects.requireNonNull(loginTimeout, "loginTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (portFrom < 0 || portTo > 65535 || portFrom > portTo) {
            throw new IllegalArgumentException("data-plane ports must be FROM-TO with 0 <= FROM <= TO <= 65535, got "
                    + portFrom + "-" + portTo);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive, got " + maxConnections);
        }
    }

    /** Parses {@code FROM-TO} (or a single port) as the --dataplane-ports flag takes it. */
    public static int[] parsePorts(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            if (parts.length == 1) {
                int p = Integer.parseInt(parts[0].trim());
                return new int[] {p, p};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("expected FROM-TO, e.g. 14330-14399, got " + text);
    }

    public DataPlaneSettings withEnabled(boolean on) {
        return new DataPlaneSettings(on, portFrom, portTo, maxConnections, loginTimeout, idleTimeout, pollInterval);
    }

    public DataPlaneSettings withPorts(int from, int to) {
        return new DataPlaneSettings(enabled, from, to, maxConnections, loginTimeout, idleTimeout, pollInterval);
    }

    public DataPlaneSettings withLimits(int connections, Duration login, Duration idle) {
        return new DataPlaneSettings(enabled, portFrom, portTo, connections, login, idle, pollInterval);
    }
}
