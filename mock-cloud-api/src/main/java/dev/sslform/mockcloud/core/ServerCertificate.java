package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A server certificate issued to an instance by its account's CA.
 *
 * @param instanceId the instance (CN and DNS SAN)
 * @param serialHex  the serial number, lower-case hex
 * @param notBefore  start of validity
 * @param notAfter   expiry: {@code SSLValidityPeriod}
 * @param certPem    the certificate, PEM
 * @param keyPem     its private key, PKCS#8 PEM
 * @param flowId     the flow that issued it
 */
public record ServerCertificate(String instanceId, String serialHex, Instant notBefore, Instant notAfter,
                                String certPem, String keyPem, long flowId) {
    public ServerCertificate {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(certPem, "certPem");
        Objects.requireNonNull(keyPem, "keyPem");
    }
}
