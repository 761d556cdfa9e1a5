package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.cert.BouncyCastleIssuer;
import dev.sslform.mockcloud.cert.CertificateRedating;
import dev.sslform.mockcloud.cert.Pem;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TlsMaterialTest {
    @Test
    void redating_moves_both_ends_of_the_validity_and_keeps_the_serial() {
        BouncyCastleIssuer issuer = new BouncyCastleIssuer();
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        CertificateAuthority ca = issuer.newAuthority(1, "ap-guangzhou", t, Duration.ofDays(3650));
        ServerCertificate cert = issuer.issue(ca, "mssql-abc", "127.0.0.1", t, Duration.ofDays(365), 1);
        ServerCertificate moved = CertificateRedating.shifted(cert, ca, Duration.ofSeconds(-3600));
        X509Certificate x = Pem.parseCertificate(moved.certPem());
        assertEquals(t.minusSeconds(3600), x.getNotBefore().toInstant());
        assertEquals(t.plus(Duration.ofDays(365)).minusSeconds(3600), x.getNotAfter().toInstant());
        assertEquals(cert.serialHex(), moved.serialHex());
    }
}
