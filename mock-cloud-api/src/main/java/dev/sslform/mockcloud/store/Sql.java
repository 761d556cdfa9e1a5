package dev.sslform.mockcloud.store;

import dev.sslform.mockcloud.core.InstanceOrder;

/**
 * Every SQL statement the store runs, in one place. The schema itself lives in
 * {@code db/migration/V<n>__*.sql}. Everything here runs unchanged on H2 2.x and PostgreSQL 14+
 * except the claim of due operations ({@code CLAIM_DUE_POSTGRESQL} and its two H2 statements),
 * explained where they are defined.
 *
 * <p>Inserts that must not fail on a taken key ({@code insertInstance}, {@code putAccount},
 * {@code insertAuthorityIfAbsent}) are plain INSERTs run under a savepoint by the transaction,
 * not {@code ON CONFLICT} (PostgreSQL only) or {@code MERGE} (H2, and PostgreSQL only from 15):
 * one statement for both databases, and still correct when two transactions race for a key.
 */
final class Sql {
    private Sql() {
    }

    /** The SQLSTATE both databases report for a unique-key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    // --- accounts ---------------------------------------------------------------------------

    static final String ACCOUNT_COLUMNS = "secret_id, secret_key, app_id, origin";

    static final String INSERT_ACCOUNT = "INSERT INTO accounts (" + ACCOUNT_COLUMNS + ")"
            + " VALUES (:secretId, :secretKey, :appId, :origin)";

    static final String UPDATE_ACCOUNT = "UPDATE accounts SET secret_key = :secretKey, app_id = :appId,"
            + " origin = :origin WHERE secret_id = :secretId";

    static final String ACCOUNT = "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE secret_id = :secretId";

    static final String ACCOUNTS = "SELECT " + ACCOUNT_COLUMNS + " FROM accounts ORDER BY secret_id";

    // --- instances --------------------------------------------------------------------------

    static final String INSTANCE_COLUMNS = "instance_id, app_id, region, zone_name, display_name, engine_version,"
            + " vip, vport, instance_type, master_id, window_weekly, window_start, window_span, ssl_enabled,"
            + " ssl_expiry_us, cert_serial, kms, cmk_id, cmk_region, created_at_us, origin";

    static final String INSERT_INSTANCE = "INSERT INTO instances (" + INSTANCE_COLUMNS + ") VALUES ("
            + ":instanceId, :appId, :region, :zone, :name, :version, :vip, :vport, :instanceType, :masterId,"
            + " :windowWeekly, :windowStart, :windowSpan, :sslEnabled, :sslExpiry, :certSerial, :kms, :cmkId,"
            + " :cmkRegion, :createdAt, :origin)";

    static final String UPDATE_INSTANCE = "UPDATE instances SET app_id = :appId, region = :region,"
            + " zone_name = :zone, display_name = :name, engine_version = :version, vip = :vip, vport = :vport,"
            + " instance_type = :instanceType, master_id = :masterId, window_weekly = :windowWeekly,"
            + " window_start = :windowStart, window_span = :windowSpan, ssl_enabled = :sslEnabled,"
            + " ssl_expiry_us = :sslExpiry, cert_serial = :certSerial, kms = :kms, cmk_id = :cmkId,"
            + " cmk_region = :cmkRegion, created_at_us = :createdAt, origin = :origin"
            + " WHERE instance_id = :instanceId";

    private static final String INSTANCE_ORDER = " ORDER BY created_at_us, instance_id";

    static final String INSTANCE = "SELECT " + INSTANCE_COLUMNS + " FROM instances WHERE instance_id = :instanceId";

    static final String LOCK_INSTANCE = INSTANCE + " FOR UPDATE";

    static final String INSTANCES = "SELECT " + INSTANCE_COLUMNS + " FROM instances"
            + " WHERE app_id = :appId AND region = :region" + INSTANCE_ORDER;

    /** {@code <ids>} is expanded by JDBI's {@code bindList}; never called with an empty list. */
    static final String INSTANCES_BY_ID = "SELECT " + INSTANCE_COLUMNS + " FROM instances"
            + " WHERE app_id = :appId AND region = :region AND instance_id IN (<ids>)" + INSTANCE_ORDER;

