package dev.sslform.mockcloud.store;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.InstanceOrder;
import dev.sslform.mockcloud.core.InstanceSlice;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.core.StoreTransaction;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link StoreTransaction} of one open JDBI {@link Handle}: a thin translation of each
 * method into the statements of {@link Sql}. Lives only as long as its
 * {@link JdbiStore#transaction} call.
 */
final class JdbiStoreTransaction implements StoreTransaction {
    private final Handle h;
    private final Dialect dialect;
    private int savepoints;

    JdbiStoreTransaction(Handle handle, Dialect dialect) {
        this.h = handle;
        this.dialect = dialect;
    }

    // --- accounts ---------------------------------------------------------------------------

    @Override
    public void putAccount(Account account) {
        if (Rows.bind(h.createUpdate(Sql.UPDATE_ACCOUNT), account).execute() > 0) {
            return;
        }
        // A racing transaction may insert the same key between the UPDATE and the INSERT.
        if (!insertUnlessTaken(() -> Rows.bind(h.createUpdate(Sql.INSERT_ACCOUNT), account).execute())) {
            Rows.bind(h.createUpdate(Sql.UPDATE_ACCOUNT), account).execute();
        }
    }

    @Override
    public Optional<Account> account(String secretId) {
        return h.createQuery(Sql.ACCOUNT).bind("secretId", secretId).map(Rows.ACCOUNT).findOne();
    }

    @Override
    public List<Account> accounts() {
        return h.createQuery(Sql.ACCOUNTS).map(Rows.ACCOUNT).list();
    }

    // --- instances --------------------------------------------------------------------------

    @Override
    public boolean insertInstance(Instance instance) {
        return insertUnlessTaken(() -> Rows.bind(h.createUpdate(Sql.INSERT_INSTANCE), instance).execute());
    }

    @Override
    public Optional<Instance> instance(String instanceId) {
        return h.createQuery(Sql.INSTANCE).bind("instanceId", instanceId).map(Rows.INSTANCE).findOne();
    }

    @Override
    public Optional<Instance> lockInstance(String instanceId) {
        return h.createQuery(Sql.LOCK_INSTANCE).bind("instanceId", instanceId).map(Rows.INSTANCE).findOne();
    }

    @Override
    public void updateInstance(Instance instance) {
        Rows.bind(h.createUpdate(Sql.UPDATE_INSTANCE), instance).execute();
    }

    @Override
    public boolean deleteInstance(String instanceId) {
        h.createUpdate(Sql.DELETE_INSTANCE_CERTIFICATES).bind("instanceId", instanceId).execute();
        h.createUpdate(Sql.DELETE_INSTANCE_OPERATIONS).bind("instanceId", instanceId).execute();
        return h.createUpdate(Sql.DELETE_INSTANCE).bind("instanceId", instanceId).execute() > 0;
    }

    @Override
    public List<Instance> instances(long appId, String region) {
        return h.createQuery(Sql.INSTANCES).bind("appId", appId).bind("region", region).map(Rows.INSTANCE).list();
    }

    @Override
    public InstanceSlice primaries(long appId, String region, String search, InstanceOrder order, boolean descending, int offset,
                                   int limit) {
        boolean filtered = search != null && !search.isEmpty();
        String pattern = filtered ? "%" + Sql.likeEscape(search.toLowerCase(java.util.Locale.ROOT)) + "%" : null;
        // Replicas that match bring their masters in: looked up first, so the page query stays a plain scan.
        List<String> masters = filtered ? h.createQuery(Sql.MATCHING_REPLICA_MASTERS).bind("appId", appId).bind("region", region)
                .bind("pattern", pattern).mapTo(String.class).list() : List.of();
        boolean byMaster = !masters.isEmpty();
        var count = h.createQuery(Sql.countPrimaries(filtered, byMaster)).bind("appId", appId).bind("region", region);
        var page = h.createQuery(Sql.pagePrimaries(filtered, byMaster, order, descending)).bind("appId", appId).bind("region", region)
                .bind("limit", limit).bind("offset", offset);
        if (filtered) {
            count.bind("pattern", pattern);
            page.bind("pattern", pattern);
        }
        if (byMaster) {
            count.bindList("masters", masters);
            page.bindList("masters", masters);
        }
        long[] total = {-1};
        List<Instance> items = page.map((rs, ctx) -> {
            if (filtered) {
                total[0] = rs.getLong("match_count");
            }
            return Rows.INSTANCE.map(rs, ctx);
        }).list();
        if (total[0] < 0) {
            total[0] = count.mapTo(Long.class).one();
        }
        return new InstanceSlice((int) total[0], items);
    }

    @Override
    public List<Instance> instancesById(long appId, String region, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery(Sql.INSTANCES_BY_ID)
                .bind("appId", appId)
                .bind("region", region)
                .bindList("ids", List.copyOf(ids))
                .map(Rows.INSTANCE)
                .list();
    }

    @Override
    public List<Instance> allInstances() {
        return h.createQuery(Sql.ALL_INSTANCES).map(Rows.INSTANCE).list();
    }

    @Override
    public List<Instance> replicas(String masterId) {
        return h.createQuery(Sql.REPLICAS).bind("masterId", masterId).map(Rows.INSTANCE).list();
    }

    // --- operations -------------------------------------------------------------------------

    @Override
    public SslOperation insertOperation(SslOperation operation) {
        long flowId = Rows.bind(h.createUpdate(Sql.INSERT_OPERATION), operation)
                .executeAndReturnGeneratedKeys("flow_id")
                .mapTo(Long.class)
                .one();
        return new SslOperation(flowId, operation.instanceId(), operation.appId(), operation.region(),
                operation.type(), operation.waitSwitch(), operation.kms(), operation.keyId(),
                operation.keyRegion(), operation.phase(), operation.requestedAt(), operation.startedAt(),
                operation.restartAt(), operation.dueAt(), operation.finishedAt(), operation.failInjected());
    }

    @Override
    public Optional<SslOperation> operation(long flowId) {
        return h.createQuery(Sql.OPERATION).bind("flowId", flowId).map(Rows.OPERATION).findOne();
    }

    @Override
    public Optional<SslOperation> lockOperation(long flowId) {
        return h.createQuery(Sql.LOCK_OPERATION).bind("flowId", flowId).map(Rows.OPERATION).findOne();
    }

    @Override
    public Optional<SslOperation> activeOperation(String instanceId) {
        // At most one by the core's invariant; findFirst rather than findOne so a broken
        // invariant shows as the oldest active flow instead of an exception here.
        return h.createQuery(Sql.ACTIVE_OPERATION).bind("instanceId", instanceId).map(Rows.OPERATION).findFirst();
    }

    @Override
    public List<SslOperation> activeOperations(long appId, String region) {
        return h.createQuery(Sql.ACTIVE_OPERATIONS).bind("appId", appId).bind("region", region)
                .map(Rows.OPERATION).list();
    }

    @Override
    public List<SslOperation> allOperations() {
        return h.createQuery(Sql.ALL_OPERATIONS).map(Rows.OPERATION).list();
    }

    @Override
    public List<SslOperation> operations(String instanceId) {
        return h.createQuery(Sql.INSTANCE_OPERATIONS).bind("instanceId", instanceId).map(Rows.OPERATION).list();
    }

    @Override
    public void updateOperation(SslOperation operation) {
        Rows.bind(h.createUpdate(Sql.UPDATE_OPERATION), operation).bind("flowId", operation.flowId()).execute();
    }

    @Override
    public List<SslOperation> claimDue(Instant upTo, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Long upToMicros = Rows.micros(upTo);
        return switch (dialect) {
            case POSTGRESQL -> h.createQuery(Sql.CLAIM_DUE_POSTGRESQL)
                    .bind("upTo", upToMicros)
                    .bind("limit", limit)
                    .map(Rows.OPERATION)
                    .list();
            case H2 -> {
                // Two steps on H2: see Sql for why one statement would lock every due row.
                List<Long> candidates = h.createQuery(Sql.DUE_CANDIDATES_H2)
                        .bind("upTo", upToMicros)
                        .bind("limit", limit)
                        .mapTo(Long.class)
                        .list();
                yield candidates.isEmpty() ? List.of() : h.createQuery(Sql.CLAIM_CANDIDATES_H2)
                        .bindList("ids", candidates)
                        .bind("upTo", upToMicros)
                        .map(Rows.OPERATION)
                        .list();
            }
        };
    }

    @Override
    public Optional<Instant> nextDueAt() {
        return h.createQuery(Sql.NEXT_DUE_AT).mapTo(Long.class).findFirst()
                .map(Rows::fromMicros);
    }

    // --- certificates -----------------------------------------------------------------------

    @Override
    public Optional<CertificateAuthority> authority(long appId, String region) {
        return h.createQuery(Sql.AUTHORITY).bind("appId", appId).bind("region", region)
                .map(Rows.AUTHORITY).findOne();
    }

    @Override
    public boolean insertAuthorityIfAbsent(CertificateAuthority authority) {
        return insertUnlessTaken(() -> Rows.bind(h.createUpdate(Sql.INSERT_AUTHORITY), authority).execute());
    }

    @Override
    public List<CertificateAuthority> authorities() {
        return h.createQuery(Sql.AUTHORITIES).map(Rows.AUTHORITY).list();
    }

    @Override
    public void insertCertificate(ServerCertificate certificate) {
        Rows.bind(h.createUpdate(Sql.INSERT_CERTIFICATE), certificate).execute();
    }

    @Override
    public Optional<ServerCertificate> certificate(String instanceId, String serialHex) {
        return h.createQuery(Sql.CERTIFICATE).bind("instanceId", instanceId).bind("serialHex", serialHex)
                .map(Rows.CERTIFICATE).findOne();
    }

    @Override
    public List<ServerCertificate> certificates(String instanceId) {
        return h.createQuery(Sql.CERTIFICATES).bind("instanceId", instanceId).map(Rows.CERTIFICATE).list();
    }

    // --- the manual clock -------------------------------------------------------------------

    @Override
    public Optional<Instant> clockReading() {
        // The row exists from V2 on; its reading is NULL until the first save.
        return h.createQuery(Sql.CLOCK_READING)
                .map((rs, ctx) -> {
                    long us = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Rows.fromMicros(us));
                })
                .findFirst()
                .flatMap(reading -> reading);
    }

    @Override
    public void saveClockReading(Instant now) {
        h.createUpdate(Sql.SAVE_CLOCK_READING).bind("nowUs", Rows.micros(now)).execute();
    }

    // --- whole state ------------------------------------------------------------------------

    @Override
    public void insertOperationWithId(SslOperation operation) {
        Rows.bind(h.createUpdate(Sql.INSERT_OPERATION_WITH_ID), operation).bind("flowId", operation.flowId()).execute();
    }

    @Override
    public void restartFlowIds(long next) {
        switch (dialect) {
            case POSTGRESQL -> h.createQuery(Sql.RESTART_FLOW_IDS_POSTGRESQL).bind("next", next).mapTo(Long.class).one();
            case H2 -> h.createUpdate(Sql.restartFlowIdsH2(next)).execute();
        }
    }

    @Override
    public void deleteAll() {
        for (String statement : Sql.DELETE_ALL) {
            h.createUpdate(statement).execute();
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    /**
     * Runs an INSERT under a savepoint; a unique-key violation rolls back to the savepoint (a
     * failed statement would otherwise poison a PostgreSQL transaction) and answers false.
     */
    private boolean insertUnlessTaken(Supplier<Integer> insert) {
        String name = "insert_" + (++savepoints);
        h.savepoint(name);
        try {
            insert.get();
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                h.rollbackToSavepoint(name);
                return false;
            }
            throw e;
        }
        h.releaseSavepoint(name);
        return true;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && Sql.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
