package dev.sslform.mockcloud.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds what a client needs to trust an instance: its account's CA and the server certificate
 * it currently presents ({@link Instance#certSerial()}). A read-only replica presents its
 * master's, as it shows its master's {@code SSLConfig} (D6).
 */
public final class SslMaterial {
    private final Store store;

    /** The CA and current certificate of an instance (or of its master, for a replica). */
    public record Current(Instance instance, CertificateAuthority authority, ServerCertificate certificate) {
    }

    /** SSL was never enabled on the instance, so there is no CA or certificate to hand out yet. */
    public static final class NeverEnabledException extends RuntimeException {
        public NeverEnabledException(String message) {
            super(message, null, false, false);
        }
    }

    public SslMaterial(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * The CA and current certificate of {@code instanceId}; empty if no such instance; throws
     * {@link NeverEnabledException} if SSL was never enabled on it (or on its master).
     */
    public Optional<Current> current(String instanceId) {
        return store.transaction(tx -> {
            Optional<Instance> found = tx.instance(instanceId);
            if (found.isEmpty()) {
                return Optional.<Current>empty();
            }
            Instance inst = found.get();
            Instance source = inst.readOnlyReplica() ? tx.instance(inst.masterId()).orElse(inst) : inst;
            String via = source == inst ? "" : " (a read-only replica of " + source.instanceId() + ")";
            if (source.certSerial() == null) {
                throw new NeverEnabledException("SSL was never enabled on instance " + instanceId + via
                        + ": there is no CA certificate or server certificate yet; enable SSL with ModifyDBInstanceSSL first");
            }
            CertificateAuthority ca = tx.authority(source.appId(), source.region())
                    .orElseThrow(() -> new IllegalStateException("no CA stored for account " + source.appId() + " in " + source.region()));
            ServerCertificate cert = tx.certificate(source.instanceId(), source.certSerial())
                    .orElseThrow(() -> new IllegalStateException("certificate " + source.certSerial() + " of " + source.instanceId()
                            + " is not stored"));
            return Optional.of(new Current(inst, ca, cert));
        });
    }
}
