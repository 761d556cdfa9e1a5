package dev.sslform.mockcloud.cert;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The key algorithms the issuer can make keys with: a closed set, each with its signature
 * algorithm and the key usages a TLS server certificate for such a key should carry.
 *
 * <p>{@link #EC_P256} is the default: a whole server certificate issue costs about 2 ms of CPU
 * with it against about 105 ms with RSA-2048, almost all of it RSA key generation (measured
 * by {@code KeyGenBench} in the tests, 2-core machine), so enabling SSL on 1,000 instances
 * costs seconds rather than minutes. ECDSA P-256 server certificates are accepted by TLS 1.2
 * clients (ECDHE_ECDSA suites in mssql-jdbc/JSSE, OpenSSL/FreeTDS, Node).
 */
public enum KeyAlgorithm {
    /** ECDSA over NIST P-256 (secp256r1), signing with SHA-256. */
    EC_P256("SHA256withECDSA"),
    /** RSA with a 2048-bit modulus, signing with SHA256withRSA (PKCS#1 v1.5). */
    RSA_2048("SHA256withRSA");

    /**
     * Bouncy Castle as a provider object, never registered with {@code Security}, so the rest
     * of the JVM (JSSE, the HTTP server) keeps the JDK's providers. Used where it was measurably
     * faster than JDK 17's SunEC/SunRsaSign here: P-256 key generation (~0.2 ms against ~0.7)
     * and signing (ECDSA ~0.2 ms against ~0.9; RSA ~1.6 ms against ~2.8).
     */
    static final Provider BC = new BouncyCastleProvider();

    private final String signatureAlgorithm;

    KeyAlgorithm(String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA name of the signature made with a key of this algorithm. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** A fresh key pair drawn from {@code random}. */
    public KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator;
            if (this == EC_P256) {
                generator = KeyPairGenerator.getInstance("EC", BC);
                generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            } else {
                // The JDK's RSA key generation is as fast as Bouncy Castle's or faster.
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, random);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + this + " key", e);
        }
    }

    /**
     * The algorithm of an existing key, so that a CA made under one setting still signs
     * correctly after the setting changes.
     */
    public static KeyAlgorithm of(PrivateKey key) {
        if (key instanceof ECKey) {
            return EC_P256;
        }
        if ("RSA".equals(key.getAlgorithm())) {
            return RSA_2048;
        }
        throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
    }
}
