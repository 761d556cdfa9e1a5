package dev.sslform.mockcloud.core;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL login each instance's data-plane endpoint accepts: {@code sa} / {@code MockCloud#1}
 * until changed through {@code PUT /_mock/instances/{id}/login}. Kept in memory, not in the
 * store: it is test scaffolding, not cloud state, and is back to the default after a restart.
 */
public final class SqlLogins {
    public static final String DEFAULT_USER = "sa";
    public static final String DEFAULT_PASSWORD = "MockCloud#1";

    /** A user name and password. */
    public record Login(String user, String password) {
        public Login {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }
    }

    private final Map<String, Login> byInstance = new ConcurrentHashMap<>();

    /** The login the instance accepts now. */
    public Login of(String instanceId) {
        return byInstance.getOrDefault(instanceId, new Login(DEFAULT_USER, DEFAULT_PASSWORD));
    }

    public void set(String instanceId, Login login) {
        byInstance.put(instanceId, Objects.requireNonNull(login));
    }

    /** Back to the default (the instance was deleted or the state reset). */
    public void forget(String instanceId) {
        byInstance.remove(instanceId);
    }

    /** Whether {@code user}/{@code password} may log in; user names compare case-insensitively, as SQL Server's do. */
    public boolean accepts(String instanceId, String user, String password) {
        Login l = of(instanceId);
        return l.user().equalsIgnoreCase(user) && l.password().equals(password);
    }
}
