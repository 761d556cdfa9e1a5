package dev.sslform.mockcloud.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that PEM text in an imported state is what the mock itself writes: one X.509
 * {@code CERTIFICATE}, or one PKCS#8 {@code PRIVATE KEY} of an EC or RSA key. With the JDK only,
 * so the domain can validate a whole document before anything in the store changes; a key or
 * certificate that does not parse would otherwise surface later, when a bundle is served or a
 * renewal signs with it.
 */
public final class PemText {
    private static final Pattern KEY = Pattern.compile(
            "\\s*-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----\\s*");
    private static final Pattern CERT_BLOCK = Pattern.compile("-----BEGIN CERTIFICATE-----");

    private PemText() {
    }

    /**
     * @throws IllegalArgumentException naming {@code where} when {@code pem} is not exactly one
     *                                  parsable X.509 certificate
     */
    public static void requireCertificate(String pem, String where) {
        Matcher blocks = CERT_BLOCK.matcher(pem);
        int count = 0;
        while (blocks.find()) {
            count++;
        }
        if (count != 1 || !pem.strip().endsWith("-----END CERTIFICATE-----")) {
            throw new IllegalArgumentException(where + " must be one PEM CERTIFICATE block, found " + describe(pem));
        }
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(where + " is not a parsable X.509 certificate: " + e.getMessage());
        }
    }

    /**
     * @throws IllegalArgumentException naming {@code where} when {@code pem} is not one parsable
     *                                  PKCS#8 EC or RSA private key
     */
    public static void requirePrivateKey(String pem, String where) {
        Matcher m = KEY.matcher(pem);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + " must be one PEM PRIVATE KEY (PKCS#8) block, found " + describe(pem));
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not valid base64: " + e.getMessage());
        }
        String failure = "no key";
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                return;
            } catch (GeneralSecurityException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
        throw new IllegalArgumentException(where + " is not a parsable EC or RSA private key: " + failure);
    }

    private static String describe(String pem) {
        String firstLine = pem.strip().lines().findFirst().orElse("");
        return pem.isBlank() ? "an empty string" : "text starting \"" + (firstLine.length() > 40 ? firstLine.substring(0, 40) + "…" : firstLine) + "\"";
    }
}
