package dev.sslform.mockcloud.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ErrorCodes;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.core.Store;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must show, run against each database by a subclass that
 * supplies a fresh, empty database per test.
 */
abstract class StoreContract {
    static final Instant T0 = Instant.parse("2026-03-02T01:02:03.123456Z");
    static final long APP = 1250000000L;
    static final long OTHER_APP = 1250000001L;

    /** A JDBC URL of a new, empty database. */
    abstract String freshDatabaseUrl();

    abstract String user();

    abstract String password();

    abstract String expectedDialect();

    Store store;
    String url;

    @BeforeEach
    void openStore() {
        url = freshDatabaseUrl();
        store = JdbiStore.open(url, user(), password());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    // --- fixtures -------------------------------------------------------------------------------

    static Instance instance(String id, long appId, String region, Instant createdAt) {
        return new Instance(id, appId, region, region + "-3", "name of " + id, "2019", "10.0.0.7", 1433, "HA",
                null, new MaintenanceWindow(List.of(1, 3, 5), LocalTime.of(22, 30), 4), true,
                T0.plusSeconds(86_400L * 365), "0a1b2c", true, "cmk-123", "ap-shanghai", createdAt, "seed");
    }

    static Instance replica(String id, String masterId, Instant createdAt) {
        return new Instance(id, APP, "ap-guangzhou", null, null, null, null, 0, null, masterId,
                MaintenanceWindow.DEFAULT, false, null, null, false, null, null, createdAt, null);
    }

    static SslOperation waiting(String instanceId, Instant dueAt) {
        return new SslOperation(0, instanceId, APP, "ap-guangzhou", OperationType.ENABLE, 1, false, null, null,
                OperationPhase.WAITING, T0, null, null, dueAt, null, false);
    }

    static SslOperation full(String instanceId) {
        return new SslOperation(999, instanceId, OTHER_APP, "ap-shanghai", OperationType.RENEW, 0, true, "key-1",
                "ap-beijing", OperationPhase.FAILED, T0, T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3),
                T0.plusSeconds(4), true);
    }

    static ServerCertificate cert(String instanceId, String serial, long flowId, Instant notBefore) {
        return new ServerCertificate(instanceId, serial, notBefore, notBefore.plusSeconds(3600),
                "-----BEGIN CERTIFICATE-----\n" + "A".repeat(3000) + "\n-----END CERTIFICATE-----\n",
                "-----BEGIN PRIVATE KEY-----\nkey-" + serial + "\n-----END PRIVATE KEY-----\n", flowId);
    }

    <T> T tx(java.util.function.Function<dev.sslform.mockcloud.core.StoreTransaction, T> work) {
        return store.transaction(work);
    }

    void run(java.util.function.Consumer<dev.sslform.mockcloud.core.StoreTransaction> work) {
        store.transaction(t -> {
            work.accept(t);
            return null;
        });
    }

    // --- basics ---------------------------------------------------------------------------------

    @Test
    void the_dialect_is_named_after_the_database() {
        assertEquals(expectedDialect(), store.dialect());
    }

    // --- accounts -------------------------------------------------------------------------------

    @Test
    void an_account_round_trips_and_put_replaces_the_key_pair() {
        Account a = new Account("AKIDone", "secret-1", APP, "config");
        run(t -> t.putAccount(a));
        assertEquals(Optional.of(a), tx(t -> t.account("AKIDone")));

        Account replaced = new Account("AKIDone", "secret-2", OTHER_APP, "api");
        run(t -> t.putAccount(replaced));
        assertEquals(Optional.of(replaced), tx(t -> t.account("AKIDone")));
        assertEquals(Optional.empty(), tx(t -> t.account("AKIDnone")));
    }

    @Test
    void accounts_are_listed_by_secret_id() {
        run(t -> {
            t.putAccount(new Account("b", "k", APP, "api"));
            t.putAccount(new Account("a", "k", APP, "config"));
            t.putAccount(new Account("c", "k", OTHER_APP, "api"));
        });
        assertEquals(List.of("a", "b", "c"), tx(t -> t.accounts().stream().map(Account::secretId).toList()));
    }

