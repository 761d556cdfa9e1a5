package dev.sslform.plugin.state;

import dev.sslform.plugin.support.Sleeper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * State in PostgreSQL, one row per workspace in {@code <schema>.states}, like Terraform's pg backend.
 *
 * <p>Locking is per workspace: {@code pg_try_advisory_lock(hashtext(schema || '/' || workspace))} on
 * a connection held for the lock's lifetime, so workspaces never block each other and a crashed
 * holder's lock disappears with its session. Who holds it is written to {@code <schema>.locks} so
 * a waiting client can say; {@link #forceUnlock} removes a row whose session has ended, but
 * cannot release a live session's lock. Writes run in a transaction that re-reads the row
 * {@code FOR UPDATE} and refuse to replace a serial or lineage other than the one the change was
 * based on.
 */
public final class PgStateBackend implements StateBackend {

    public static final String DEFAULT_SCHEMA = "sslform_remote_state";
    public static final String DEFAULT_WORKSPACE = "default";
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final PgConnectionString conn;
    private final String schema;
    private final String workspace;
    private final LockPoller poller;
    private final PgAdvisoryLock advisoryLock;
    private volatile boolean initialised;
    /** The lock this backend holds, whose session every write goes through; null when none. */
    private volatile PgLock held;
    private Duration keepAlive = DEFAULT_KEEPALIVE;

    /** How often the lock's session is pinged so idle-session reapers leave it alone. */
    public static final Duration DEFAULT_KEEPALIVE = Duration.ofSeconds(2);

    public PgStateBackend(String connStr, String schemaName, String workspace, Clock clock, Sleeper sleeper, String who) {
        this.conn = PgConnectionString.parse(connStr);
        this.schema = schemaName == null || schemaName.isBlank() ? DEFAULT_SCHEMA : schemaName;
        if (!IDENT.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema_name \"" + schema + "\" must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*)");
        }
        this.workspace = workspace == null || workspace.isBlank() ? DEFAULT_WORKSPACE : workspace;
        this.poller = new LockPoller(clock, sleeper, who);
        this.advisoryLock = new PgAdvisoryLock(lockKey());
    }

    public PgStateBackend(String connStr, String schemaName, String workspace) {
        this(connStr, schemaName, workspace, Clock.systemUTC(), Sleeper.SYSTEM, LockPoller.defaultWho());
    }

    /** Sets how often the held lock's session is pinged (a keepalive query); for tests and tuning. */
    public PgStateBackend keepAliveEvery(Duration interval) {
        this.keepAlive = Objects.requireNonNull(interval);
        return this;
    }

    @Override
    public String location() {
        return "postgres:" + schema + "/" + workspace;
    }

    private Connection connect() throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.putAll(conn.properties());
        // TCP keepalive: a NAT or firewall that drops idle flows does not silently cut the lock's session.
        props.putIfAbsent("tcpKeepAlive", "true");
        Connection c = DriverManager.getConnection(conn.jdbcUrl(), props);
        if (!initialised) {
            createSchema(c);
            initialised = true;
        }
        return c;
    }

    // CREATE ... IF NOT EXISTS still races between sessions (duplicate pg_type rows), so the DDL
    // runs under a transaction-scoped advisory lock keyed on the schema name.
    private void createSchema(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(hashtext('sslform-ddl/" + schema + "'))");
            st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            st.execute("CREATE TABLE IF NOT EXISTS " + schema + ".states (name TEXT PRIMARY KEY, data TEXT NOT NULL, "
                    + "serial BIGINT NOT NULL, lineage TEXT NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            st.execute("CREATE TABLE IF NOT EXISTS " + schema + ".locks (name TEXT PRIMARY KEY, id TEXT NOT NULL, "
                    + "info TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public State read() {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT data FROM " + schema + ".states WHERE name = ?")) {
            ps.setString(1, workspace);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return State.empty();
                }
                return StateCodec.decode(rs.getString(1).getBytes(StandardCharsets.UTF_8), location());
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public State write(State next) {
        PgLock lock = held;
        if (lock != null) {
            return lock.write(next);
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                State stored = writeIn(c, next);
                c.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private State writeIn(Connection c, State next) throws SQLException {
        State current = State.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM " + schema + ".states WHERE name = ? FOR UPDATE")) {
            ps.setString(1, workspace);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    // Decoding refuses a corrupt or newer row, so it is never overwritten.
                    current = StateCodec.decode(rs.getString(1).getBytes(StandardCharsets.UTF_8), location());
                }
            }
        }
        LocalStateBackend.checkBase(current, next);
        String lineage = current.lineage() != null ? current.lineage() : next.lineage() != null ? next.lineage() : UUID.randomUUID().toString();
        State stored = next.withSerialAndLineage(current.serial() + 1, lineage);
        String data = new String(StateCodec.encode(stored), StandardCharsets.UTF_8);
        String sql = current.serial() == 0 && current.lineage() == null
                // Two first writers: the loser's INSERT finds the row and changes nothing.
                ? "INSERT INTO " + schema + ".states (data, serial, lineage, name) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"
                : "UPDATE " + schema + ".states SET data = ?, serial = ?, lineage = ?, updated_at = now() WHERE name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, data);
            ps.setLong(2, stored.serial());
            ps.setString(3, lineage);
            ps.setString(4, workspace);
            if (ps.executeUpdate() != 1) {
                throw new StateConflictException("refusing to write state based on serial " + next.serial()
                        + ": another client created " + location() + " at the same time. Run the command again.");
            }
        }
        return stored;
    }

    @Override
    public Lock lock(LockRequest request) {
        Connection held;
        try {
            held = connect();
        } catch (SQLException e) {
            throw failure("lock", e);
        }
        try {
            return poller.acquire(request, location(), (mine, holder) -> tryLock(held, mine, holder));
        } catch (RuntimeException e) {
            closeQuietly(held);
            throw e;
        }
    }

    private Optional<Lock> tryLock(Connection c, LockInfo mine, LockInfo[] holder) {
        try {
            if (!advisoryLock.tryLock(c)) {
                holder[0] = readLockRow(c).orElse(null);
                return Optional.empty();
            }
            // A row left by a holder that crashed is stale (its advisory lock died with it): replace it.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".locks (name, id, info) VALUES (?, ?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET id = EXCLUDED.id, info = EXCLUDED.info, created_at = now()")) {
                ps.setString(1, workspace);
                ps.setString(2, mine.id());
                ps.setString(3, StateCodec.JSON.writeValueAsString(mine));
                ps.executeUpdate();
            }
            PgLock lock = new PgLock(c, mine);
            held = lock;
            lock.startKeepAlive(keepAlive);
            return Optional.of(lock);
        } catch (SQLException | java.io.IOException e) {
            throw new StateException("cannot lock " + location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the lock row with ID {@code lockId} once its holder's session has ended. The advisory
     * lock itself cannot be taken from a live session, so while its holder lives this refuses,
     * naming the session's pid (from {@code pg_locks}) and client address. When the advisory lock
     * is free the row is stale: it is read, compared and deleted while this session holds the
     * advisory lock, so no new holder can come in between, and the lock is released right after.
     */
    @Override
    public void forceUnlock(String lockId) {
        Objects.requireNonNull(lockId, "lockId");
        try (Connection c = connect()) {
            // Up to three looks: a holder may end between failing to take its lock and finding its session.
            for (int attempt = 1; ; attempt++) {
                if (advisoryLock.tryLock(c)) {
                    try {
                        deleteStaleRow(c, lockId);
                        return;
                    } finally {
                        advisoryLock.unlock(c);
                    }
                }
                Optional<LockInfo> held = readLockRow(c);
                if (held.isPresent() && !held.get().id().equals(lockId)) {
                    throw ForceUnlockException.mismatch(location(), lockId, held.get());
                }
                Optional<PgAdvisoryLock.Session> session = advisoryLock.holder(c);
                if (session.isPresent() || attempt == 3) {
                    throw ForceUnlockException.liveSession(location(), held.orElse(null),
                            session.map(PgAdvisoryLock.Session::pid).orElse(null), session.map(PgAdvisoryLock.Session::client).orElse(null));
                }
            }
        } catch (SQLException e) {
            throw new StateException("cannot force-unlock " + location() + ": " + e.getMessage(), e);
        }
    }

    private void deleteStaleRow(Connection c, String lockId) throws SQLException {
        Optional<LockInfo> held = readLockRow(c);
        if (held.isEmpty()) {
            throw ForceUnlockException.notLocked(location());
        }
        if (!held.get().id().equals(lockId)) {
            throw ForceUnlockException.mismatch(location(), lockId, held.get());
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + schema + ".locks WHERE name = ? AND id = ?")) {
            ps.setString(1, workspace);
            ps.setString(2, lockId);
            ps.executeUpdate();
        }
    }

    private String lockKey() {
        return schema + "/" + workspace;
    }

    /**
     * The holder's row: its {@code id} column, with the rest from its info JSON. Info that cannot
     * be read (written by hand, another tool) still shows the ID, so the lock can be named.
     */
    private Optional<LockInfo> readLockRow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, info FROM " + schema + ".locks WHERE name = ?")) {
            ps.setString(1, workspace);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String id = rs.getString(1);
                String problem;
                try {
                    LockInfo i = StateCodec.JSON.readValue(rs.getString(2), LockInfo.class);
                    if (i != null) {
                        return Optional.of(new LockInfo(id, i.operation(), i.info(), i.who(), i.version(), i.created(), i.path()));
                    }
                    problem = "null";
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problem = e.getOriginalMessage();
                }
                return Optional.of(new LockInfo(id, "", "unreadable lock info in " + schema + ".locks: " + problem, "", "", "", location()));
            }
        }
    }

    /**
     * The held lock: its session is kept alive by a keepalive query every few seconds (and TCP
     * keepalive), and every state write runs in that same session, in a transaction that first
     * checks the session still holds the advisory lock. A session that ended (killed by
     * {@code pg_terminate_backend}, {@code idle_session_timeout}, a pooler or a NAT) has lost the
     * lock, and another run may have taken it: the write is refused with
     * {@link StateLockLostException} and so is every later one.
     */
    private final class PgLock implements Lock {
        private final Connection connection;
        private final LockInfo info;
        private boolean released;
        private StateLockLostException lost;
        private java.util.concurrent.ScheduledExecutorService pinger;

        PgLock(Connection connection, LockInfo info) {
            this.connection = connection;
            this.info = info;
        }

        void startKeepAlive(Duration every) {
            pinger = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sslform-pg-lock-keepalive");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(1, every.toMillis());
            pinger.scheduleWithFixedDelay(this::ping, ms, ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        private synchronized void ping() {
            if (released || lost != null) {
                return;
            }
            try (Statement st = connection.createStatement()) {
                st.setQueryTimeout(30);
                st.execute("SELECT 1");
            } catch (SQLException e) {
                lost(e);
            }
        }

        private StateLockLostException lost(Exception cause) {
            if (lost == null) {
                lost = new StateLockLostException("the state lock on " + location() + " (lock ID " + info.id() + ") was lost: its"
                        + " database session ended (" + (cause == null ? "the session no longer holds the advisory lock"
                        : cause.getMessage()) + "), so another run may hold the lock now. sslform writes nothing more to this"
                        + " state in this run.", cause);
            }
            return lost;
        }

        synchronized State write(State next) {
            if (released) {
                throw new StateException("cannot write state to " + location() + ": its lock was released");
            }
            if (lost != null) {
                throw lost;
            }
            try {
                connection.setAutoCommit(false);
                try {
                    if (!advisoryLock.heldBy(connection)) {
                        throw lost(null);
                    }
                    State stored = writeIn(connection, next);
                    connection.commit();
                    return stored;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly();
                    throw e;
                } finally {
                    if (!connection.isClosed()) {
                        connection.setAutoCommit(true);
                    }
                }
            } catch (SQLException e) {
                if (sessionGone(e)) {
                    throw lost(e);
                }
                throw failure("write", e);
            }
        }

        private boolean sessionGone(SQLException e) {
            try {
                return connection.isClosed() || !connection.isValid(5) || (e.getSQLState() != null && e.getSQLState().startsWith("08"))
                        || "57P01".equals(e.getSQLState());
            } catch (SQLException x) {
                return true;
            }
        }

        private void rollbackQuietly() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                // the session may be gone; nothing to roll back then
            }
        }

        @Override
        public LockInfo info() {
            return info;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            if (pinger != null) {
                pinger.shutdownNow();
            }
            if (held == this) {
                held = null;
            }
            if (lost != null) {
                // The session (and with it the advisory lock) is gone; the row may be another run's now.
                closeQuietly(connection);
                return;
            }
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + schema + ".locks WHERE name = ? AND id = ?")) {
                del.setString(1, workspace);
                del.setString(2, info.id());
                del.executeUpdate();
                advisoryLock.unlock(connection);
            } catch (SQLException e) {
                if (sessionGone(e)) {
                    throw lost(e);
                }
                throw new StateException("cannot release the lock on " + location() + ": " + e.getMessage(), e);
            } finally {
                // Closing the session releases the advisory lock even if the statements above failed.
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }

    /** Creates the schema and its tables if they do not exist yet (what {@code sslform init} sets up). */
    public void initialise() {
        try (Connection c = connect()) {
            // connect() creates them on first use
        } catch (SQLException e) {
            throw failure("initialise", e);
        }
    }

    /** Every workspace with a stored state, and {@code default} always, in name order (Terraform's pg backend lists them so). */
    public java.util.List<String> workspaces() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        out.add(DEFAULT_WORKSPACE);
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM " + schema + ".states")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("list workspaces of", e);
        }
        return java.util.List.copyOf(out);
    }

    /** Removes this backend's workspace's stored state (the default workspace cannot be deleted). */
    public void deleteWorkspace() {
        if (workspace.equals(DEFAULT_WORKSPACE)) {
            throw new IllegalArgumentException("Cannot delete the default workspace");
        }
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + schema + ".states WHERE name = ?")) {
            ps.setString(1, workspace);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete", e);
        }
    }

    private StateException failure(String what, SQLException e) {
        return new StateException("cannot " + what + " state in " + location() + ": " + e.getMessage(), e);
    }
}
