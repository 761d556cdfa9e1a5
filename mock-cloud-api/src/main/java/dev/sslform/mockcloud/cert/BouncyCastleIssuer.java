package dev.sslform.mockcloud.cert;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.CertificateIssuer;
import dev.sslform.mockcloud.core.ServerCertificate;

/**
 * The {@link CertificateIssuer} made with Bouncy Castle: self-signed per-account CAs and
 * TLS server certificates signed by them, returned as PEM.
 *
 * <p>Invariants: keys and serials come only from the injected {@link SecureRandom}; times come
 * only from the arguments, truncated to whole seconds (X.509 cannot carry less), so the
 * returned {@code notBefore}/{@code notAfter} equal the certificate's own. Serials are random
 * positive 128-bit numbers with the top bit set, so {@code serialHex} is always 32 hex digits.
 * Thread-safe; holds no state beyond its configuration.
 */
public final class BouncyCastleIssuer implements CertificateIssuer {
    /** Bits in a serial number: well above the 64 bits of entropy CA/B asks for, under X.509's 20 octets. */
    static final int SERIAL_BITS = 128;

    private final KeyAlgorithm algorithm;
    private final SecureRandom random;

    /** An issuer making EC P-256 keys from a fresh {@code SecureRandom}. */
    public BouncyCastleIssuer() {
        this(KeyAlgorithm.EC_P256, new SecureRandom());
    }

    /** An issuer making {@code algorithm} keys from a fresh {@code SecureRandom}. */
    public BouncyCastleIssuer(KeyAlgorithm algorithm) {
        this(algorithm, new SecureRandom());
    }

    /** An issuer making {@code algorithm} keys, keys and serials drawn from {@code random}. */
    public BouncyCastleIssuer(KeyAlgorithm algorithm, SecureRandom random) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The algorithm of the keys this issuer makes. */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public CertificateAuthority newAuthority(long appId, String region, Instant now, Duration lifetime) {
        Objects.requireNonNull(region, "region");
        Instant notBefore = seconds(now);
        Instant notAfter = notAfter(notBefore, lifetime);
        KeyPair keys = algorithm.generate(random);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "mockcloud")
                .addRDN(BCStyle.CN, "TencentDB SSL CA (mockcloud) " + appId + " " + region)
                .build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate cert = sign(builder, keys.getPrivate());
            return new CertificateAuthority(appId, region, Pem.certificate(cert),
                    Pem.privateKey(keys.getPrivate()), notBefore, notAfter);
        } catch (CertIOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot build CA certificate", e);
        }
    }

    @Override
    public ServerCertificate issue(CertificateAuthority ca, String instanceId, String vip, Instant notBefore,
                                   Duration lifetime, long flowId) {
        Objects.requireNonNull(ca, "ca");
        Objects.requireNonNull(instanceId, "instanceId");
        if (instanceId.isBlank()) {
            throw new IllegalArgumentException("instanceId is blank");
        }
        Instant from = seconds(notBefore);
        Instant until = notAfter(from, lifetime);
        X509Certificate caCert = Pem.parseCertificate(ca.certPem());
        PrivateKey caKey = Pem.parsePrivateKey(ca.keyPem());
        KeyPair keys = algorithm.generate(random);
        BigInteger serial = serial();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, instanceId).build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCert, serial,
                    Date.from(from), Date.from(until), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(keys.getPublic())))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, subjectAltNames(instanceId, vip))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, authorityKeyId(caCert, ext));
            X509Certificate cert = sign(builder, caKey);
            return new ServerCertificate(instanceId, serial.toString(16), from, until,
                    Pem.certificate(cert), Pem.privateKey(keys.getPrivate()), flowId);
        } catch (CertIOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot build server certificate for " + instanceId, e);
        }
    }

    /**
     * The key usages of a TLS server key. RSA keys get digitalSignature|keyEncipherment (ECDHE
     * and RSA key exchange). EC keys get digitalSignature only: RFC 5480 §3 does not allow
     * keyEncipherment with id-ecPublicKey, and ECDHE_ECDSA needs nothing else.
     */
    static int keyUsage(PublicKey key) {
        return "RSA".equals(key.getAlgorithm())
                ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                : KeyUsage.digitalSignature;
    }

    /** DNS SAN = the instance id; an IP SAN for {@code vip} only when it is an IP literal. */
    static GeneralNames subjectAltNames(String instanceId, String vip) {
        GeneralName dns = new GeneralName(GeneralName.dNSName, instanceId);
        // Never resolve: a host name or anything not a literal is simply left out.
        if (vip != null && IPAddress.isValid(vip.strip())) {
            return new GeneralNames(new GeneralName[] {dns, new GeneralName(GeneralName.iPAddress, vip.strip())});
        }
        return new GeneralNames(dns);
    }

    private static AuthorityKeyIdentifier authorityKeyId(X509Certificate caCert, JcaX509ExtensionUtils ext)
            throws CertIOException {
        byte[] skiValue = caCert.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (skiValue == null) {
            return ext.createAuthorityKeyIdentifier(caCert.getPublicKey());
        }
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(skiValue).getOctets());
        return new AuthorityKeyIdentifier(ski.getKeyIdentifier());
    }

    private X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(KeyAlgorithm.of(signingKey).signatureAlgorithm())
                    .setProvider(KeyAlgorithm.BC)
                    .setSecureRandom(random)
                    .build(signingKey);
            X509CertificateHolder holder = builder.build(signer);
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot sign certificate", e);
        }
    }

    private BigInteger serial() {
        return new BigInteger(SERIAL_BITS - 1, random).setBit(SERIAL_BITS - 1);
    }

    private static Instant seconds(Instant instant) {
        return Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant notAfter(Instant notBefore, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
        return notBefore.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
    }
}
