package dev.sslform.mockcloud.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

class BouncyCastleIssuerTest {
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123456Z");
    static final Duration TEN_YEARS = Duration.ofDays(3650);
    static final Duration ONE_YEAR = Duration.ofDays(365);
    static final String INSTANCE = "mssql-3xk9p2ab";

    final BouncyCastleIssuer issuer = new BouncyCastleIssuer();
    final CertificateAuthority ca = issuer.newAuthority(1300000001L, "ap-guangzhou", T0, TEN_YEARS);

    static int SAN_DNS = 2;
    static int SAN_IP = 7;

    @Test
    void the_ca_is_a_self_signed_v3_ca_with_the_account_and_region_in_its_name() throws Exception {
        X509Certificate cert = Pem.parseCertificate(ca.certPem());
        assertEquals(3, cert.getVersion());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        cert.verify(cert.getPublicKey());
        assertEquals("CN=TencentDB SSL CA (mockcloud) 1300000001 ap-guangzhou,O=mockcloud",
                cert.getSubjectX500Principal().getName());
        assertTrue(cert.getCriticalExtensionOIDs().containsAll(
                Set.of(Extension.basicConstraints.getId(), Extension.keyUsage.getId())));
        assertEquals(Integer.MAX_VALUE, cert.getBasicConstraints());
        boolean[] ku = cert.getKeyUsage();
        assertTrue(ku[5], "keyCertSign");
        assertTrue(ku[6], "cRLSign");
        assertFalse(ku[0], "digitalSignature");
        assertTrue(cert.getExtensionValue(Extension.subjectKeyIdentifier.getId()) != null);
        assertEquals(1300000001L, ca.appId());
        assertEquals("ap-guangzhou", ca.region());
    }

    @Test
    void the_ca_validity_starts_at_now_truncated_to_seconds_and_lasts_the_lifetime() {
        X509Certificate cert = Pem.parseCertificate(ca.certPem());
        Instant start = Instant.parse("2025-03-01T08:00:00Z");
        assertEquals(start, ca.notBefore());
        assertEquals(start.plus(TEN_YEARS), ca.notAfter());
        assertEquals(ca.notBefore(), cert.getNotBefore().toInstant());
        assertEquals(ca.notAfter(), cert.getNotAfter().toInstant());
    }

    @Test
    void the_server_certificate_pkix_validates_against_the_ca_inside_its_validity() throws Exception {
        ServerCertificate server = issuer.issue(ca, INSTANCE, "10.0.0.12", T0, ONE_YEAR, 42L);
        validate(server, ca, Date.from(T0.plus(Duration.ofDays(100))));
    }

    @Test
    void the_server_certificate_fails_pkix_validation_as_expired_after_not_after() {
        ServerCertificate server = issuer.issue(ca, INSTANCE, "10.0.0.12", T0, ONE_YEAR, 42L);
        Date afterExpiry = Date.from(server.notAfter().plusSeconds(1));
        CertPathValidatorException e = assertThrows(CertPathValidatorException.class,
                () -> validate(server, ca, afterExpiry));
        assertEquals(CertPathValidatorException.BasicReason.EXPIRED, e.getReason());
        assertInstanceOf(CertificateExpiredException.class, e.getCause());
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void each_key_algorithm_gives_a_chain_that_validates(KeyAlgorithm algorithm) throws Exception {
        BouncyCastleIssuer other = new BouncyCastleIssuer(algorithm);
        CertificateAuthority otherCa = other.newAuthority(7L, "ap-shanghai", T0, TEN_YEARS);
        ServerCertificate server = other.issue(otherCa, INSTANCE, null, T0, ONE_YEAR, 1L);
        validate(server, otherCa, Date.from(T0.plusSeconds(60)));
        X509Certificate cert = Pem.parseCertificate(server.certPem());
        if (algorithm == KeyAlgorithm.EC_P256) {
            assertInstanceOf(ECPublicKey.class, cert.getPublicKey());
            assertEquals("SHA256withECDSA", cert.getSigAlgName());
        } else {
            assertInstanceOf(RSAPublicKey.class, cert.getPublicKey());
            assertEquals(2048, ((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength());
            assertEquals("SHA256withRSA", cert.getSigAlgName());
        }
    }

    @Test
    void a_ca_made_with_rsa_still_signs_ec_server_certificates() throws Exception {
        CertificateAuthority rsaCa = new BouncyCastleIssuer(KeyAlgorithm.RSA_2048)
                .newAuthority(7L, "ap-shanghai", T0, TEN_YEARS);
        ServerCertificate server = issuer.issue(rsaCa, INSTANCE, null, T0, ONE_YEAR, 1L);
        validate(server, rsaCa, Date.from(T0.plusSeconds(60)));
        assertEquals("SHA256withRSA", Pem.parseCertificate(server.certPem()).getSigAlgName());
    }

    @Test
    void the_server_certificate_names_the_instance_in_cn_and_dns_san_and_the_vip_in_an_ip_san() throws Exception {
        ServerCertificate server = issuer.issue(ca, INSTANCE, "10.0.0.12", T0, ONE_YEAR, 42L);
        X509Certificate cert = Pem.parseCertificate(server.certPem());
        assertEquals("CN=" + INSTANCE, cert.getSubjectX500Principal().getName());
        assertEquals(Set.of(List.of(SAN_DNS, INSTANCE), List.of(SAN_IP, "10.0.0.12")), sans(cert));
        assertEquals(INSTANCE, server.instanceId());
        assertEquals(42L, server.flowId());
    }

    @Test
    void an_ipv6_vip_becomes_an_ip_san() throws Exception {
        ServerCertificate server = issuer.issue(ca, INSTANCE, "fd00::a:12", T0, ONE_YEAR, 1L);
        // The JDK renders IPv6 SANs uncompressed.
        assertEquals(Set.of(List.of(SAN_DNS, INSTANCE), List.of(SAN_IP, "fd00:0:0:0:0:0:a:12")),
                sans(Pem.parseCertificate(server.certPem())));
    }

    @Test
    void a_null_blank_or_host_name_vip_gives_only_the_dns_san() throws Exception {
        for (String vip : new String[] {null, "", "  ", "db.example.com", "10.0.0", "localhost"}) {
            ServerCertificate server = issuer.issue(ca, INSTANCE, vip, T0, ONE_YEAR, 1L);
            assertEquals(Set.of(List.of(SAN_DNS, INSTANCE)), sans(Pem.parseCertificate(server.certPem())),
                    "vip " + vip);
        }
    }

    @Test
    void the_server_certificate_is_a_non_ca_tls_server_certificate() throws Exception {
        ServerCertificate server = issuer.issue(ca, INSTANCE, null, T0, ONE_YEAR, 1L);
        X509Certificate cert = Pem.parseCertificate(server.certPem());
        assertEquals(-1, cert.getBasicConstraints());
        assertTrue(cert.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId()));
        boolean[] ku = cert.getKeyUsage();
        assertTrue(ku[0], "digitalSignature");
        assertFalse(ku[2], "keyEncipherment is not allowed with an EC key (RFC 5480)");
        assertFalse(ku[5], "keyCertSign");
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), cert.getExtendedKeyUsage());
    }

