package dev.sslform.mockcloud.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.ErrorCodes;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.core.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on H2, in memory, plus what only H2 does: a database in a file. */
class H2StoreTest extends StoreContract {

    @Override
    String freshDatabaseUrl() {
        return "jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }

    @Override
    String expectedDialect() {
        return "h2";
    }

    @Test
    void a_file_database_survives_close_and_reopen(@TempDir Path dir) {
        String fileUrl = "jdbc:h2:file:" + dir.resolve("mockcloud").toAbsolutePath();
        Instance instance = instance("mssql-00000001", APP, "ap-guangzhou", T0);
        SslOperation op;
        try (Store first = JdbiStore.open(fileUrl, "sa", "")) {
            op = first.transaction(t -> {
                t.putAccount(new Account("AKID", "k", APP, "config"));
                t.insertInstance(instance);
                return t.insertOperation(waiting("mssql-00000001", T0));
            });
        }
        try (Store reopened = JdbiStore.open(fileUrl, "sa", "")) {
            assertEquals(Optional.of(instance), reopened.transaction(t -> t.instance("mssql-00000001")));
            assertEquals(Optional.of(op), reopened.transaction(t -> t.operation(op.flowId())));
            assertEquals(1, reopened.transaction(t -> t.accounts()).size());
            assertTrue(reopened.transaction(t -> t.insertOperation(waiting("mssql-00000001", T0))).flowId() > op.flowId(),
                    "flow ids keep rising across a restart");
            assertEquals(Set.copyOf(Migrations.schema().versions()),
                    Migrations.applied(((JdbiStore) reopened).jdbi()));
        }
    }

    @Test
    void a_closed_store_answers_db_error() {
        store.close();
        ApiException e = assertThrows(ApiException.class, () -> store.transaction(t -> t.accounts()));
        assertEquals(ErrorCodes.DB_ERROR, e.code());
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void open_refuses_a_url_of_another_database() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JdbiStore.open("jdbc:mysql://db/mockcloud?password=hunter2", "u", "p"));
        assertEquals("Unsupported database URL scheme \"jdbc:mysql:\": mockcloud stores its state in H2 (jdbc:h2:…)"
                + " or PostgreSQL (jdbc:postgresql:…).", e.getMessage());
    }

    @Test
    void migration_scripts_split_into_statements_at_line_ending_semicolons() {
        assertEquals(List.of("CREATE TABLE a (\nx INTEGER)", "INSERT INTO a VALUES (1)"),
                Migrations.statements("-- comment;\nCREATE TABLE a (\n  x INTEGER);\n\nINSERT INTO a VALUES (1);\n"));
    }
}
