package dev.sslform.plugin.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL backend's lock on one workspace: the session-level advisory lock
 * {@code pg_try_advisory_lock(hashtext(key))}. It belongs to the session that took it: only that
 * session can release it, and the server releases it when the session ends.
 */
final class PgAdvisoryLock {

    /** The session holding the lock: its backend pid and client address (null when not shown, e.g. a Unix socket). */
    record Session(long pid, String client) {
    }

    // pg_locks shows a bigint advisory key as classid (high 32 bits) and objid (low 32 bits), with
    // objsubid 1; hashtext's int4 is sign-extended to that bigint.
    private static final String HOLDER = "SELECT l.pid, host(a.client_addr), a.client_port FROM pg_locks l"
            + " LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND l.classid = ((hashtext(?)::bigint >> 32) & 4294967295)::oid"
            + " AND l.objid = (hashtext(?)::bigint & 4294967295)::oid"
            + " ORDER BY l.pid LIMIT 1";

    private final String key;

    PgAdvisoryLock(String key) {
        this.key = key;
    }

    /** Takes the lock for the session of {@code c} if no other session holds it. */
    boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Releases the lock held by the session of {@code c}. */
    void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            ps.setString(1, key);
            ps.executeQuery().close();
        }
    }

    /** True when the session of {@code c} holds the lock (it is granted to this very session). */
    boolean heldBy(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER.replace("ORDER BY l.pid LIMIT 1", "AND l.pid = pg_backend_pid()"))) {
            ps.setString(1, key);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The session holding the lock; empty when none does (any more). */
    Optional<Session> holder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setString(1, key);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String host = rs.getString(2);
                int port = rs.getInt(3);
                String client = host == null || port <= 0 ? host : (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
                return Optional.of(new Session(rs.getLong(1), client));
            }
        }
    }
}
