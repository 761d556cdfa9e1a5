package dev.sslform.mockcloud.cert;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

/**
 * A copy of a server certificate with its validity window moved by a fixed amount: same
 * subject, extensions, serial, key and issuer, signed again by the same CA.
 *
 * <p>Why: certificates are dated on the mock's clock, but TLS clients check them against real
 * time. Moving the window by (real now − mock now) lets a client see what a client at the mock's
 * time would see: valid while the mock clock is inside the window, expired once it is past.
 */
public final class CertificateRedating {
    private CertificateRedating() {
    }

    /** {@code server} with notBefore and notAfter both moved by {@code shift} (whole seconds). */
    public static ServerCertificate shifted(ServerCertificate server, CertificateAuthority ca, Duration shift) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(ca, "ca");
        Duration s = Duration.ofSeconds(shift.getSeconds());
        if (s.isZero()) {
            return server;
        }
        try {
            X509CertificateHolder old = new X509CertificateHolder(Pem.parseCertificate(server.certPem()).getEncoded());
            Instant from = old.getNotBefore().toInstant().plus(s);
            Instant until = old.getNotAfter().toInstant().plus(s);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(old.getIssuer(), old.getSerialNumber(),
                    Date.from(from), Date.from(until), old.getSubject(), old.getSubjectPublicKeyInfo());
            Extensions ext = old.getExtensions();
            if (ext != null) {
                for (var oid : ext.getExtensionOIDs()) {
                    Extension e = ext.getExtension(oid);
                    builder.addExtension(e);
                }
            }
            PrivateKey caKey = Pem.parsePrivateKey(ca.keyPem());
            ContentSigner signer = new JcaContentSignerBuilder(KeyAlgorithm.of(caKey).signatureAlgorithm())
                    .setProvider(KeyAlgorithm.BC).build(caKey);
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            BigInteger serial = cert.getSerialNumber();
            return new ServerCertificate(server.instanceId(), serial.toString(16), from, until, Pem.certificate(cert),
                    server.keyPem(), server.flowId());
        } catch (CertificateException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot re-date certificate of " + server.instanceId(), e);
        }
    }
}
