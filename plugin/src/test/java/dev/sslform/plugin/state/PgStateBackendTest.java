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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
