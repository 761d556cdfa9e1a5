package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.core.OperationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** mssql-jdbc 13.6.2 against one SSL-enabled instance, reached by its id through the JDK hosts file. */
class DataPlaneJdbcIT {
    static DataPlaneFixture f;
    static String id;

    @BeforeAll
    static void start() {
        f = DataPlaneFixture.start("dp-jdbc");
        id = f.create("mssql-dpjdbc01");
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
}
