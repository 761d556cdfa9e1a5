package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PgStateBackendTest {

    private static EmbeddedPostgres pg;
    private static String connStr;

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    // Each test gets its own schema so tests stay independent on one server.
    private final String schema = "s_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = EmbeddedPostgres.start();
        connStr = "postgres://postgres:unused@localhost:" + pg.getPort() + "/postgres?sslmode=disable";
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    private PgStateBackend backend(String workspace, String who) {
        return new PgStateBackend(connStr, schema, workspace, clock, sleeper, who);
    }

    private static State withInstance(State s, String id) {
        return s.withInstance(ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config." + id),
                ResourceInstanceState.of(Map.of("instance_id", id)));
    }

    @Test
    void state_round_trips_through_postgres_with_serial_and_lineage() {
        PgStateBackend b = backend("default", "a@h");
        assertEquals(State.empty(), b.read());
        State first = b.write(withInstance(b.read(), "orders"));
        assertEquals(1, first.serial());
        assertEquals(first, b.read());
        State second = b.write(withInstance(b.read(), "billing"));
        assertEquals(2, second.serial());
        assertEquals(first.lineage(), second.lineage());
        assertEquals(2, b.read().addresses().size());
        assertEquals("postgres:" + schema + "/default", b.location());
    }

    @Test
    void two_workspaces_lock_and_write_independently() {
        PgStateBackend prod = backend("prod", "alice@ci");
        PgStateBackend stage = backend("stage", "bob@ci");
        try (Lock a = prod.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));
             Lock b = stage.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            State p = prod.write(withInstance(prod.read(), "orders"));
            State s = stage.write(withInstance(stage.read(), "orders"));
            assertNotEquals(p.lineage(), s.lineage());
            assertNotEquals(a.info().id(), b.info().id());
        }
        assertTrue(sleeper.sleeps().isEmpty(), "nobody waited");
    }

    @Test
    void a_second_client_on_one_workspace_waits_then_fails_with_the_holders_info() {
        PgStateBackend first = backend("default", "alice@ci-1");
        PgStateBackend second = backend("default", "bob@laptop");
        try (Lock held = first.lock(new LockRequest("OperationTypeApply", "apply #42", Duration.ZERO))) {
            StateLockedException e = assertThrows(StateLockedException.class,
                    () -> second.lock(LockRequest.of("OperationTypePlan", Duration.ofSeconds(3))));
            assertEquals(held.info(), e.holder());
            assertTrue(e.getMessage().contains("alice@ci-1") && e.getMessage().contains("apply #42"), e.getMessage());
            assertEquals(Duration.ofSeconds(3), sleeper.total());
        }
        try (Lock mine = second.lock(LockRequest.of("OperationTypePlan", Duration.ZERO))) {
            assertEquals("bob@laptop", mine.info().who());
        }
    }

    @Test
    void a_write_based_on_a_stale_serial_is_refused_and_nothing_is_lost() {
        PgStateBackend one = backend("default", "a@h");
        PgStateBackend two = backend("default", "b@h");
        State base = one.write(withInstance(one.read(), "orders"));
        State seenByTwo = two.read();
        State fromOne = one.write(withInstance(base, "billing"));
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> two.write(withInstance(seenByTwo, "payments")));
        assertTrue(e.getMessage().contains("serial 1") && e.getMessage().contains("serial 2"), e.getMessage());
        assertEquals(fromOne, two.read());
    }

    @Test
    void two_first_writers_cannot_both_create_the_workspace() {
        PgStateBackend one = backend("fresh", "a@h");
        PgStateBackend two = backend("fresh", "b@h");
        State emptyOne = one.read();
        State emptyTwo = two.read();
        State won = one.write(withInstance(emptyOne, "orders"));
        assertThrows(StateConflictException.class, () -> two.write(withInstance(emptyTwo, "billing")));
        assertEquals(won, one.read());
    }

    @Test
    void a_lock_row_left_by_a_dead_session_does_not_block_and_is_replaced() throws Exception {
        PgStateBackend b = backend("default", "a@h");
        b.read(); // creates the tables
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO " + schema + ".locks (name, id, info) VALUES ('default', 'dead', '{\"ID\":\"dead\"}')");
        }
        try (Lock lock = b.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            assertEquals("a@h", lock.info().who());
        }
    }

    /** A workspace of this test's schema whose lock key hashes to a negative or a non-negative int4. */
    private String workspaceWithKeySign(boolean negative) throws Exception {
        try (var c = pg.getPostgresDatabase().getConnection(); var ps = c.prepareStatement("SELECT hashtext(?)")) {
            for (int i = 0; ; i++) {
                ps.setString(1, schema + "/ws" + i);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) < 0 == negative) {
                        return "ws" + i;
                    }
                }
            }
        }
    }

    private long lockRows(String workspace) throws Exception {
        try (var c = pg.getPostgresDatabase().getConnection();
             var ps = c.prepareStatement("SELECT count(*) FROM " + schema + ".locks WHERE name = ?")) {
            ps.setString(1, workspace);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Polls, with a deadline, until session {@code pid} has gone and taken its locks along: ending a session is asynchronous. */
    private static void awaitSessionEnded(long pid) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (var c = pg.getPostgresDatabase().getConnection();
             var ps = c.prepareStatement("SELECT (SELECT count(*) FROM pg_locks WHERE pid = ?) + (SELECT count(*) FROM pg_stat_activity WHERE pid = ?)")) {
            ps.setLong(1, pid);
            ps.setLong(2, pid);
            while (true) {
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("session " + pid + " did not end");
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void force_unlock_refuses_a_live_holder_naming_its_session_and_once_that_session_ends_removes_the_row(boolean negativeKey)
            throws Exception {
        String workspace = workspaceWithKeySign(negativeKey);
        PgStateBackend holder = backend(workspace, "alice@ci-1");
        Lock held = holder.lock(new LockRequest("OperationTypeApply", "apply #42", Duration.ZERO));
        PgStateBackend b = backend(workspace, "bob@laptop");

        ForceUnlockException live = assertThrows(ForceUnlockException.class, () -> b.forceUnlock(held.info().id()));
        assertEquals(ForceUnlockException.Reason.HELD_BY_LIVE_SESSION, live.reason());
        assertEquals(held.info(), live.holder());
        Matcher m = Pattern.compile("is held by live PostgreSQL session (\\d+) \\(client [^)]+\\), "
                + "which releases it when it ends").matcher(live.getMessage());
        assertTrue(m.find(), live.getMessage());
        long pid = Long.parseLong(m.group(1));
        assertTrue(live.getMessage().contains("SELECT pg_terminate_backend(" + pid + ")") && live.getMessage().contains("apply #42"),
                live.getMessage());
        StateLockedException still = assertThrows(StateLockedException.class, () -> b.lock(LockRequest.of("OperationTypePlan", Duration.ZERO)));
        assertEquals(held.info().id(), still.holder().id(), "the lock is still held");

        // What the message suggests as a last resort: the session ends, its row stays behind (and
        // the holder's Lock, whose connection is gone, is never closed, as after a crash).
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        awaitSessionEnded(pid);
        assertEquals(1, lockRows(workspace));
        b.forceUnlock(held.info().id());
        assertEquals(0, lockRows(workspace));
        try (Lock mine = b.lock(LockRequest.of("OperationTypePlan", Duration.ZERO))) {
            assertEquals("bob@laptop", mine.info().who());
        }
    }

    @Test
    void force_unlock_removes_a_row_whose_session_has_gone_and_a_new_lock_can_then_be_taken() throws Exception {
        PgStateBackend b = backend("default", "bob@laptop");
        b.read(); // creates the tables
        // A holder that took the lock as sslform does, then lost its connection without deleting its row.
        long pid;
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("SELECT pg_advisory_lock(hashtext('" + schema + "/default'))");
            st.execute("INSERT INTO " + schema + ".locks (name, id, info) VALUES ('default', 'crashed-1', "
                    + "'{\"ID\":\"crashed-1\",\"Who\":\"alice@ci-1\"}')");
            try (var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getLong(1);
            }
        }
        awaitSessionEnded(pid);
        assertEquals(1, lockRows("default"));
        b.forceUnlock("crashed-1");
        assertEquals(0, lockRows("default"));
        try (Lock mine = b.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            assertEquals("bob@laptop", mine.info().who());
        }
    }

    @Test
    void force_unlock_names_the_session_holding_the_advisory_lock_even_one_that_recorded_no_info() throws Exception {
        PgStateBackend b = backend("default", "bob@laptop");
        b.read(); // creates the tables
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("SELECT pg_advisory_lock(hashtext('" + schema + "/default'))");
            long pid;
            try (var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getLong(1);
            }
            ForceUnlockException e = assertThrows(ForceUnlockException.class, () -> b.forceUnlock("any-id"));
            assertEquals(ForceUnlockException.Reason.HELD_BY_LIVE_SESSION, e.reason());
            assertEquals(null, e.holder());
            assertTrue(e.getMessage().startsWith("The lock on postgres:" + schema + "/default is held by live PostgreSQL session " + pid
                    + " (client "), e.getMessage());
            assertTrue(e.getMessage().endsWith("SELECT pg_terminate_backend(" + pid + ") on the database. Nothing was removed.\n\n"
                    + "The session has recorded no lock info."), e.getMessage());
        }
    }

    @Test
    void force_unlock_with_another_id_is_refused_and_the_lock_and_its_row_stay() throws Exception {
        PgStateBackend holder = backend("default", "alice@ci-1");
        PgStateBackend b = backend("default", "bob@laptop");
        try (Lock held = holder.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            ForceUnlockException e = assertThrows(ForceUnlockException.class, () -> b.forceUnlock("not-the-id"));
            assertEquals(ForceUnlockException.Reason.ID_MISMATCH, e.reason());
            assertEquals("Lock ID \"not-the-id\" does not match the lock held on postgres:" + schema + "/default, whose ID is \""
                    + held.info().id() + "\". Nothing was removed.\n\n" + held.info().describe(), e.getMessage());
            assertEquals(1, lockRows("default"));
            assertThrows(StateLockedException.class, () -> b.lock(LockRequest.of("OperationTypePlan", Duration.ZERO)));
        }
        // A stale row is not removed with another ID either.
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO " + schema + ".locks (name, id, info) VALUES ('default', 'dead', 'not json')");
        }
        ForceUnlockException stale = assertThrows(ForceUnlockException.class, () -> b.forceUnlock("not-the-id"));
        assertEquals(ForceUnlockException.Reason.ID_MISMATCH, stale.reason());
        assertEquals("dead", stale.holder().id());
        assertTrue(stale.holder().info().startsWith("unreadable lock info in " + schema + ".locks"), stale.holder().info());
        assertEquals(1, lockRows("default"));
    }

    @Test
    void force_unlock_without_a_lock_is_refused() {
        PgStateBackend b = backend("default", "a@h");
        ForceUnlockException e = assertThrows(ForceUnlockException.class, () -> b.forceUnlock("some-id"));
        assertEquals(ForceUnlockException.Reason.NOT_LOCKED, e.reason());
        assertEquals("No lock is held on postgres:" + schema + "/default.", e.getMessage());
    }

    @Test
    void a_conn_str_becomes_a_jdbc_url_with_credentials_as_properties() {
        PgConnectionString c = PgConnectionString.parse("postgres://user%40x:p%3Ass@db.example:5433/tf?sslmode=disable");
        assertEquals("jdbc:postgresql://db.example:5433/tf?sslmode=disable", c.jdbcUrl());
        assertEquals("user@x", c.properties().getProperty("user"));
        assertEquals("p:ss", c.properties().getProperty("password"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PgConnectionString.parse("mysql://h/db"));
        assertTrue(e.getMessage().contains("postgres://"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PgStateBackend(connStr, "bad;name", "default"));
    }
}
