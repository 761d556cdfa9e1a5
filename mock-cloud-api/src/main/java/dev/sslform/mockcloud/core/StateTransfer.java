package dev.sslform.mockcloud.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Exports the whole state as a {@link StateSnapshot} and replaces it with one. An import is
 * validated in full first (references between accounts, instances, operations and certificates),
 * then applied in one store transaction, so a bad document changes nothing.
 */
public final class StateTransfer {
    private final Store store;
    private final MockClock clock;
    private final Accounts accounts;

    public StateTransfer(Store store, MockClock clock, Accounts accounts) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.accounts = Objects.requireNonNull(accounts);
    }

    public StateSnapshot export() {
        return store.transaction(tx -> {
            List<Instance> instances = tx.allInstances();
            List<ServerCertificate> certs = new ArrayList<>();
            for (Instance i : instances) {
                certs.addAll(tx.certificates(i.instanceId()));
            }
            return new StateSnapshot(StateSnapshot.FORMAT_VERSION, clock.instant(), tx.accounts(), instances, tx.allOperations(),
                    tx.authorities(), certs);
        });
    }

    /** A primary's id, as the mock makes them (and the seed and admin surface accept them). */
    public static final Pattern PRIMARY_ID = Pattern.compile("mssql-[a-z0-9]{1,32}");
    /** A read-only replica's id. */
    public static final Pattern REPLICA_ID = Pattern.compile("mssqlro-[a-z0-9]{1,32}");
    /**
     * The largest imported FlowId: flow ids go on from one above the highest imported, and must
     * stay within 2^53−1, the largest integer every SDK (JavaScript's included) reads exactly.
     */
    public static final long MAX_IMPORTED_FLOW_ID = (1L << 53) - 2;

    /** Checks a snapshot; throws IllegalArgumentException naming the first problem. */
    public static void validate(StateSnapshot s) {
        if (s.formatVersion() != StateSnapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion " + s.formatVersion() + " is not supported; this mockcloud reads "
                    + StateSnapshot.FORMAT_VERSION);
        }
        Set<String> secretIds = new HashSet<>();
        for (Account a : s.accounts()) {
            if (!secretIds.add(a.secretId())) {
                throw new IllegalArgumentException("accounts: SecretId " + a.secretId() + " appears twice");
            }
        }
        Map<String, Instance> byId = new HashMap<>();
        for (Instance i : s.instances()) {
            Pattern format = i.masterId() == null ? PRIMARY_ID : REPLICA_ID;
            if (!format.matcher(i.instanceId()).matches()) {
                throw new IllegalArgumentException("instances: the id \"" + printable(i.instanceId()) + "\" is not "
                        + (i.masterId() == null ? "a primary's id, mssql-" : "a read-only replica's id, mssqlro-")
                        + " followed by 1 to 32 lower-case letters and digits");
            }
            if (byId.put(i.instanceId(), i) != null) {
                throw new IllegalArgumentException("instances: " + i.instanceId() + " appears twice");
            }
        }
        for (Instance i : s.instances()) {
            if (i.masterId() != null && !byId.containsKey(i.masterId())) {
                throw new IllegalArgumentException("instances: " + i.instanceId() + " names master " + i.masterId() + ", which is not in the document");
            }
        }
        Set<Long> flows = new HashSet<>();
        Set<String> active = new HashSet<>();
        for (SslOperation o : s.operations()) {
            if (o.flowId() <= 0 || !flows.add(o.flowId())) {
                throw new IllegalArgumentException("operations: FlowId " + o.flowId() + " is not a positive unique id");
            }
            if (o.flowId() > MAX_IMPORTED_FLOW_ID) {
                throw new IllegalArgumentException("operations: FlowId " + o.flowId() + " is too large; imported flow ids must be "
                        + "1 to " + MAX_IMPORTED_FLOW_ID + ", so that the ids handed out after them stay within 2^53-1, the "
                        + "largest integer every SDK reads exactly");
            }
            if (!byId.containsKey(o.instanceId())) {
                throw new IllegalArgumentException("operations: FlowId " + o.flowId() + " is on " + o.instanceId() + ", which is not in the document");
            }
            boolean isActive = o.phase() == OperationPhase.WAITING || o.phase() == OperationPhase.RUNNING;
            if (isActive && o.dueAt() == null) {
                throw new IllegalArgumentException("operations: FlowId " + o.flowId() + " is " + o.phase() + " but has no dueAt");
            }
            if (isActive && !active.add(o.instanceId())) {
                throw new IllegalArgumentException("operations: " + o.instanceId() + " has more than one active operation");
            }
        }
        Set<String> cas = new HashSet<>();
        for (CertificateAuthority ca : s.authorities()) {
            if (!cas.add(ca.appId() + "/" + ca.region())) {
                throw new IllegalArgumentException("authorities: two CAs for account " + ca.appId() + " in " + ca.region());
            }
            String where = "authorities: the CA of account " + ca.appId() + " in " + ca.region();
            PemText.requireCertificate(ca.certPem(), where + ": certPem");
            PemText.requirePrivateKey(ca.keyPem(), where + ": keyPem");
        }
        Set<String> certs = new HashSet<>();
        for (ServerCertificate c : s.certificates()) {
            if (!byId.containsKey(c.instanceId())) {
                throw new IllegalArgumentException("certificates: " + c.serialHex() + " belongs to " + c.instanceId() + ", which is not in the document");
            }
            if (!certs.add(c.instanceId() + "/" + c.serialHex())) {
                throw new IllegalArgumentException("certificates: " + c.serialHex() + " of " + c.instanceId() + " appears twice");
            }
            String where = "certificates: " + c.serialHex() + " of " + c.instanceId();
            PemText.requireCertificate(c.certPem(), where + ": certPem");
            PemText.requirePrivateKey(c.keyPem(), where + ": keyPem");
        }
        for (Instance i : s.instances()) {
            if (i.certSerial() != null && !certs.contains(i.instanceId() + "/" + i.certSerial())) {
                throw new IllegalArgumentException("instances: " + i.instanceId() + " presents certificate " + i.certSerial()
                        + ", which is not in certificates");
            }
            if (i.certSerial() != null && !cas.contains(i.appId() + "/" + i.region())) {
                throw new IllegalArgumentException("instances: " + i.instanceId() + " has a certificate but its account has no CA in "
                        + i.region());
            }
        }
    }

    /** {@code text} with control characters shown as escapes, so a message stays on one line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? out + "…" : out.toString();
    }

    /** Replaces the whole state with {@code s}, or throws IllegalArgumentException and changes nothing. */
    public void replace(StateSnapshot s) {
        validate(s);
        synchronized (this) {
            store.transaction(tx -> {
                tx.deleteAll();
                s.accounts().forEach(tx::putAccount);
                // Masters before their replicas, whatever the document's order.
                s.instances().stream().filter(i -> i.masterId() == null).forEach(tx::insertInstance);
                s.instances().stream().filter(i -> i.masterId() != null).forEach(tx::insertInstance);
                s.authorities().forEach(tx::insertAuthorityIfAbsent);
                s.certificates().forEach(tx::insertCertificate);
                s.operations().forEach(tx::insertOperationWithId);
                long next = s.operations().stream().mapToLong(SslOperation::flowId).max().orElse(0) + 1;
                tx.restartFlowIds(next);
                return null;
            });
            clock.restore(s.clock());
            accounts.invalidate();
        }
    }
}