    // --- instances ------------------------------------------------------------------------------

    @Test
    void an_instance_round_trips_every_field_and_its_nulls() {
        Instance master = instance("mssql-00000001", APP, "ap-guangzhou", T0);
        Instance ro = replica("mssqlro-00000001", "mssql-00000001", T0.plusMillis(1));
        assertTrue((boolean) tx(t -> t.insertInstance(master)));
        assertTrue((boolean) tx(t -> t.insertInstance(ro)));

        assertEquals(Optional.of(master), tx(t -> t.instance("mssql-00000001")));
        assertEquals(Optional.of(ro), tx(t -> t.instance("mssqlro-00000001")));
        assertEquals(Optional.empty(), tx(t -> t.instance("mssql-missing")));
    }

    @Test
    void inserting_a_taken_instance_id_answers_false_changes_nothing_and_the_transaction_goes_on() {
        Instance first = instance("mssql-00000001", APP, "ap-guangzhou", T0);
        run(t -> t.insertInstance(first));

        Instance second = instance("mssql-00000001", OTHER_APP, "ap-shanghai", T0.plusSeconds(5));
        boolean inserted = tx(t -> {
            boolean r = t.insertInstance(second);
            t.insertInstance(instance("mssql-00000002", APP, "ap-guangzhou", T0));
            return r;
        });

        assertFalse(inserted);
        assertEquals(Optional.of(first), tx(t -> t.instance("mssql-00000001")));
        assertTrue(tx(t -> t.instance("mssql-00000002")).isPresent());
    }

    @Test
    void update_instance_replaces_every_column() {
        Instance before = instance("mssql-00000001", APP, "ap-guangzhou", T0);
        run(t -> t.insertInstance(before));
        Instance after = new Instance("mssql-00000001", OTHER_APP, "ap-shanghai", "ap-shanghai-2", "renamed", "2022",
                "10.1.1.1", 14330, "RO", "mssql-master", new MaintenanceWindow(List.of(7), LocalTime.of(3, 0), 24),
                false, null, null, false, "", "", T0.plusSeconds(9), "api");
        run(t -> t.updateInstance(after));
        assertEquals(Optional.of(after), tx(t -> t.instance("mssql-00000001")));
    }

    @Test
    void lock_instance_reads_the_row_or_nothing() {
        Instance i = instance("mssql-00000001", APP, "ap-guangzhou", T0);
        run(t -> t.insertInstance(i));
        assertEquals(Optional.of(i), tx(t -> t.lockInstance("mssql-00000001")));
        assertEquals(Optional.empty(), tx(t -> t.lockInstance("mssql-missing")));
    }

    @Test
    void instances_of_an_account_and_region_are_listed_by_creation_time_then_id() {
        run(t -> {
            t.insertInstance(instance("mssql-c", APP, "ap-guangzhou", T0));
            t.insertInstance(instance("mssql-a", APP, "ap-guangzhou", T0.plusSeconds(1)));
            t.insertInstance(instance("mssql-b", APP, "ap-guangzhou", T0));
            t.insertInstance(instance("mssql-other-region", APP, "ap-shanghai", T0));
            t.insertInstance(instance("mssql-other-app", OTHER_APP, "ap-guangzhou", T0));
        });
        assertEquals(List.of("mssql-b", "mssql-c", "mssql-a"), ids(tx(t -> t.instances(APP, "ap-guangzhou"))));
        assertEquals(List.of("mssql-b", "mssql-c", "mssql-other-app", "mssql-other-region", "mssql-a"),
                ids(tx(t -> t.allInstances())));
    }

