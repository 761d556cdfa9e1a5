package dev.sslform.mockcloud.cert;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

/**
 * In-memory key stores for a TLS endpoint: one private-key entry holding a server certificate's
 * key and its chain (server, then CA), ready for a {@code KeyManagerFactory}; and a trust store
 * holding a CA, for clients in tests.
 */
public final class KeyStores {
    /** The alias of the server key entry. */
    public static final String SERVER_ALIAS = "server";

    private KeyStores() {
    }

    /** A PKCS12 key store, never written to disk, with the server key under {@link #SERVER_ALIAS}. */
    public static KeyStore serverKeyStore(ServerCertificate server, CertificateAuthority ca, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = {Pem.parseCertificate(server.certPem()), Pem.parseCertificate(ca.certPem())};
            store.setKeyEntry(SERVER_ALIAS, Pem.parsePrivateKey(server.keyPem()), password, chain);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build key store for " + server.instanceId(), e);
        }
    }

    /** A PKCS12 trust store with {@code ca} as its one trusted entry. */
    public static KeyStore trustStore(CertificateAuthority ca) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(CaBundle.JKS_ALIAS, Pem.parseCertificate(ca.certPem()));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build trust store", e);
        }
    }
}
