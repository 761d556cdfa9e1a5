package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** init and workspaces with the pg backend, in embedded PostgreSQL, through the real command line. */
class PgWorkspaceTest extends PipelineCliBase {

    static EmbeddedPostgres pg;
    static String connStr;
    String schema = "w_" + UUID.randomUUID().toString().replace("-", "");

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
    void backend() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("backend.tf"), "terraform {\n  backend \"pg\" {}\n}\n");
    }

    boolean schemaExists() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                     + "' AND table_name = 'states'")) {
            return rs.next();
        }
    }

    @Test
    void init_with_backend_config_creates_the_schema_and_later_commands_use_the_settings() throws Exception {
        assertTrue(!schemaExists());
        EngineCliRunner.Result init = run("init", "-input=false", "-backend-config=conn_str=" + connStr,
                "-backend-config=schema_name=" + schema);
        assertEquals(0, init.code(), init.all());
        assertTrue(init.out().contains("Successfully configured the backend \"pg\"!"), init.out());
        assertTrue(schemaExists(), "init created the schema and its tables");
        assertEquals(0, run("apply", "-auto-approve").code());
        assertTrue(run("state", "pull").out().contains(ID), "state went to PostgreSQL with the recorded settings");
    }

    @Test
    void workspaces_are_rows_in_the_schema() throws Exception {
        env.put("PG_CONN_STR", connStr);
        env.put("PG_SCHEMA_NAME", schema);
        assertEquals(0, run("apply", "-auto-approve").code());
        EngineCliRunner.Result created = run("workspace", "new", "qa");
        assertEquals(0, created.code(), created.all());
        assertEquals("", run("state", "list").out());
        assertEquals("  default\n* qa\n\n", run("workspace", "list").out());
        assertEquals(0, run("workspace", "select", "default").code());
        assertEquals(ADDR + "\n", run("state", "list").out());
        EngineCliRunner.Result deleted = run("workspace", "delete", "qa");
        assertEquals(0, deleted.code(), deleted.all());
        assertEquals("* default\n\n", run("workspace", "list").out());
    }
}
