package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The CA of one account in one region, created on first use and stored, as PEM text.
 *
 * @param appId     the account
 * @param region    the region
 * @param certPem   the self-signed CA certificate, PEM
 * @param keyPem    its private key, PKCS#8 PEM
 * @param notBefore start of validity
 * @param notAfter  end of validity
 */
public record CertificateAuthority(long appId, String region, String certPem, String keyPem, Instant notBefore, Instant notAfter) {
    public CertificateAuthority {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(certPem, "certPem");
        Objects.requireNonNull(keyPem, "keyPem");
    }
}
