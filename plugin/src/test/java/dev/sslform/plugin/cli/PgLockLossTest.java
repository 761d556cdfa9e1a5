package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.PgStateBackend;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateLockLostException;
import dev.sslform.plugin.support.Sleeper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pg backend's lock lives on a database session; when the session is killed
 * ({@code pg_terminate_backend}, an idle-session reaper) the lock is gone and another run can take
 * it. The holder notices at its next state write (every write runs in the lock's session after
 * checking the lock), so it starts nothing more and says so.
 */
class PgLockLossTest {

    static EmbeddedPostgres pg;
    static String connStr;
    static final int N = 4;

    @TempDir
    Path dir;

    MockCloudHarness mock;
    String schema = "s_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = EmbeddedPostgres.start();
        connStr = "postgres://postgres:unused@localhost:" + pg.getPort() + "/postgres?sslmode=disable";
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    /** Ends every session holding an advisory lock in the database: what pg_terminate_backend or a reaper does. */
    static int terminateLockHolders() {
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_write_after_the_lock_session_was_terminated_is_refused_and_the_next_holder_keeps_its_lock() throws Exception {
        PgStateBackend first = new PgStateBackend(connStr, schema, "default");
        Lock lock = first.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));
        State s = first.write(first.read());
        assertEquals(1, s.serial());
        assertEquals(1, terminateLockHolders());

        PgStateBackend second = new PgStateBackend(connStr, schema, "default");
        try (Lock other = second.lock(LockRequest.of("OperationTypePlan", Duration.ZERO))) {
            StateLockLostException lost = assertThrows(StateLockLostException.class, () -> first.write(s));
            assertTrue(lost.getMessage().contains("was lost"), lost.getMessage());
            assertThrows(StateLockLostException.class, () -> first.write(s), "every later write is refused too");
            lock.close();
            // The first run's release did not delete the second run's lock row or release its lock.
            try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT id FROM " + schema + ".locks")) {
                assertTrue(rs.next());
                assertEquals(other.info().id(), rs.getString(1));
            }
            assertEquals(2, second.write(second.read()).serial());
        }
    }

    /** A login whose idle sessions the server ends after 1 s, as an idle-session reaper does. */
    static String reapedConnStr() throws Exception {
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reaped') THEN"
                    + " CREATE ROLE reaped LOGIN SUPERUSER; END IF; END $$");
            st.execute("ALTER ROLE reaped SET idle_session_timeout = '1s'");
        }
        return "postgres://reaped:unused@localhost:" + pg.getPort() + "/postgres?sslmode=disable";
    }

    /** Waits real time: an idle-session timeout is enforced by the server's clock, not sslform's. */
    static void idle(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            java.util.concurrent.locks.LockSupport.parkNanos(end - System.nanoTime());
        }
    }

    @Test
    void the_keepalive_keeps_the_lock_session_from_being_reaped_while_idle() throws Exception {
        String reaped = reapedConnStr();
        PgStateBackend kept = new PgStateBackend(reaped, schema, "default").keepAliveEvery(Duration.ofMillis(200));
        try (Lock lock = kept.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            idle(Duration.ofMillis(2500));
            assertEquals(1, kept.write(kept.read()).serial(), "the session outlived the 1 s idle timeout");
        }
        // Without the keepalive the same idle time ends the session, and the write says the lock is lost.
        PgStateBackend idleOne = new PgStateBackend(reaped, schema, "default").keepAliveEvery(Duration.ofHours(1));
        Lock lock = idleOne.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));
        idle(Duration.ofMillis(2500));
        StateLockLostException lost = assertThrows(StateLockLostException.class, () -> idleOne.write(idleOne.read()));
        assertTrue(lost.getMessage().contains("was lost"), lost.getMessage());
        lock.close();
    }

    @Test
    void an_apply_whose_lock_session_is_terminated_mid_apply_stops_and_says_the_lock_was_lost() throws Exception {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < N; i++) {
            String id = "mssql-pgll%04d".formatted(i);
            mock.createInstance(id, "03:00");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        Files.writeString(dir.resolve("main.tf"), """
                terraform {
                  backend "pg" {
                    conn_str    = "%s"
                    schema_name = "%s"
                  }
                }
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset([%s])
                  instance_id = each.value
                  encryption  = "enable"
                }
                """.formatted(connStr, schema, mock.endpointUrl(), ids));
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Lock> intruder = new AtomicReference<>();
        Sleeper base = mock.sleeper();
        // While the first operation's flow runs, the lock's session is killed and a second run takes the lock.
        Sleeper sabotage = d -> {
            if (done.compareAndSet(false, true)) {
                assertEquals(1, terminateLockHolders());
                intruder.set(new PgStateBackend(connStr, schema, "default").lock(LockRequest.of("OperationTypeApply", Duration.ZERO)));
            }
            base.sleep(d);
        };
        EngineCliRunner cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), sabotage);
        EngineCliRunner.Result apply = cli.run("-chdir=" + dir, "apply", "-auto-approve", "-parallelism", "1");
        try {
            assertEquals(1, apply.code(), apply.all());
            String journal = mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000");
            assertEquals(1, journal.split("\"ModifyDBInstanceSSL\"", -1).length - 1, "nothing started after the lock was lost: " + journal);
            assertTrue(apply.err().contains("was lost"), apply.err());
            assertTrue(apply.err().contains("Not started"), apply.err());
            assertFalse(apply.all().contains("Failed:"), apply.all());
            assertFalse(apply.out().contains("Apply complete!"), apply.out());
            assertTrue(Files.exists(dir.resolve("errored.tfstate")), apply.err());
        } finally {
            intruder.get().close();
        }
    }
}
