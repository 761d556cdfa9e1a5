package dev.sslform.mockcloud.cert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

/**
 * The files a client downloads to trust an account's CA: {@code TencentDB-SSL-CA.zip} with the
 * CA as {@code .pem}, {@code .p7b} (for Windows) and {@code .jks} (for Java, password
 * {@code tencentdb}), as the vendor documents; and the server chain PEM.
 *
 * <p>Invariant: the same CA gives the same bytes. Entries are written in a fixed order, their
 * zip times and the JKS entry date are the CA's notBefore, and nothing random goes in.
 */
public final class CaBundle {
    /** The name of the downloaded archive. */
    public static final String ZIP_NAME = "TencentDB-SSL-CA.zip";
    /** The entry names, in the order they are written. */
    public static final String PEM_ENTRY = "TencentDB-SSL-CA.pem";
    public static final String P7B_ENTRY = "TencentDB-SSL-CA.p7b";
    public static final String JKS_ENTRY = "TencentDB-SSL-CA.jks";
    /** The truststore password, "uniformly tencentdb" in the vendor doc. */
    public static final String JKS_PASSWORD = "tencentdb";
    /** The alias of the CA in the truststore. */
    public static final String JKS_ALIAS = "tencentdb-ssl-ca";

    private CaBundle() {
    }

    /** The bytes of {@code TencentDB-SSL-CA.zip} for {@code ca}. */
    public static byte[] zip(CertificateAuthority ca) {
        X509Certificate cert = Pem.parseCertificate(ca.certPem());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PEM_ENTRY, Pem.certificate(cert).getBytes(StandardCharsets.US_ASCII));
        entries.put(P7B_ENTRY, p7b(cert));
        entries.put(JKS_ENTRY, JksWriter.trustStore(JKS_ALIAS, cert, ca.notBefore(), JKS_PASSWORD.toCharArray()));
        // Local (DOS) time taken as UTC, so the bytes do not depend on the JVM's time zone.
        LocalDateTime time = LocalDateTime.ofInstant(ca.notBefore(), ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + ZIP_NAME, e);
        }
        return bytes.toByteArray();
    }

    /** The CA as a degenerate ("certs-only") PKCS#7 SignedData, DER: the {@code .p7b} file. */
    public static byte[] p7b(X509Certificate cert) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(List.of(cert)));
            CMSSignedData signed = generator.generate(new CMSAbsentContent());
            return signed.getEncoded("DER");
        } catch (CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot write p7b", e);
        }
    }

    /** The chain a TLS server presents: the server certificate, then the CA, as PEM. */
    public static String serverChainPem(ServerCertificate server, CertificateAuthority ca) {
        return server.certPem() + ca.certPem();
    }
}
