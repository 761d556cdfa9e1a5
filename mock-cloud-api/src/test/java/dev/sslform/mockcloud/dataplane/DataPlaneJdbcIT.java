package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.cert.BouncyCastleIssuer;
import dev.sslform.mockcloud.cert.KeyStores;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** mssql-jdbc 13.6.2 against SSL-enabled instances, reached by id through the JDK hosts file. */
class DataPlaneJdbcIT {
    static DataPlaneFixture f;
    static String id;
    static String replica;

    @BeforeAll
    static void start() {
        f = DataPlaneFixture.start("dp-jdbc");
        List<String> ids = f.create("mssql-dpjdbc01", 1);
        id = ids.get(0);
        replica = ids.get(1);
        f.run(id, OperationType.ENABLE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void strict_mode_with_the_bundle_trust_store_reads_true() throws Exception {
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "strict", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void encrypt_true_over_tds7_with_the_bundle_trust_store_reads_true() throws Exception {
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "true", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void encrypt_false_is_forced_to_tls_like_a_force_encryption_server() throws Exception {
        String plain = Jdbc.url(id, f.port(id), "false", null);
        SQLException e = assertThrows(SQLException.class, () -> Jdbc.connect(plain));
        assertTrue(e.getMessage().contains("PKIX"), e.getMessage());
        try (Connection c = Jdbc.connect(plain + ";trustServerCertificate=true")) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void a_prepared_statement_runs_twice_in_a_row() throws Exception {
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "true", f.trustStore()));
             PreparedStatement ps = c.prepareStatement(Jdbc.QUERY)) {
            for (int run = 0; run < 3; run++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals("TRUE", rs.getString(1), "run " + run);
                }
            }
        }
    }

    @Test
    void version_and_select_1_answer_and_other_statements_get_an_error_not_a_dropped_connection() throws Exception {
        try (Connection c = Jdbc.connect(Jdbc.url(id, f.port(id), "strict", f.trustStore()));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT @@VERSION")) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("Microsoft SQL Server 2022"), rs.getString(1));
            }
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT name FROM sys.databases"));
            assertEquals(Responder.NOT_IMPLEMENTED, e.getErrorCode());
            assertTrue(e.getMessage().contains("does not implement"), e.getMessage());
            assertTrue(c.isValid(5));
            try (ResultSet rs = s.executeQuery("select 1")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void a_ca_the_client_does_not_trust_fails_the_handshake() throws Exception {
        CertificateAuthority other = new BouncyCastleIssuer().newAuthority(42, "ap-guangzhou", Instant.now().minusSeconds(60),
                Duration.ofDays(30));
        Path store = f.dir.resolve("other.p12");
        KeyStore ks = KeyStores.trustStore(other);
        try (OutputStream out = Files.newOutputStream(store)) {
            ks.store(out, "tencentdb".toCharArray());
        }
        for (String mode : List.of("strict", "true")) {
            SQLException e = assertThrows(SQLException.class,
                    () -> Jdbc.connect(Jdbc.url(id, f.port(id), mode, store) + ";trustStoreType=PKCS12"));
            assertTrue(e.getMessage().contains("PKIX"), mode + ": " + e.getMessage());
        }
    }

    @Test
    void a_wrong_password_gets_error_18456_and_the_login_route_changes_it() throws Exception {
        String url = Jdbc.url(id, f.port(id), "true", f.trustStore());
        SQLException e = assertThrows(SQLException.class, () -> Jdbc.connect(url.replace("MockCloud#1", "wrong")));
        assertEquals(18456, e.getErrorCode());
        assertTrue(e.getMessage().contains("Login failed for user 'sa'"), e.getMessage());

        String other = f.create("mssql-dpjdbc02");
        f.run(other, OperationType.ENABLE);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(f.server.url() + "/_mock/instances/" + other + "/login"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"user\": \"app\", \"password\": \"S3cret!\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String otherUrl = Jdbc.url(other, f.port(other), "true", f.trustStore());
        assertEquals(18456, assertThrows(SQLException.class, () -> Jdbc.connect(otherUrl)).getErrorCode());
        try (Connection c = Jdbc.connect(otherUrl.replace("user=sa;password=MockCloud#1", "user=app;password=S3cret!"))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }

    @Test
    void describe_reports_the_endpoint_as_vip_and_vport() {
        Response r = SignedClient.of(f.server).call("DescribeDBInstances", "{\"InstanceIdSet\": [\"" + id + "\", \"" + replica + "\"]}");
        assertEquals("127.0.0.1", r.path("Response.DBInstances.find { it.InstanceId == '" + id + "' }.Vip"));
        assertEquals(f.port(id), (int) r.path("Response.DBInstances.find { it.InstanceId == '" + id + "' }.Vport"));
        assertEquals(f.port(replica), (int) r.path("Response.DBInstances.find { it.InstanceId == '" + replica + "' }.Vport"));
    }

    @Test
    void a_replica_has_its_own_endpoint_and_a_certificate_for_its_own_id() throws Exception {
        assertTrue(f.port(replica) != f.port(id));
        try (Connection c = Jdbc.connect(Jdbc.url(replica, f.port(replica), "strict", f.trustStore()))) {
            assertEquals("TRUE", Jdbc.encryptOption(c));
        }
    }
}