    static final String ALL_INSTANCES = "SELECT " + INSTANCE_COLUMNS + " FROM instances" + INSTANCE_ORDER;

    // '!' rather than a backslash: JDBI's statement parser reads a backslash in a literal as an escape.
    private static final String LIKE = " LIKE :pattern ESCAPE '!'";

    /** The masters of the account's replicas in a region whose id or name matches {@code :pattern}. */
    static final String MATCHING_REPLICA_MASTERS = "SELECT DISTINCT master_id FROM instances WHERE app_id = :appId"
            + " AND region = :region AND master_id IS NOT NULL AND (LOWER(instance_id)" + LIKE + " OR LOWER(display_name)" + LIKE + ")";

    /**
     * The account's primaries in a region; with {@code search}, those whose id or name matches
     * {@code :pattern} (a lower-case LIKE pattern escaped with {@code !}) or, with {@code masters},
     * whose id is in {@code <masters>} (expanded by JDBI's {@code bindList}; never empty).
     */
    private static String primaryMatch(boolean search, boolean masters) {
        return " FROM instances WHERE app_id = :appId AND region = :region AND master_id IS NULL"
                + (search ? " AND (LOWER(instance_id)" + LIKE + " OR LOWER(display_name)" + LIKE
                + (masters ? " OR instance_id IN (<masters>)" : "") + ")" : "");
    }

    static String countPrimaries(boolean search, boolean masters) {
        return "SELECT COUNT(*)" + primaryMatch(search, masters);
    }

    static String pagePrimaries(boolean search, boolean masters, InstanceOrder order, boolean descending) {
        String dir = descending ? " DESC" : "";
        String by = switch (order) {
            case CREATED -> "created_at_us" + dir + ", instance_id" + dir;
            case ID -> "instance_id" + dir;
            case NAME -> "LOWER(display_name)" + dir + ", instance_id" + dir;
        };
        // A search's match count rides along on every row (one scan, not two; an empty page asks
        // countPrimaries). Without a search the index gives the order and the count is a cheap
        // second query: a window count there would make the database read every row for a page.
        return "SELECT " + INSTANCE_COLUMNS + (search ? ", COUNT(*) OVER () AS match_count" : "") + primaryMatch(search, masters)
                + " ORDER BY " + by + " LIMIT :limit OFFSET :offset";
    }

    /** {@code text} with LIKE's wildcards and the escape character escaped by {@code !}. */
    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static final String REPLICAS = "SELECT " + INSTANCE_COLUMNS + " FROM instances"
            + " WHERE master_id = :masterId" + INSTANCE_ORDER;

    static final String DELETE_INSTANCE = "DELETE FROM instances WHERE instance_id = :instanceId";

    static final String DELETE_INSTANCE_OPERATIONS = "DELETE FROM operations WHERE instance_id = :instanceId";

    static final String DELETE_INSTANCE_CERTIFICATES = "DELETE FROM certificates WHERE instance_id = :instanceId";

    // --- operations -------------------------------------------------------------------------

    private static final String OPERATION_DATA_COLUMNS = "instance_id, app_id, region, op_type, wait_switch, kms,"
            + " key_id, key_region, phase, requested_at_us, started_at_us, restart_at_us, due_at_us,"
            + " finished_at_us, fail_injected";

    static final String OPERATION_COLUMNS = "flow_id, " + OPERATION_DATA_COLUMNS;

    /** The flow id comes from the identity column; the caller reads it back as a generated key. */
    static final String INSERT_OPERATION = "INSERT INTO operations (" + OPERATION_DATA_COLUMNS + ") VALUES ("
            + ":instanceId, :appId, :region, :type, :waitSwitch, :kms, :keyId, :keyRegion, :phase,"
            + " :requestedAt, :startedAt, :restartAt, :dueAt, :finishedAt, :failInjected)";