    @Test
    void an_rsa_server_certificate_also_allows_key_encipherment() throws Exception {
        BouncyCastleIssuer rsa = new BouncyCastleIssuer(KeyAlgorithm.RSA_2048);
        ServerCertificate server = rsa.issue(ca, INSTANCE, null, T0, ONE_YEAR, 1L);
        boolean[] ku = Pem.parseCertificate(server.certPem()).getKeyUsage();
        assertTrue(ku[0], "digitalSignature");
        assertTrue(ku[2], "keyEncipherment");
    }

    @Test
    void the_authority_key_identifier_matches_the_ca_subject_key_identifier() throws Exception {
        ServerCertificate server = issuer.issue(ca, INSTANCE, null, T0, ONE_YEAR, 1L);
        X509Certificate cert = Pem.parseCertificate(server.certPem());
        X509Certificate caCert = Pem.parseCertificate(ca.certPem());
        byte[] aki = AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(
                cert.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets()).getKeyIdentifier();
        byte[] ski = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(
                caCert.getExtensionValue(Extension.subjectKeyIdentifier.getId())).getOctets()).getKeyIdentifier();
        assertArrayEquals(ski, aki);
    }

    @Test
    void validity_starts_at_not_before_truncated_to_seconds_and_ends_a_lifetime_later() {
        ServerCertificate server = issuer.issue(ca, INSTANCE, null, T0, ONE_YEAR, 1L);
        X509Certificate cert = Pem.parseCertificate(server.certPem());
        Instant start = Instant.parse("2025-03-01T08:00:00Z");
        assertEquals(start, server.notBefore());
        assertEquals(start.plus(ONE_YEAR), server.notAfter());
        assertEquals(server.notBefore(), cert.getNotBefore().toInstant());
        assertEquals(server.notAfter(), cert.getNotAfter().toInstant());
    }

    @Test
    void two_issues_give_different_positive_128_bit_serials_in_lower_case_hex() {
        ServerCertificate a = issuer.issue(ca, INSTANCE, null, T0, ONE_YEAR, 1L);
        ServerCertificate b = issuer.issue(ca, INSTANCE, null, T0, ONE_YEAR, 1L);
        assertNotEquals(a.serialHex(), b.serialHex());
        for (ServerCertificate s : List.of(a, b)) {
            X509Certificate cert = Pem.parseCertificate(s.certPem());
            assertEquals(1, cert.getSerialNumber().signum());
            assertEquals(128, cert.getSerialNumber().bitLength());
            assertEquals(cert.getSerialNumber().toString(16), s.serialHex());
            assertTrue(s.serialHex().matches("[1-9a-f][0-9a-f]{31}"), s.serialHex());
        }
    }

    @Test
    void a_blank_instance_id_or_non_positive_lifetime_is_refused() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> issuer.issue(ca, " ", null, T0, ONE_YEAR, 1L));
        assertEquals("instanceId is blank", blank.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> issuer.issue(ca, INSTANCE, null, T0, Duration.ZERO, 1L));
        assertEquals("lifetime must be positive: PT0S", zero.getMessage());
    }

    static Set<List<Object>> sans(X509Certificate cert) throws Exception {
        Collection<List<?>> names = cert.getSubjectAlternativeNames();
        return names.stream().map(n -> List.<Object>copyOf(n)).collect(Collectors.toSet());
    }

    static void validate(ServerCertificate server, CertificateAuthority ca, Date at) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        CertPath path = factory.generateCertPath(List.of(Pem.parseCertificate(server.certPem())));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(Pem.parseCertificate(ca.certPem()), null)));
        params.setRevocationEnabled(false);
        params.setDate(at);
        CertPathValidator.getInstance("PKIX").validate(path, params);
    }
}
