package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The operations available inside one {@link Store#transaction}. Lists come back in a stable
 * order: instances by ({@code createdAt}, {@code instanceId}), operations by {@code flowId}.
 */
public interface StoreTransaction {
    // --- accounts -------------------------------------------------------------------------

    /** Inserts or replaces the key pair {@code account.secretId()}. */
    void putAccount(Account account);

    Optional<Account> account(String secretId);

    List<Account> accounts();

    // --- instances ------------------------------------------------------------------------

    /** Inserts a new instance; false (and nothing changed) if the id is taken. */
    boolean insertInstance(Instance instance);

    Optional<Instance> instance(String instanceId);

    /** Reads the instance and locks its row until the transaction ends ({@code FOR UPDATE}). */
    Optional<Instance> lockInstance(String instanceId);

    /** Replaces every column of an existing instance. */
    void updateInstance(Instance instance);

    /** Deletes the instance, its operations and its certificates; false if it did not exist. */
    boolean deleteInstance(String instanceId);

    /** All instances of one account in one region. */
    List<Instance> instances(long appId, String region);

    /**
     * A page of the account's primary instances in a region ({@code offset} and {@code limit}),
     * in {@code order}, and the number that matched: all of them, or, with a {@code search}, those
     * whose id or name, or one of whose read-only replicas' id or name, contains it (ignoring case).
     */
    InstanceSlice primaries(long appId, String region, String search, InstanceOrder order, boolean descending, int offset, int limit);

    /** The instances among {@code ids} that belong to the account and region. */
    List<Instance> instancesById(long appId, String region, Collection<String> ids);

    /** Every instance of every account (for the admin surface and state export). */
    List<Instance> allInstances();

    /** The read-only replicas whose master is {@code masterId}. */
    List<Instance> replicas(String masterId);

    // --- SSL operations (flows) -------------------------------------------------------------

    /** Stores a new operation and returns it with its generated flow id (ignoring the one given). */
    SslOperation insertOperation(SslOperation operation);

    Optional<SslOperation> operation(long flowId);

    /** Reads the operation and locks its row until the transaction ends ({@code FOR UPDATE}). */
    Optional<SslOperation> lockOperation(long flowId);

    /** The WAITING or RUNNING operation of an instance, if any. */
    Optional<SslOperation> activeOperation(String instanceId);

    /** Every WAITING or RUNNING operation of one account in one region. */
    List<SslOperation> activeOperations(long appId, String region);

    /** Every operation, finished ones included, ordered by flow id (state export). */
    List<SslOperation> allOperations();

    /** Every operation of one instance, finished ones included, ordered by flow id (its history). */
    List<SslOperation> operations(String instanceId);

    /** Replaces every column of an existing operation. */
    void updateOperation(SslOperation operation);

    /**
     * Claims up to {@code limit} active operations whose {@code dueAt} is at or before
     * {@code upTo}, ordered by ({@code dueAt}, {@code flowId}), locking their rows so that no other
     * process claims them before this transaction ends ({@code FOR UPDATE SKIP LOCKED}).
     */
    List<SslOperation> claimDue(Instant upTo, int limit);

    /** The earliest {@code dueAt} of any active operation. */
    Optional<Instant> nextDueAt();

    // --- certificates -----------------------------------------------------------------------

    Optional<CertificateAuthority> authority(long appId, String region);

    /** Stores the CA unless one exists for the account and region; true if this one was stored. */
    boolean insertAuthorityIfAbsent(CertificateAuthority authority);

    List<CertificateAuthority> authorities();

    void insertCertificate(ServerCertificate certificate);

    /** The certificate with that serial issued to the instance. */
    Optional<ServerCertificate> certificate(String instanceId, String serialHex);

    /** Every certificate ever issued to the instance, oldest first. */
    List<ServerCertificate> certificates(String instanceId);

    // --- the manual clock ------------------------------------------------------------------

    /** The last saved reading of the manual clock, if one was ever saved. */
    Optional<Instant> clockReading();

    /** Saves {@code now} as the manual clock's reading unless a later one is already saved. */
    void saveClockReading(Instant now);

    // --- whole-state ------------------------------------------------------------------------

    /** Stores an operation under its own flow id (state import); the id must be free. */
    void insertOperationWithId(SslOperation operation);

    /**
     * Makes the next generated flow id {@code next} (state import: later flows stay above the
     * imported ones). May end the transaction on databases whose DDL commits (H2), so call it last.
     */
    void restartFlowIds(long next);

    /** Deletes everything: accounts, instances, operations, certificates and CAs. */
    void deleteAll();
}
