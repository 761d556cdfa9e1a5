package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.PgStateBackend;
import dev.sslform.plugin.testkit.MockCloudHarness;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terraform { backend "pg" { … } }: state in embedded PostgreSQL, selected from configuration, with the per-workspace lock. */
class PgBackendTest {

    static EmbeddedPostgres pg;
    static String connStr;

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
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        mock.createInstance("mssql-pgbe0001", "03:00");
        mock.createInstance("mssql-pgbe0002", "03:00");
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    void config(String backendBody) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                terraform {
                  backend "pg" {
                    %s
                  }
                }
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset(["mssql-pgbe0001", "mssql-pgbe0002"])
                  instance_id = each.value
                  encryption  = "enable"
                }
                """.formatted(backendBody, mock.endpointUrl()));
    }

    EngineCliRunner.Result run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY));
        env.putAll(extraEnv);
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return new EngineCliRunner(env, mock.clock(), mock.sleeper()).run(full);
    }

    @Test
    void state_lives_in_postgres_and_conn_str_may_come_from_pg_conn_str() throws Exception {
        config("schema_name = \"" + schema + "\"");
        EngineCliRunner.Result apply = run(Map.of("PG_CONN_STR", connStr), "apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(Files.notExists(dir.resolve("sslform.tfstate")), "no local state file");

        PgStateBackend direct = new PgStateBackend(connStr, schema, "default");
        assertEquals(2, direct.read().addresses().size());
        assertEquals(0, run(Map.of("PG_CONN_STR", connStr), "plan", "-detailed-exitcode").code());
        assertEquals(2, run(Map.of("PG_CONN_STR", connStr), "state", "list").out().lines().count());

        EngineCliRunner.Result missing = run(Map.of(), "plan");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("backend \"pg\" needs conn_str, or the PG_CONN_STR environment variable"), missing.err());
    }

    @Test
    void an_apply_meeting_a_held_lock_fails_with_the_lock_info_or_waits_for_it() throws Exception {
        config("conn_str = \"" + connStr + "\"\n    schema_name = \"" + schema + "\"");
        PgStateBackend other = new PgStateBackend(connStr, schema, "default");
        try (Lock held = other.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            EngineCliRunner.Result blocked = run(Map.of(), "apply", "-auto-approve");
            assertEquals(1, blocked.code(), blocked.all());
            assertTrue(blocked.err().contains("Error acquiring the state lock"), blocked.err());
            assertTrue(blocked.err().contains(held.info().id()), "names the holder's lock id: " + blocked.err());
            assertTrue(blocked.err().contains("OperationTypeApply"), blocked.err());
        }
        assertEquals(0, other.read().serial(), "nothing was written while locked");
    }

    @Test
    void two_applies_racing_on_one_workspace_lose_nothing_and_send_nothing_twice() throws Exception {
        config("conn_str = \"" + connStr + "\"\n    schema_name = \"" + schema + "\"");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EngineCliRunner.Result>> runs = List.of(
                    pool.submit(() -> run(Map.of(), "apply", "-auto-approve", "-lock-timeout=10m")),
                    pool.submit(() -> run(Map.of(), "apply", "-auto-approve", "-lock-timeout=10m")));
            for (Future<EngineCliRunner.Result> f : runs) {
                EngineCliRunner.Result r = f.get();
                assertEquals(0, r.code(), r.all());
            }
        } finally {
            pool.shutdown();
        }
        PgStateBackend direct = new PgStateBackend(connStr, schema, "default");
        assertEquals(2, direct.read().addresses().size());
        String journal = mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000");
        assertEquals(2, journal.split("\"ModifyDBInstanceSSL\"", -1).length - 1, "each instance enabled once: " + journal);
    }

    @Test
    void force_unlock_finds_the_lock_in_postgres_refuses_a_live_holder_and_removes_a_stale_row() throws Exception {
        config("schema_name = \"" + schema + "\"");
        Map<String, String> env = Map.of("PG_CONN_STR", connStr);
        PgStateBackend other = new PgStateBackend(connStr, schema, "default");
        try (Lock held = other.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            EngineCliRunner.Result live = run(env, "force-unlock", "-force", held.info().id());
            assertEquals(1, live.code(), live.all());
            assertTrue(live.words().startsWith(" Error: Failed to unlock state The lock on postgres:" + schema
                    + "/default is held by live PostgreSQL session "), live.err());
            assertTrue(live.words().contains("SELECT pg_terminate_backend(") && live.err().contains(held.info().id()), live.err());
        }
        // A holder whose session ended without deleting its row.
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO " + schema + ".locks (name, id, info) VALUES ('default', 'crashed-1', '{\"ID\":\"crashed-1\"}')");
        }
        EngineCliRunner.Result stale = run(env, "force-unlock", "-force", "crashed-1");
        assertEquals(0, stale.code(), stale.all());
        assertEquals(ForceUnlockCommandTest.UNLOCKED, stale.out());
        EngineCliRunner.Result none = run(env, "force-unlock", "-force", "crashed-1");
        assertEquals(1, none.code(), none.all());
        assertEquals("\nError: Failed to unlock state\n\nNo lock is held on postgres:" + schema + "/default.\n", none.err());
    }

    @Test
    void an_unknown_backend_type_is_a_configuration_error() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                terraform {
                  backend "s3" {
                    bucket = "x"
                  }
                }
                """);
        EngineCliRunner.Result r = run(Map.of(), "plan");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Unsupported backend type"), r.err());
    }
}
