package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.cert.BouncyCastleIssuer;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.OperationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FreeTDS {@code tsql} (Debian's freetds-bin 1.3.x: TDS 7.4 only, GnuTLS) with
 * {@code encryption = require} and the bundle's {@code .pem} as {@code ca file}. FreeTDS checks
 * the certificate's name against {@code host}: 127.0.0.1 here, which the certificate carries as
 * an IP SAN because the endpoint's address is the instance's Vip when the certificate is issued.
 */
class DataPlaneFreeTdsIT {
    static final String INSTALL = "apt-get update && apt-get install -y freetds-bin";
    static DataPlaneFixture f;
    static String id;
    static Path tsql;

    @BeforeAll
    static void start() {
        tsql = ChildProcess.require("tsql", INSTALL);
        f = DataPlaneFixture.start("dp-freetds");
        id = f.create("mssql-dpftds01");
        f.run(id, OperationType.ENABLE);
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    private ChildProcess.Result tsql(String encryption, Path caFile, String password) throws Exception {
        Path conf = f.dir.resolve("freetds-" + System.nanoTime() + ".conf");
        Files.writeString(conf, "[mock]\n"
                + "\thost = 127.0.0.1\n"
                + "\tport = " + f.port(id) + "\n"
                + "\ttds version = 7.4\n"
                + "\tencryption = " + encryption + "\n"
                + (caFile != null ? "\tca file = " + caFile + "\n" : ""));
        return ChildProcess.run(List.of(tsql.toString(), "-S", "mock", "-U", "sa", "-P", password), null,
                Map.of("FREETDSCONF", conf.toString()),
                Jdbc.QUERY + "\ngo\nexit\n", Duration.ofSeconds(30));
    }

    @Test
    void encryption_require_with_the_bundle_pem_as_ca_file_reads_true() throws Exception {
        ChildProcess.Result r = tsql("require", f.caPem(), "MockCloud#1");
        assertTrue(r.stdout().contains("TRUE"), r.all());
    }

    @Test
    void the_default_request_is_upgraded_to_full_tls_and_reads_true() throws Exception {
        ChildProcess.Result r = tsql("request", f.caPem(), "MockCloud#1");
        assertTrue(r.stdout().contains("TRUE"), r.all());
    }

    @Test
    void a_ca_file_that_does_not_sign_the_certificate_fails() throws Exception {
        CertificateAuthority other = new BouncyCastleIssuer().newAuthority(7, "ap-guangzhou", Instant.now().minusSeconds(60),
                Duration.ofDays(30));
        Path pem = f.dir.resolve("other-ca.pem");
        Files.writeString(pem, other.certPem());
        ChildProcess.Result r = tsql("require", pem, "MockCloud#1");
        assertFalse(r.stdout().contains("TRUE"), r.all());
    }

    @Test
    void a_wrong_password_is_refused_with_18456() throws Exception {
        ChildProcess.Result r = tsql("require", f.caPem(), "nope");
        assertFalse(r.stdout().contains("TRUE"), r.all());
        assertTrue((r.stdout() + r.stderr()).contains("18456"), r.all());
    }
}
