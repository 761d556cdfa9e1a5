package dev.sslform.mockcloud.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

class PemTest {
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void certificates_and_pkcs8_keys_round_trip_through_pem(KeyAlgorithm algorithm) throws Exception {
        BouncyCastleIssuer issuer = new BouncyCastleIssuer(algorithm);
        CertificateAuthority ca = issuer.newAuthority(1L, "ap-guangzhou", T0, Duration.ofDays(3650));
        ServerCertificate server = issuer.issue(ca, "mssql-abc", null, T0, Duration.ofDays(365), 1L);

        assertTrue(server.certPem().startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(server.certPem().endsWith("-----END CERTIFICATE-----\n"));
        assertTrue(server.keyPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(server.keyPem().endsWith("-----END PRIVATE KEY-----\n"));

        X509Certificate cert = Pem.parseCertificate(server.certPem());
        PrivateKey key = Pem.parsePrivateKey(server.keyPem());
        assertEquals(server.certPem(), Pem.certificate(cert));
        assertEquals(server.keyPem(), Pem.privateKey(key));

        // The parsed key is the private half of the certificate's public key.
        Signature sign = Signature.getInstance(algorithm.signatureAlgorithm());
        sign.initSign(key);
        sign.update(new byte[] {1, 2, 3});
        byte[] signature = sign.sign();
        Signature verify = Signature.getInstance(algorithm.signatureAlgorithm());
        verify.initVerify(cert.getPublicKey());
        verify.update(new byte[] {1, 2, 3});
        assertTrue(verify.verify(signature));
    }

    @Test
    void a_chain_parses_to_its_certificates_in_order() {
        BouncyCastleIssuer issuer = new BouncyCastleIssuer();
        CertificateAuthority ca = issuer.newAuthority(1L, "ap-guangzhou", T0, Duration.ofDays(3650));
        ServerCertificate server = issuer.issue(ca, "mssql-abc", null, T0, Duration.ofDays(365), 1L);
        List<X509Certificate> chain = Pem.parseCertificates(CaBundle.serverChainPem(server, ca));
        assertEquals(2, chain.size());
        assertArrayEquals(new Object[] {Pem.parseCertificate(server.certPem()), Pem.parseCertificate(ca.certPem())},
                chain.toArray());
    }

    @Test
    void text_without_a_key_block_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pem.parsePrivateKey("hello"));
        assertEquals("no PKCS#8 PRIVATE KEY block in PEM text", e.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> Pem.parseCertificate(""));
        assertEquals("no CERTIFICATE block in PEM text", c.getMessage());
    }
}
