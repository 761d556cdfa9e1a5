package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.core.OperationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.ConnectException;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint follows the instance's SSL life cycle: disable, renew, the restart window, expiry. */
class DataPlaneLifecycleIT {
    static DataPlaneFixture f;

    @BeforeAll
    static void start() {
        f = DataPlaneFixture.start("dp-life");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void before_ssl_is_enabled_a_plain_login_reads_false_and_strict_fails() throws Exception {
        String id = f.create("mssql-dplife00");
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "false", null))) {
            assertEquals("FALSE", Jdbc.encryptOption(c));
        }
        assertThrows(SQLException.class, () -> Jdbc.connect(Jdbc.url(id, f.port(id), "strict", null)));
    }

    @Test
    void after_disable_an_encrypted_login_fails_and_a_plain_login_reads_false() throws Exception {
        String id = f.create("mssql-dplife01");
        f.run(id, OperationType.ENABLE);
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "true", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
        f.run(id, OperationType.DISABLE);
        SQLException tds7 = assertThrows(SQLException.class, () -> Jdbc.connect(Jdbc.url(id, f.port(id), "true", f.trustStore())));
        assertTrue(tds7.getMessage().toLowerCase().contains("ssl"), tds7.getMessage());
        assertThrows(SQLException.class, () -> Jdbc.connect(Jdbc.url(id, f.port(id), "strict", f.trustStore())));
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "false", null))) {
            assertEquals("FALSE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void a_restart_drops_the_connection_refuses_new_ones_and_a_retry_after_it_succeeds() throws Exception {
        String id = f.create("mssql-dplife02");
        f.run(id, OperationType.ENABLE);
        int port = f.port(id);
        try (Connection c = Jdbc.connect(Jdbc.url(id, port, "true", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
            f.startRestart(id, OperationType.RENEW);
            assertTrue(f.view(id).restarting());
            assertThrows(SQLException.class, () -> Jdbc.encryptOption(c));
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        assertThrows(SQLException.class, () -> Jdbc.connect(Jdbc.url(id, port, "true", f.trustStore())));
        f.advance(f.server.config().lifecycle().restartDuration());
        assertEquals(port, f.port(id));
        try (Connection c = Jdbc.connect(Jdbc.url(id, port, "true", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void after_renew_the_new_certificate_is_presented() throws Exception {
        String id = f.create("mssql-dplife03");
        f.run(id, OperationType.ENABLE);
        String before = f.view(id).instance().certSerial();
        assertEquals(new BigInteger(before, 16), PeerCertificate.fetch(f.port(id)).getSerialNumber());
        f.run(id, OperationType.RENEW);
        String after = f.view(id).instance().certSerial();
        assertNotEquals(before, after);
        assertEquals(new BigInteger(after, 16), PeerCertificate.fetch(f.port(id)).getSerialNumber());
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "strict", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void once_the_mock_clock_passes_expiry_a_validating_client_fails_for_expiry() throws Exception {
        String id = f.create("mssql-dplife04");
        f.run(id, OperationType.ENABLE);
        java.time.Instant notAfter = f.view(id).instance().sslExpiry();
        f.advance(Duration.between(f.mockNow(), notAfter).minusMinutes(1));
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "strict", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
        f.advance(Duration.ofMinutes(2));
        X509Certificate presented = PeerCertificate.fetch(f.port(id));
        assertTrue(presented.getNotAfter().toInstant().isBefore(java.time.Instant.now()));
        for (String mode : new String[] {"strict", "true"}) {
            SQLException e = assertThrows(SQLException.class, () -> Jdbc.connect(Jdbc.url(id, f.port(id), mode, f.trustStore())));
            // TDS 7 goes through the driver's own trust manager ("NotAfter: …"), strict through PKIX.
            assertTrue(e.getMessage().contains("NotAfter") || e.getMessage().contains("validity check failed"),
                    mode + ": " + e.getMessage());
        }
        // Renewing (even late) brings it back.
        f.run(id, OperationType.RENEW);
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "true", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }
}
