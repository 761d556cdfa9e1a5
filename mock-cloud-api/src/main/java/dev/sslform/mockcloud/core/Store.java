package dev.sslform.mockcloud.core;

import java.util.function.Function;

/**
 * The persistence port: everything mockcloud knows lives behind it, so state survives a restart
 * and several processes can share one PostgreSQL database. Implemented over JDBI in
 * {@code dev.sslform.mockcloud.store} for H2 and PostgreSQL with the same schema and SQL.
 */
public interface Store extends AutoCloseable {
    /**
     * Runs {@code work} in one database transaction (READ COMMITTED) and commits it when
     * {@code work} returns; any exception rolls it back and propagates unchanged (an
     * {@link ApiException} keeps its code; a database failure is wrapped in
     * {@code ApiException(FailedOperation.DBError)}).
     */
    <T> T transaction(Function<StoreTransaction, T> work);

    /** A short name for logs and docs: {@code h2} or {@code postgresql}. */
    String dialect();

    @Override
    void close();
}
