package dev.sslform.mockcloud.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

class KeyStoresTest {
    static final char[] PASSWORD = "changeit".toCharArray();

    /**
     * A JSSE client trusting only the CA completes a TLS 1.2 handshake, with host name
     * verification against the instance id, with a server using the issued key and chain.
     * Uses the real clock: the handshake validates against the current time.
     */
    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void a_tls_1_2_client_trusting_the_ca_completes_a_handshake_with_the_server_key(KeyAlgorithm algorithm)
            throws Exception {
        Instant now = java.time.Clock.systemUTC().instant();
        BouncyCastleIssuer issuer = new BouncyCastleIssuer(algorithm);
        CertificateAuthority ca = issuer.newAuthority(1L, "ap-guangzhou", now.minusSeconds(60), Duration.ofDays(3650));
        ServerCertificate server = issuer.issue(ca, "localhost", "127.0.0.1", now.minusSeconds(60), Duration.ofDays(1), 1L);

        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(KeyStores.serverKeyStore(server, ca, PASSWORD), PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLSv1.2");
        serverContext.init(kmf.getKeyManagers(), null, null);

        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(KeyStores.trustStore(ca));
        SSLContext clientContext = SSLContext.getInstance("TLSv1.2");
        clientContext.init(null, tmf.getTrustManagers(), null);

        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0)) {
            listener.setEnabledProtocols(new String[] {"TLSv1.2"});
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept(); InputStream in = s.getInputStream()) {
                    return in.read();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory()
                    .createSocket("localhost", listener.getLocalPort())) {
                client.setSoTimeout(10_000);
                client.setEnabledProtocols(new String[] {"TLSv1.2"});
                SSLParameters params = client.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                client.setSSLParameters(params);
                client.startHandshake();
                assertEquals("TLSv1.2", client.getSession().getProtocol());
                X509Certificate leaf = (X509Certificate) client.getSession().getPeerCertificates()[0];
                assertEquals(server.serialHex(), leaf.getSerialNumber().toString(16));
                assertEquals(2, client.getSession().getPeerCertificates().length);
                if (algorithm == KeyAlgorithm.EC_P256) {
                    assertTrue(client.getSession().getCipherSuite().contains("ECDSA"),
                            client.getSession().getCipherSuite());
                }
                OutputStream out = client.getOutputStream();
                out.write(7);
                out.flush();
                assertEquals(7, served.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void the_server_key_store_holds_the_key_and_the_chain_server_first(KeyAlgorithm algorithm) throws Exception {
        Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
        BouncyCastleIssuer issuer = new BouncyCastleIssuer(algorithm);
        CertificateAuthority ca = issuer.newAuthority(1L, "ap-guangzhou", t0, Duration.ofDays(3650));
        ServerCertificate server = issuer.issue(ca, "mssql-abc", null, t0, Duration.ofDays(365), 1L);
        KeyStore store = KeyStores.serverKeyStore(server, ca, PASSWORD);
        assertTrue(store.isKeyEntry(KeyStores.SERVER_ALIAS));
        assertEquals(Pem.parsePrivateKey(server.keyPem()), store.getKey(KeyStores.SERVER_ALIAS, PASSWORD));
        var chain = store.getCertificateChain(KeyStores.SERVER_ALIAS);
        assertEquals(Pem.parseCertificate(server.certPem()), chain[0]);
        assertEquals(Pem.parseCertificate(ca.certPem()), chain[1]);
    }
}