    @Test
    void instances_by_id_answers_only_the_accounts_instances_in_the_region() {
        run(t -> {
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0.plusSeconds(2)));
            t.insertInstance(instance("mssql-2", APP, "ap-guangzhou", T0.plusSeconds(1)));
            t.insertInstance(instance("mssql-3", APP, "ap-shanghai", T0));
            t.insertInstance(instance("mssql-4", OTHER_APP, "ap-guangzhou", T0));
        });
        assertEquals(List.of("mssql-2", "mssql-1"), ids(tx(t -> t.instancesById(APP, "ap-guangzhou",
                List.of("mssql-1", "mssql-2", "mssql-3", "mssql-4", "mssql-missing")))));
        assertEquals(List.of(), tx(t -> t.instancesById(APP, "ap-guangzhou", List.of())));
    }

    @Test
    void replicas_lists_the_read_only_replicas_of_a_master() {
        run(t -> {
            t.insertInstance(instance("mssql-m", APP, "ap-guangzhou", T0));
            t.insertInstance(replica("mssqlro-2", "mssql-m", T0.plusSeconds(2)));
            t.insertInstance(replica("mssqlro-1", "mssql-m", T0.plusSeconds(1)));
            t.insertInstance(replica("mssqlro-x", "mssql-other", T0));
        });
        assertEquals(List.of("mssqlro-1", "mssqlro-2"), ids(tx(t -> t.replicas("mssql-m"))));
        assertEquals(List.of(), tx(t -> t.replicas("mssqlro-1")));
    }

    @Test
    void primaries_are_searched_ordered_and_paged_by_the_store() {
        run(t -> {
            t.insertInstance(withName(instance("mssql-c", APP, "ap-guangzhou", T0), "Orders_100%"));
            t.insertInstance(withName(instance("mssql-a", APP, "ap-guangzhou", T0.plusSeconds(1)), "billing"));
            t.insertInstance(withName(instance("mssql-b", APP, "ap-guangzhou", T0.plusSeconds(2)), "archive"));
            t.insertInstance(replica("mssqlro-x", "mssql-b", T0.plusSeconds(3)));
            t.insertInstance(instance("mssql-other", OTHER_APP, "ap-guangzhou", T0));
            t.insertInstance(instance("mssql-far", APP, "ap-shanghai", T0));
        });
        var all = tx(t -> t.primaries(APP, "ap-guangzhou", "", dev.sslform.mockcloud.core.InstanceOrder.CREATED, false, 0, 10));
        assertEquals(3, all.total());
        assertEquals(List.of("mssql-c", "mssql-a", "mssql-b"), ids(all.items()));
        assertEquals(List.of("mssql-c", "mssql-b", "mssql-a"),
                ids(tx(t -> t.primaries(APP, "ap-guangzhou", null, dev.sslform.mockcloud.core.InstanceOrder.ID, true, 0, 10)).items()));
        var byName = tx(t -> t.primaries(APP, "ap-guangzhou", null, dev.sslform.mockcloud.core.InstanceOrder.NAME, false, 1, 1));
        assertEquals(3, byName.total());
        assertEquals(List.of("mssql-a"), ids(byName.items()), "archive, billing, Orders: the second one");
        // Case is ignored, LIKE's wildcards are plain text, and a replica's id finds its primary.
        assertEquals(List.of("mssql-c"), ids(tx(t -> t.primaries(APP, "ap-guangzhou", "ORDERS_100%",
                dev.sslform.mockcloud.core.InstanceOrder.CREATED, false, 0, 10)).items()));
        assertEquals(0, tx(t -> t.primaries(APP, "ap-guangzhou", "b%g", dev.sslform.mockcloud.core.InstanceOrder.CREATED, false, 0, 10)).total());
        assertEquals(0, tx(t -> t.primaries(APP, "ap-guangzhou", "archiv_", dev.sslform.mockcloud.core.InstanceOrder.CREATED, false, 0, 10)).total());
        assertEquals(List.of("mssql-b"), ids(tx(t -> t.primaries(APP, "ap-guangzhou", "ro-X",
                dev.sslform.mockcloud.core.InstanceOrder.CREATED, false, 0, 10)).items()));
    }

    static Instance withName(Instance i, String name) {
        return new Instance(i.instanceId(), i.appId(), i.region(), i.zone(), name, i.version(), i.vip(), i.vport(), i.instanceType(),
                i.masterId(), i.window(), i.sslEnabled(), i.sslExpiry(), i.certSerial(), i.kms(), i.cmkId(), i.cmkRegion(), i.createdAt(),
                i.origin());
    }

    @Test
    void delete_instance_removes_its_operations_and_certificates_only() {
        run(t -> {
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0));
            t.insertInstance(instance("mssql-2", APP, "ap-guangzhou", T0));
            t.insertOperation(waiting("mssql-1", T0));
            t.insertOperation(waiting("mssql-2", T0));
            t.insertCertificate(cert("mssql-1", "01", 1, T0));
            t.insertCertificate(cert("mssql-2", "02", 2, T0));
        });
        assertTrue((boolean) tx(t -> t.deleteInstance("mssql-1")));
        assertFalse((boolean) tx(t -> t.deleteInstance("mssql-1")));

        assertEquals(List.of("mssql-2"), ids(tx(t -> t.allInstances())));
        assertEquals(List.of("mssql-2"), tx(t -> t.allOperations()).stream().map(SslOperation::instanceId).toList());
        assertEquals(List.of(), tx(t -> t.certificates("mssql-1")));
        assertEquals(1, tx(t -> t.certificates("mssql-2")).size());
    }

    // --- operations -----------------------------------------------------------------------------

    @Test
    void insert_operation_answers_increasing_positive_flow_ids_ignoring_the_one_given() {
        List<Long> flowIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            flowIds.add(tx(t -> t.insertOperation(full("mssql-1"))).flowId());
        }
        assertTrue(flowIds.get(0) > 0, "flow ids are positive: " + flowIds);
        assertTrue(flowIds.get(0) < flowIds.get(1) && flowIds.get(1) < flowIds.get(2), "flow ids rise: " + flowIds);
        assertFalse(flowIds.contains(999L));
    }

    @Test
    void an_operation_round_trips_every_field_and_its_nulls() {
        SslOperation all = tx(t -> t.insertOperation(full("mssql-1")));
        SslOperation sparse = tx(t -> t.insertOperation(new SslOperation(0, "mssql-2", APP, null, OperationType.DISABLE,
                0, false, null, null, OperationPhase.SUCCEEDED, T0, null, null, null, null, false)));

        assertEquals(Optional.of(all), tx(t -> t.operation(all.flowId())));
        assertEquals(Optional.of(sparse), tx(t -> t.operation(sparse.flowId())));
        assertEquals("key-1", all.keyId());
        assertEquals(Optional.empty(), tx(t -> t.operation(sparse.flowId() + 1000)));
    }

    @Test
    void update_operation_replaces_every_column() {
        SslOperation op = tx(t -> t.insertOperation(waiting("mssql-1", T0)));
        SslOperation changed = new SslOperation(op.flowId(), "mssql-9", OTHER_APP, "ap-shanghai", OperationType.RENEW,
                0, true, "k", "ap-beijing", OperationPhase.RUNNING, T0.plusSeconds(1), T0.plusSeconds(2),
                T0.plusSeconds(3), T0.plusSeconds(4), T0.plusSeconds(5), true);
        run(t -> t.updateOperation(changed));
        assertEquals(Optional.of(changed), tx(t -> t.operation(op.flowId())));

        SslOperation finished = changed.finished(OperationPhase.SUCCEEDED, T0.plusSeconds(6));
        run(t -> t.updateOperation(finished));
        assertEquals(Optional.of(finished), tx(t -> t.operation(op.flowId())));
    }

    @Test
    void active_operations_are_the_waiting_and_running_ones() {
        SslOperation done = tx(t -> t.insertOperation(waiting("mssql-1", T0)));
        run(t -> t.updateOperation(done.finished(OperationPhase.SUCCEEDED, T0)));
        SslOperation active = tx(t -> t.insertOperation(waiting("mssql-1", T0)));
        SslOperation running = tx(t -> t.insertOperation(waiting("mssql-2", T0)));
        run(t -> t.updateOperation(running.running(T0, T0.plusSeconds(60), T0.plusSeconds(120))));
        SslOperation failed = tx(t -> t.insertOperation(waiting("mssql-3", T0)));
        run(t -> t.updateOperation(failed.finished(OperationPhase.FAILED, T0)));
        tx(t -> t.insertOperation(new SslOperation(0, "mssql-4", OTHER_APP, "ap-guangzhou", OperationType.ENABLE, 0,
                false, "", "", OperationPhase.WAITING, T0, null, null, T0, null, false)));

        assertEquals(Optional.of(active), tx(t -> t.activeOperation("mssql-1")));
        assertEquals(OperationPhase.RUNNING, tx(t -> t.activeOperation("mssql-2")).orElseThrow().phase());
        assertEquals(Optional.empty(), tx(t -> t.activeOperation("mssql-3")));
        assertEquals(List.of(active.flowId(), running.flowId()),
                flowIds(tx(t -> t.activeOperations(APP, "ap-guangzhou"))));
        assertEquals(List.of(), tx(t -> t.activeOperations(APP, "ap-shanghai")));
    }

    @Test
    void an_instances_operations_are_its_history_by_flow_id_and_no_one_elses() {
        SslOperation first = tx(t -> t.insertOperation(waiting("mssql-1", T0)));
        run(t -> t.updateOperation(first.finished(OperationPhase.FAILED, T0)));
        tx(t -> t.insertOperation(waiting("mssql-2", T0)));
        SslOperation second = tx(t -> t.insertOperation(waiting("mssql-1", T0)));

        assertEquals(List.of(first.flowId(), second.flowId()), flowIds(tx(t -> t.operations("mssql-1"))));
        assertEquals(OperationPhase.FAILED, tx(t -> t.operations("mssql-1")).get(0).phase());
        assertEquals(List.of(), tx(t -> t.operations("mssql-9")));
    }

    @Test
    void all_operations_come_back_by_flow_id_finished_ones_included() {
        List<Long> inserted = new ArrayList<>();
        for (String id : List.of("mssql-z", "mssql-a", "mssql-m")) {
            SslOperation op = tx(t -> t.insertOperation(waiting(id, T0)));
            inserted.add(op.flowId());
        }
        run(t -> t.updateOperation(t.operation(inserted.get(1)).orElseThrow().finished(OperationPhase.FAILED, T0)));
        assertEquals(inserted, flowIds(tx(t -> t.allOperations())));
    }

    @Test
    void claim_due_answers_due_active_operations_by_due_time_then_flow_id_up_to_the_limit() {
        SslOperation late = tx(t -> t.insertOperation(waiting("mssql-1", T0.plusSeconds(20))));
        SslOperation early = tx(t -> t.insertOperation(waiting("mssql-2", T0.plusSeconds(10))));
        SslOperation tieA = tx(t -> t.insertOperation(waiting("mssql-3", T0.plusSeconds(20))));
        SslOperation future = tx(t -> t.insertOperation(waiting("mssql-4", T0.plusSeconds(21))));
        SslOperation finished = tx(t -> t.insertOperation(waiting("mssql-5", T0)));
        run(t -> t.updateOperation(finished.finished(OperationPhase.SUCCEEDED, T0)));

        assertEquals(List.of(early.flowId(), late.flowId(), tieA.flowId()),
                flowIds(tx(t -> t.claimDue(T0.plusSeconds(20), 10))));
        assertEquals(List.of(early.flowId(), late.flowId()), flowIds(tx(t -> t.claimDue(T0.plusSeconds(20), 2))));
        assertEquals(List.of(), tx(t -> t.claimDue(T0.plusSeconds(9), 10)));
        assertEquals(List.of(), tx(t -> t.claimDue(T0.plusSeconds(100), 0)));
        assertEquals(4, tx(t -> t.claimDue(T0.plusSeconds(100), 10)).size());
        assertEquals(Optional.of(future), tx(t -> t.operation(future.flowId())));
    }

    @Test
    void next_due_at_is_the_earliest_due_time_of_an_active_operation() {
        assertEquals(Optional.empty(), tx(t -> t.nextDueAt()));
        SslOperation earliest = tx(t -> t.insertOperation(waiting("mssql-1", T0.plusSeconds(5))));
        tx(t -> t.insertOperation(waiting("mssql-2", T0.plusSeconds(30))));
        assertEquals(Optional.of(T0.plusSeconds(5)), tx(t -> t.nextDueAt()));

        // A finished operation with a stale due time does not count.
        run(t -> t.updateOperation(new SslOperation(earliest.flowId(), "mssql-1", APP, "ap-guangzhou",
                OperationType.ENABLE, 1, false, "", "", OperationPhase.SUCCEEDED, T0, null, null, T0, T0, false)));
        assertEquals(Optional.of(T0.plusSeconds(30)), tx(t -> t.nextDueAt()));
    }

    @Test
    void claimed_rows_are_skipped_by_a_second_transaction() throws Exception {
        for (int i = 0; i < 4; i++) {
            String id = "mssql-" + i;
            tx(t -> t.insertOperation(waiting(id, T0)));
        }
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = threads.submit(() -> store.transaction(t -> {
                List<Long> mine = flowIds(t.claimDue(T0, 2));
                firstClaimed.countDown();
                await(secondDone);
                return mine;
            }));
            assertTrue(firstClaimed.await(30, TimeUnit.SECONDS), "the first transaction claimed");
            Future<List<Long>> second = threads.submit(() -> store.transaction(t -> flowIds(t.claimDue(T0, 10))));
            List<Long> b = second.get(30, TimeUnit.SECONDS);
            secondDone.countDown();
            List<Long> a = first.get(30, TimeUnit.SECONDS);

            assertEquals(2, a.size());
            assertEquals(2, b.size(), "the second transaction takes the rows the first left: " + a + " / " + b);
            Set<Long> all = new HashSet<>(a);
            all.addAll(b);
            assertEquals(4, all.size(), "no operation claimed twice: " + a + " / " + b);
        } finally {
            secondDone.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void a_claim_locks_only_the_rows_it_returns() throws Exception {
        List<Long> flowIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "mssql-" + i;
            flowIds.add(tx(t -> t.insertOperation(waiting(id, T0))).flowId());
        }
        List<Boolean> lockable = whileHolding(t -> t.claimDue(T0, 2), () -> flowIds.stream()
                .map(id -> lockableNow("SELECT flow_id FROM operations WHERE flow_id = :id FOR UPDATE NOWAIT", id))
                .toList());
        assertEquals(List.of(false, false, true, true), lockable);
    }

    @Test
    void lock_instance_holds_the_row_until_the_transaction_ends() throws Exception {
        run(t -> {
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0));
            t.insertInstance(instance("mssql-2", APP, "ap-guangzhou", T0));
        });
        String probe = "SELECT instance_id FROM instances WHERE instance_id = :id FOR UPDATE NOWAIT";
        List<Boolean> lockable = whileHolding(t -> t.lockInstance("mssql-1"),
                () -> List.of(lockableNow(probe, "mssql-1"), lockableNow(probe, "mssql-2")));
        assertEquals(List.of(false, true), lockable);
        assertTrue(lockableNow(probe, "mssql-1"), "released at commit");
    }

    /** Runs {@code hold} in a transaction on another thread and {@code meanwhile} while it is open. */
    <R> R whileHolding(java.util.function.Function<dev.sslform.mockcloud.core.StoreTransaction, ?> hold,
                       java.util.concurrent.Callable<R> meanwhile) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = thread.submit(() -> store.transaction(t -> {
                hold.apply(t);
                held.countDown();
                await(release);
                return null;
            }));
            assertTrue(held.await(30, TimeUnit.SECONDS), "the holding transaction started");
            R result = meanwhile.call();
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            return result;
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
    }

    /** Whether another connection can lock the row right now (NOWAIT fails at once if not). */
    boolean lockableNow(String sql, Object id) {
        try {
            jdbi().useTransaction(h -> h.createQuery(sql).bind("id", id).mapToMap().list());
            return true;
        } catch (org.jdbi.v3.core.JdbiException e) {
            return false;
        }
    }

    // --- certificates ---------------------------------------------------------------------------

    @Test
    void an_authority_is_stored_once_per_account_and_region() {
        CertificateAuthority ca = new CertificateAuthority(APP, "ap-guangzhou", "-----BEGIN CERTIFICATE-----\nca\n",
                "-----BEGIN PRIVATE KEY-----\nk\n", T0, T0.plusSeconds(3650L * 86_400));
        CertificateAuthority other = new CertificateAuthority(APP, "ap-guangzhou", "other", "other", null, null);
        CertificateAuthority sparse = new CertificateAuthority(APP, "ap-beijing", "c", "k", null, null);

        assertTrue((boolean) tx(t -> t.insertAuthorityIfAbsent(ca)));
        assertFalse((boolean) tx(t -> t.insertAuthorityIfAbsent(other)));
        assertTrue((boolean) tx(t -> t.insertAuthorityIfAbsent(sparse)));

        assertEquals(Optional.of(ca), tx(t -> t.authority(APP, "ap-guangzhou")));
        assertEquals(Optional.empty(), tx(t -> t.authority(OTHER_APP, "ap-guangzhou")));
        assertEquals(List.of(sparse, ca), tx(t -> t.authorities()));
    }

    @Test
    void certificates_round_trip_and_are_listed_oldest_first() {
        ServerCertificate first = cert("mssql-1", "0f", 7, T0.plusSeconds(100));
        ServerCertificate second = cert("mssql-1", "0a", 8, T0);
        ServerCertificate sparse = new ServerCertificate("mssql-1", "ff", null, null, "c", "k", 0);
        run(t -> t.insertCertificate(first));
        run(t -> t.insertCertificate(second));
        run(t -> t.insertCertificate(sparse));
        run(t -> t.insertCertificate(cert("mssql-2", "0f", 9, T0)));

        assertEquals(List.of(first, second, sparse), tx(t -> t.certificates("mssql-1")));
        assertEquals(Optional.of(second), tx(t -> t.certificate("mssql-1", "0a")));
        assertEquals(Optional.empty(), tx(t -> t.certificate("mssql-2", "0a")));
    }

    @Test
    void delete_all_empties_every_table_and_flow_ids_keep_rising() {
        SslOperation before = tx(t -> {
            t.putAccount(new Account("AKID", "k", APP, "config"));
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0));
            t.insertAuthorityIfAbsent(new CertificateAuthority(APP, "ap-guangzhou", "c", "k", T0, T0));
            t.insertCertificate(cert("mssql-1", "01", 1, T0));
            return t.insertOperation(waiting("mssql-1", T0));
        });
        run(t -> t.deleteAll());

        assertEquals(List.of(), tx(t -> t.accounts()));
        assertEquals(List.of(), tx(t -> t.allInstances()));
        assertEquals(List.of(), tx(t -> t.allOperations()));
        assertEquals(List.of(), tx(t -> t.authorities()));
        assertEquals(List.of(), tx(t -> t.certificates("mssql-1")));
        assertTrue(tx(t -> t.insertOperation(waiting("mssql-1", T0))).flowId() > before.flowId());
    }

    // --- transactions ---------------------------------------------------------------------------

    @Test
    void an_api_exception_from_the_work_rolls_back_and_propagates_unchanged() {
        ApiException thrown = new ApiException(ErrorCodes.INSTANCE_STATUS_INVALID, "busy");
        ApiException caught = assertThrows(ApiException.class, () -> run(t -> {
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0));
            t.putAccount(new Account("AKID", "k", APP, "api"));
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(List.of(), tx(t -> t.allInstances()));
        assertEquals(List.of(), tx(t -> t.accounts()));
    }

    @Test
    void any_other_exception_from_the_work_rolls_back_and_propagates_unchanged() {
        IllegalStateException thrown = new IllegalStateException("boom");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> run(t -> {
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0));
            throw thrown;
        })));
        assertEquals(List.of(), tx(t -> t.allInstances()));
    }

    @Test
    void a_database_failure_rolls_back_and_is_reported_as_db_error_with_its_cause() {
        ApiException e = assertThrows(ApiException.class, () -> run(t -> {
            t.insertInstance(instance("mssql-1", APP, "ap-guangzhou", T0));
            t.insertCertificate(cert("mssql-1", "01", 1, T0));
            t.insertCertificate(cert("mssql-1", "01", 2, T0)); // the same serial twice
        }));
        assertEquals(ErrorCodes.DB_ERROR, e.code());
        assertNotNull(e.getCause());
        assertTrue(e.getMessage().contains(expectedDialect()), e.getMessage());
        assertTrue(e.getMessage().contains("23505"), e.getMessage());
        assertFalse(e.getMessage().contains("PRIVATE KEY"), "bound values stay out of the message: " + e.getMessage());
        assertEquals(List.of(), tx(t -> t.allInstances()));
        assertEquals(List.of(), tx(t -> t.certificates("mssql-1")));
    }

    @Test
    void many_threads_can_use_the_store_at_once() throws Exception {
        int threadCount = 16;
        int perThread = 25;
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int n = 0; n < threadCount; n++) {
                String id = "mssql-" + n;
                futures.add(threads.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(store.transaction(t -> t.insertOperation(waiting(id, T0))).flowId());
                    }
                    return mine;
                }));
            }
            Set<Long> flowIds = new HashSet<>();
            for (Future<List<Long>> f : futures) {
                flowIds.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(threadCount * perThread, flowIds.size());
            assertEquals(threadCount * perThread, tx(t -> t.allOperations()).size());
        } finally {
            threads.shutdownNow();
        }
    }

    // --- migrations -----------------------------------------------------------------------------

    @Test
    void a_fresh_database_gets_every_migration_version() {
        assertEquals(Set.copyOf(Migrations.schema().versions()), Migrations.applied(jdbi()));
        assertEquals(List.of(1), Migrations.schema().versions().subList(0, 1));
    }

    @Test
    void migrating_an_up_to_date_database_again_applies_nothing() {
        assertEquals(List.of(), Migrations.schema().migrate(jdbi()));
        store.close();
        store = JdbiStore.open(url, user(), password());
        assertEquals(Set.copyOf(Migrations.schema().versions()), Migrations.applied(jdbi()));
    }

    @Test
    void an_existing_database_is_upgraded_with_only_the_versions_it_lacks() {
        run(t -> t.putAccount(new Account("AKID", "k", APP, "config")));
        store.close();
        // V99 exists only on the test classpath, beside the real scripts.
        List<String> scripts = new java.util.ArrayList<>(Migrations.SCRIPTS);
        scripts.add("V99__test_extra.sql");
        Migrations upgraded = Migrations.of("db/migration/", scripts);
        store = JdbiStore.open(url, user(), password(), upgraded);
        assertEquals(List.of(), upgraded.migrate(jdbi()), "the open applied V99 already");
        assertEquals(List.of(), upgraded.migrate(jdbi()));

        java.util.Set<Integer> expected = new java.util.HashSet<>(Migrations.schema().versions());
        expected.add(99);
        assertEquals(expected, Migrations.applied(jdbi()));
        assertEquals("upgraded", jdbi().withHandle(h ->
                h.createQuery("SELECT label FROM test_extra WHERE id = 1").mapTo(String.class).one()));
        assertEquals(1, tx(t -> t.accounts()).size(), "the data survives the upgrade");
    }

    Jdbi jdbi() {
        return assertInstanceOf(JdbiStore.class, store).jdbi();
    }

    // --- helpers --------------------------------------------------------------------------------

    static List<String> ids(List<Instance> instances) {
        return instances.stream().map(Instance::instanceId).toList();
    }

    static List<Long> flowIds(List<SslOperation> operations) {
        return operations.stream().map(SslOperation::flowId).toList();
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
