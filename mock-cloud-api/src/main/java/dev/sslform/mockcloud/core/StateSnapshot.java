package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a mockcloud store holds, plus the clock: what {@code GET /_mock/state} exports and
 * {@code PUT /_mock/state} imports. Maintenance windows travel inside the instances.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param clock         the mock's time
 * @param accounts      key pairs, by SecretId
 * @param instances     instances, in the store's order
 * @param operations    operations (flows), by flow id
 * @param authorities   CAs, by account and region
 * @param certificates  server certificates, per instance oldest first
 */
public record StateSnapshot(int formatVersion, Instant clock, List<Account> accounts, List<Instance> instances,
                            List<SslOperation> operations, List<CertificateAuthority> authorities,
                            List<ServerCertificate> certificates) {
    public static final int FORMAT_VERSION = 1;

    public StateSnapshot {
        Objects.requireNonNull(clock, "clock");
        accounts = List.copyOf(accounts);
        instances = List.copyOf(instances);
        operations = List.copyOf(operations);
        authorities = List.copyOf(authorities);
        certificates = List.copyOf(certificates);
    }
}