    /** State import: the flow id is given, which GENERATED BY DEFAULT accepts on both databases. */
    static final String INSERT_OPERATION_WITH_ID = "INSERT INTO operations (" + OPERATION_COLUMNS + ") VALUES ("
            + ":flowId, :instanceId, :appId, :region, :type, :waitSwitch, :kms, :keyId, :keyRegion, :phase,"
            + " :requestedAt, :startedAt, :restartAt, :dueAt, :finishedAt, :failInjected)";

    /*
     * Restarting the flow-id identity after an import with explicit ids: a dialect difference.
     * PostgreSQL moves the identity's sequence (setval, is_called = false: the next value is :next).
     * H2 has no sequence function for identities; it takes ALTER TABLE ... RESTART WITH, a DDL
     * statement that cannot take a bind parameter (the value is a long, formatted in) and that
     * commits the transaction, so the store runs it last.
     */
    static final String RESTART_FLOW_IDS_POSTGRESQL = "SELECT setval(pg_get_serial_sequence('operations', 'flow_id'), :next, false)";

    static String restartFlowIdsH2(long next) {
        return "ALTER TABLE operations ALTER COLUMN flow_id RESTART WITH " + next;
    }

    static final String UPDATE_OPERATION = "UPDATE operations SET instance_id = :instanceId, app_id = :appId,"
            + " region = :region, op_type = :type, wait_switch = :waitSwitch, kms = :kms, key_id = :keyId,"
            + " key_region = :keyRegion, phase = :phase, requested_at_us = :requestedAt,"
            + " started_at_us = :startedAt, restart_at_us = :restartAt, due_at_us = :dueAt,"
            + " finished_at_us = :finishedAt, fail_injected = :failInjected WHERE flow_id = :flowId";

    private static final String ACTIVE = " phase IN ('WAITING', 'RUNNING')";

    static final String OPERATION = "SELECT " + OPERATION_COLUMNS + " FROM operations WHERE flow_id = :flowId";

    static final String LOCK_OPERATION = OPERATION + " FOR UPDATE";

    static final String ACTIVE_OPERATION = "SELECT " + OPERATION_COLUMNS + " FROM operations"
            + " WHERE instance_id = :instanceId AND" + ACTIVE + " ORDER BY flow_id";

    static final String ACTIVE_OPERATIONS = "SELECT " + OPERATION_COLUMNS + " FROM operations"
            + " WHERE app_id = :appId AND region = :region AND" + ACTIVE + " ORDER BY flow_id";

    static final String ALL_OPERATIONS = "SELECT " + OPERATION_COLUMNS + " FROM operations ORDER BY flow_id";

    static final String INSTANCE_OPERATIONS = "SELECT " + OPERATION_COLUMNS + " FROM operations"
            + " WHERE instance_id = :instanceId ORDER BY flow_id";

    private static final String DUE = " due_at_us IS NOT NULL AND due_at_us <= :upTo AND" + ACTIVE;

    private static final String DUE_ORDER = " ORDER BY due_at_us, flow_id";

    /*
     * claimDue: the one real dialect difference.
     *
     * Both conditions sit on the operations_due index, and finished operations have a null
     * due_at_us, so the cost follows the amount of due work, not the fleet or its history.
     *
     * PostgreSQL: one statement, FOR UPDATE SKIP LOCKED with ORDER BY and LIMIT. It locks only
     * the rows it returns and skips rows another transaction holds, so two processes sharing the
     * database never claim the same operation and neither waits for the other.
     *
     * H2 2.5 parses SKIP LOCKED and honours it, but when FOR UPDATE is combined with ORDER BY it
     * locks every row the WHERE clause matches before sorting and limiting (measured: a claim of
     * 2 out of 4 due rows locked all 4, and a concurrent claimer then got none and a plain UPDATE
     * of the 4th row timed out). So on H2 the claim is two statements: pick the candidate ids
     * without locking, then lock those (re-checking they are still due, READ COMMITTED may have
     * moved them) with SKIP LOCKED. Only the returned rows are locked; a concurrent claimer may
     * come back short, never with a row already claimed. H2 serves one process anyway.
     */

