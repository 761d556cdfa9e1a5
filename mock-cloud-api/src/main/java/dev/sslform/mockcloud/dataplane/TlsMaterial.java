package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.cert.CertificateRedating;
import dev.sslform.mockcloud.cert.KeyStores;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.CertificateIssuer;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.Store;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an endpoint presents on a new connection, read from the store each time: the SSL state
 * of the instance (its master's, for a replica) and, with SSL on, an {@link SSLContext} holding
 * the current server certificate and its chain to the account CA.
 *
 * <p>The certificate is presented with its validity moved by (real now − mock now), so a client
 * checking it against real time sees what it would see at the mock's time: valid inside the
 * window, expired after it (see docs/dataplane.md); 2 s of grace make a just-issued certificate
 * valid at once. A replica presents a certificate for its own
 * id with its master's validity, made here and cached, never stored. Contexts are cached per
 * (instance, serial, shift in seconds).
 */
final class TlsMaterial {
    private static final char[] PASSWORD = "dataplane".toCharArray();
    static final long GRACE_SECONDS = 2;

    /** The SSL state a connection sees. {@code context} is null when SSL is off. */
    record Snapshot(boolean sslEnabled, SSLContext context, String serialHex) {
    }

    private final Store store;
    private final CertificateIssuer issuer;
    private final Clock mockClock;
    private final Clock realClock;
    private final Map<String, ServerCertificate> replicaCerts = new ConcurrentHashMap<>();
    private final Map<String, Snapshot> contexts = new ConcurrentHashMap<>();

    TlsMaterial(Store store, CertificateIssuer issuer, Clock mockClock, Clock realClock) {
        this.store = Objects.requireNonNull(store);
        this.issuer = Objects.requireNonNull(issuer);
        this.mockClock = Objects.requireNonNull(mockClock);
        this.realClock = Objects.requireNonNull(realClock);
    }

    /** The state for a new connection to {@code instanceId}; empty if the instance is gone. */
    Optional<Snapshot> read(String instanceId) {
        record Found(Instance self, Instance master, ServerCertificate cert, CertificateAuthority ca) {
        }
        Optional<Found> found = store.transaction(tx -> tx.instance(instanceId).map(self -> {
            Instance master = self.readOnlyReplica() ? tx.instance(self.masterId()).orElse(self) : self;
            if (!master.sslEnabled() || master.certSerial() == null) {
                return new Found(self, master, null, null);
            }
            ServerCertificate cert = tx.certificate(master.instanceId(), master.certSerial()).orElse(null);
            CertificateAuthority ca = tx.authority(master.appId(), master.region()).orElse(null);
            return new Found(self, master, cert, ca);
        }));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found f = found.get();
        if (f.cert() == null || f.ca() == null) {
            return Optional.of(new Snapshot(false, null, null));
        }
        ServerCertificate cert = f.cert();
        if (f.self() != f.master()) {
            cert = replicaCertificate(f.self(), cert, f.ca());
        }
        // Deviation: the presented certificate is a re-dated copy of the stored one (same serial,
        // names and key, new signature), so clients checking real time agree with the mock clock.
        // Whole seconds, and 2 s earlier still: a certificate issued "now" on the mock clock must
        // already be valid for a client whose clock reads a fraction of a second behind ours.
        long shiftSeconds = Math.floorDiv(Duration.between(mockClock.instant(), realClock.instant()).toMillis(), 1000) - GRACE_SECONDS;
        String key = instanceId + "/" + cert.serialHex() + "/" + shiftSeconds;
        ServerCertificate presented = cert;
        Snapshot snapshot = contexts.computeIfAbsent(key, k -> {
            ServerCertificate redated = CertificateRedating.shifted(presented, f.ca(), Duration.ofSeconds(shiftSeconds));
            return new Snapshot(true, context(redated, f.ca()), presented.serialHex());
        });
        if (contexts.size() > 256) {
            contexts.keySet().removeIf(k -> !k.equals(key));
        }
        return Optional.of(snapshot);
    }

    // Deviation: replicas present a certificate for their own id, made here with the master's
    // validity; how the real service certifies read-only replicas is not documented.
    private ServerCertificate replicaCertificate(Instance replica, ServerCertificate masterCert, CertificateAuthority ca) {
        String key = replica.instanceId() + "/" + masterCert.serialHex();
        return replicaCerts.computeIfAbsent(key, k -> issuer.issue(ca, replica.instanceId(), replica.vip(),
                masterCert.notBefore(), Duration.between(masterCert.notBefore(), masterCert.notAfter()), masterCert.flowId()));
    }

    private static SSLContext context(ServerCertificate cert, CertificateAuthority ca) {
        try {
            KeyStore ks = KeyStores.serverKeyStore(cert, ca, PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build TLS context for " + cert.instanceId(), e);
        }
    }

    /** A context with no key: a strict handshake against it fails the way a server without a certificate fails. */
    static SSLContext noCertificate() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(new javax.net.ssl.KeyManager[0], null, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For logs and tests: the instant the mock clock reads. */
    Instant mockNow() {
        return mockClock.instant();
    }
}
