package dev.sslform.mockcloud.cert;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * A writer of JKS truststores holding one trusted certificate, byte-for-byte deterministic.
 *
 * <p>Why not {@code KeyStore.getInstance("JKS").store(...)}: the JDK stamps every entry with
 * {@code new Date()}, so the same CA would give different bytes at every download. This writes
 * the same version-2 JKS layout the JDK does (sun.security.provider.JavaKeyStore#engineStore),
 * with the entry date given by the caller; the JDK's JKS reader loads it (see CaBundleTest).
 */
final class JksWriter {
    private static final int MAGIC = 0xFEEDFEED;
    private static final int VERSION_2 = 2;
    private static final int TRUSTED_CERT_ENTRY = 2;

    private JksWriter() {
    }

    /** A JKS file with {@code cert} as the one trusted entry {@code alias}, dated {@code date}. */
    static byte[] trustStore(String alias, X509Certificate cert, Instant date, char[] password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            // The integrity hash is SHA-1(password as UTF-16BE, "Mighty Aphrodite", body).
            for (char c : password) {
                sha1.update((byte) (c >> 8));
                sha1.update((byte) c);
            }
            sha1.update("Mighty Aphrodite".getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(bytes, sha1));
            out.writeInt(MAGIC);
            out.writeInt(VERSION_2);
            out.writeInt(1);
            out.writeInt(TRUSTED_CERT_ENTRY);
            out.writeUTF(alias);
            out.writeLong(date.toEpochMilli());
            out.writeUTF(cert.getType());
            byte[] der = cert.getEncoded();
            out.writeInt(der.length);
            out.write(der);
            out.flush();
            bytes.write(sha1.digest());
            return bytes.toByteArray();
        } catch (NoSuchAlgorithmException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot write JKS truststore", e);
        }
    }
}
