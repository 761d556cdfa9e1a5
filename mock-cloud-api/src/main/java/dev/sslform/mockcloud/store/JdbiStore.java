package dev.sslform.mockcloud.store;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.ErrorCodes;
import dev.sslform.mockcloud.core.Store;
import dev.sslform.mockcloud.core.StoreTransaction;
import java.sql.SQLException;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link Store} over JDBI: H2 (in memory or in a file) or PostgreSQL, chosen from the JDBC
 * URL, behind a small bounded {@link ConnectionPool}, with the schema brought up to date by
 * {@link Migrations} when opened.
 *
 * <p>Invariants: safe for concurrent use from many threads; each {@link #transaction} runs on one
 * connection at READ COMMITTED and either commits or rolls back entirely.
 */
public final class JdbiStore implements Store {
    /** Enough for the HTTP handlers plus the scheduler; a mock is never busier than that. */
    static final int POOL_SIZE = 10;
    private static final long BORROW_TIMEOUT_MILLIS = 30_000;

    private final Dialect dialect;
    private final ConnectionPool pool;
    private final Jdbi jdbi;

    private JdbiStore(Dialect dialect, ConnectionPool pool) {
        this.dialect = dialect;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}) and
     * applies any migrations it lacks.
     *
     * @throws IllegalArgumentException for any other kind of URL
     */
    public static JdbiStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Migrations.schema());
    }

    static JdbiStore open(String jdbcUrl, String user, String password, Migrations migrations) {
        Dialect dialect = Dialect.fromUrl(jdbcUrl);
        ConnectionPool pool = new ConnectionPool(durable(dialect, jdbcUrl), user, password, POOL_SIZE, BORROW_TIMEOUT_MILLIS);
        JdbiStore store = new JdbiStore(dialect, pool);
        try {
            migrations.migrate(store.jdbi);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return store;
    }

    /**
     * An H2 database on disk gets {@code WRITE_DELAY=0} unless the URL sets it: H2 otherwise
     * keeps commits in memory for up to 500 ms before writing them to the file, so a process
     * killed with SIGKILL lost operations whose FlowId it had already returned (and the saved
     * manual clock). With 0 every commit reaches the file (the OS's cache: it survives a killed
     * process, not a power cut) before the transaction returns. In-memory URLs are left alone.
     */
    static String durable(Dialect dialect, String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        if (dialect != Dialect.H2 || lower.startsWith("jdbc:h2:mem:") || lower.contains("write_delay")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    @Override
    public <T> T transaction(Function<StoreTransaction, T> work) {
        try {
            // READ COMMITTED is set once on each pooled connection (ConnectionPool).
            return jdbi.inTransaction(handle -> work.apply(new JdbiStoreTransaction(handle, dialect)));
        } catch (JdbiException e) {
            // Any SQL failure, the commit's included; JDBI has already rolled back.
            // The message names the database's own complaint, not JDBI's, which lists the bound
            // values (secret keys, private keys) and would reach the client in the envelope.
            ApiException wrapped = new ApiException(ErrorCodes.DB_ERROR,
                    "The mock's " + dialect.label() + " database failed: " + reason(e));
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getMessage() + " (SQLState " + sql.getSQLState() + ")";
            }
        }
        return e.getClass().getSimpleName();
    }

    @Override
    public String dialect() {
        return dialect.label();
    }

    /** The JDBI instance, for tests and migrations in this package. */
    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