    static final String CLAIM_DUE_POSTGRESQL = "SELECT " + OPERATION_COLUMNS + " FROM operations WHERE" + DUE
            + DUE_ORDER + " LIMIT :limit FOR UPDATE SKIP LOCKED";

    static final String DUE_CANDIDATES_H2 = "SELECT flow_id FROM operations WHERE" + DUE + DUE_ORDER + " LIMIT :limit";

    /** {@code <ids>} is expanded by JDBI's {@code bindList}; never called with an empty list. */
    static final String CLAIM_CANDIDATES_H2 = "SELECT " + OPERATION_COLUMNS + " FROM operations"
            + " WHERE flow_id IN (<ids>) AND" + DUE + DUE_ORDER + " FOR UPDATE SKIP LOCKED";

    static final String NEXT_DUE_AT = "SELECT due_at_us FROM operations"
            + " WHERE due_at_us IS NOT NULL AND" + ACTIVE + " ORDER BY due_at_us LIMIT 1";

    // --- certificates -----------------------------------------------------------------------

    static final String AUTHORITY_COLUMNS = "app_id, region, cert_pem, key_pem, not_before_us, not_after_us";

    static final String INSERT_AUTHORITY = "INSERT INTO authorities (" + AUTHORITY_COLUMNS + ") VALUES ("
            + ":appId, :region, :certPem, :keyPem, :notBefore, :notAfter)";

    static final String AUTHORITY = "SELECT " + AUTHORITY_COLUMNS + " FROM authorities"
            + " WHERE app_id = :appId AND region = :region";

    static final String AUTHORITIES = "SELECT " + AUTHORITY_COLUMNS + " FROM authorities ORDER BY app_id, region";

    static final String CERTIFICATE_COLUMNS = "instance_id, serial_hex, not_before_us, not_after_us, cert_pem,"
            + " key_pem, flow_id";

    static final String INSERT_CERTIFICATE = "INSERT INTO certificates (" + CERTIFICATE_COLUMNS + ") VALUES ("
            + ":instanceId, :serialHex, :notBefore, :notAfter, :certPem, :keyPem, :flowId)";

    static final String CERTIFICATE = "SELECT " + CERTIFICATE_COLUMNS + " FROM certificates"
            + " WHERE instance_id = :instanceId AND serial_hex = :serialHex";

    static final String CERTIFICATES = "SELECT " + CERTIFICATE_COLUMNS + " FROM certificates"
            + " WHERE instance_id = :instanceId ORDER BY issue_no";

    // --- the manual clock (V2) ---------------------------------------------------------------

    static final String CLOCK_READING = "SELECT now_us FROM mock_clock WHERE id = 1";

    /** Keeps the greater reading, so processes sharing the database never move it back. */
    static final String SAVE_CLOCK_READING = "UPDATE mock_clock SET now_us = :nowUs"
            + " WHERE id = 1 AND (now_us IS NULL OR now_us < :nowUs)";

    // --- whole state ------------------------------------------------------------------------

    /** Children first; flow ids keep counting up after a reset (a flow id is never reused). */
    static final String[] DELETE_ALL = {
        "DELETE FROM certificates",
        "DELETE FROM operations",
        "DELETE FROM instances",
        "DELETE FROM authorities",
        "DELETE FROM accounts",
    };

    // --- migrations -------------------------------------------------------------------------

    static final String CREATE_SCHEMA_VERSION = "CREATE TABLE IF NOT EXISTS schema_version ("
            + " version INTEGER NOT NULL PRIMARY KEY,"
            + " description VARCHAR(200) NOT NULL,"
            + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)";

    static final String APPLIED_VERSIONS = "SELECT version FROM schema_version ORDER BY version";

    static final String RECORD_VERSION = "INSERT INTO schema_version (version, description)"
            + " VALUES (:version, :description)";
}
