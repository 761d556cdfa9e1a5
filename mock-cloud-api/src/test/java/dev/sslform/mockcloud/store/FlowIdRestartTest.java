package dev.sslform.mockcloud.store;

import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.core.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** State import on both databases: operations keep their flow ids, and later ids continue above them. */
class FlowIdRestartTest {
    static final Instant T0 = Instant.parse("2026-12-01T09:05:00Z");

    static void importedIdsAndTheNextOne(Store store) {
        SslOperation op = StoreContract.waiting("mssql-a", T0);
        SslOperation imported = new SslOperation(41, op.instanceId(), op.appId(), op.region(), op.type(), op.waitSwitch(), op.kms(),
                op.keyId(), op.keyRegion(), op.phase(), op.requestedAt(), null, null, op.dueAt(), null, false);
        store.transaction(tx -> {
            tx.deleteAll();
            tx.insertOperationWithId(imported);
            tx.restartFlowIds(42);
            return null;
        });
        long next = store.transaction(tx -> tx.insertOperation(StoreContract.waiting("mssql-b", T0)).flowId());
        assertEquals(42, next);
        assertEquals(List.of(41L, 42L), store.transaction(tx -> tx.allOperations().stream().map(SslOperation::flowId).toList()));
    }

    @Test
    void on_h2() {
        try (Store store = JdbiStore.open("jdbc:h2:mem:flowrestart;DB_CLOSE_DELAY=-1", null, null)) {
            importedIdsAndTheNextOne(store);
        }
    }

    @Test
    void on_postgresql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start();
             Store store = JdbiStore.open(pg.getJdbcUrl("postgres", "postgres"), "postgres", null)) {
            importedIdsAndTheNextOne(store);
        }
    }
}
