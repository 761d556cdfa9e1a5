package dev.sslform.mockcloud.core;

import java.time.Duration;
import java.time.Instant;

/**
 * The port through which the domain makes certificates; implemented with Bouncy Castle in
 * {@code dev.sslform.mockcloud.cert}. Pure: it stores nothing.
 */
public interface CertificateIssuer {
    /** A new self-signed CA for one account and region, valid from {@code now} for {@code lifetime}. */
    CertificateAuthority newAuthority(long appId, String region, Instant now, Duration lifetime);

    /**
     * A server certificate for an instance, signed by {@code ca}: subject CN and a DNS SAN equal
     * to the instance id, plus {@code vip} as an IP SAN when it is an IP literal; a fresh random
     * serial; valid from {@code notBefore} for {@code lifetime}.
     */
    ServerCertificate issue(CertificateAuthority ca, String instanceId, String vip, Instant notBefore,
                            Duration lifetime, long flowId);
}
