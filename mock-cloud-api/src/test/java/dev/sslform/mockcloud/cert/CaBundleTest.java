package dev.sslform.mockcloud.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;

import dev.sslform.mockcloud.core.CertificateAuthority;

class CaBundleTest {
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    final CertificateAuthority ca = new BouncyCastleIssuer()
            .newAuthority(1300000001L, "ap-guangzhou", T0, Duration.ofDays(3650));
    final X509Certificate caCert = Pem.parseCertificate(ca.certPem());

    @Test
    void the_zip_holds_exactly_the_pem_p7b_and_jks_in_that_order() throws Exception {
        Map<String, byte[]> entries = unzip(CaBundle.zip(ca));
        assertEquals(List.of("TencentDB-SSL-CA.pem", "TencentDB-SSL-CA.p7b", "TencentDB-SSL-CA.jks"),
                new ArrayList<>(entries.keySet()));
    }

    @Test
    void the_jks_loads_with_password_tencentdb_and_trusts_the_ca() throws Exception {
        byte[] jks = unzip(CaBundle.zip(ca)).get("TencentDB-SSL-CA.jks");
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(new ByteArrayInputStream(jks), "tencentdb".toCharArray());
        assertEquals(List.of("tencentdb-ssl-ca"), Collections.list(store.aliases()));
        assertTrue(store.isCertificateEntry("tencentdb-ssl-ca"));
        assertEquals(caCert, store.getCertificate("tencentdb-ssl-ca"));
        assertEquals(ca.notBefore(), store.getCreationDate("tencentdb-ssl-ca").toInstant());
    }

    @Test
    void the_jks_refuses_a_wrong_password() throws Exception {
        byte[] jks = unzip(CaBundle.zip(ca)).get("TencentDB-SSL-CA.jks");
        KeyStore store = KeyStore.getInstance("JKS");
        IOException e = assertThrows(IOException.class,
                () -> store.load(new ByteArrayInputStream(jks), "changeit".toCharArray()));
        assertTrue(e.getMessage().contains("password was incorrect"), e.getMessage());
    }

    @Test
    void the_p7b_is_a_certs_only_pkcs7_holding_the_ca() throws Exception {
        byte[] p7b = unzip(CaBundle.zip(ca)).get("TencentDB-SSL-CA.p7b");
        Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(p7b));
        assertEquals(List.of(caCert), new ArrayList<>(certs));
        CMSSignedData signed = new CMSSignedData(p7b);
        assertEquals(0, signed.getSignerInfos().size());
        assertArrayEquals(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(p7b).getEncoded("DER"), p7b,
                "the p7b is DER");
    }

    @Test
    void the_pem_parses_to_the_ca() throws Exception {
        byte[] pem = unzip(CaBundle.zip(ca)).get("TencentDB-SSL-CA.pem");
        assertEquals(caCert, Pem.parseCertificate(new String(pem, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void the_same_ca_gives_identical_zip_bytes() throws Exception {
        byte[] first = CaBundle.zip(ca);
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertArrayEquals(first, CaBundle.zip(ca), "zip bytes must not depend on the time zone");
        } finally {
            TimeZone.setDefault(saved);
        }
        assertArrayEquals(first, CaBundle.zip(ca));
    }

    @Test
    void different_cas_give_different_zips() {
        CertificateAuthority other = new BouncyCastleIssuer()
                .newAuthority(1300000001L, "ap-guangzhou", T0, Duration.ofDays(3650));
        assertNotEquals(List.of(CaBundle.zip(ca)), List.of(CaBundle.zip(other)));
    }

    @Test
    void zip_entries_are_dated_from_the_ca_not_before() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CaBundle.zip(ca)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(2025, 3, 1, 8, 0), e.getTimeLocal(), e.getName());
            }
        }
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }
}
