package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.core.OperationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Node's tedious 19.2.2 (pinned in src/test/node: tedious 20 needs Node 22) with
 * {@code encrypt: true} and {@code 'strict'} and the bundle's CA, by IP (matched against the
 * certificate's IP SAN) and by instance id through {@code serverName}.
 */
class DataPlaneTediousIT {
    static final Path NODE_DIR = Path.of("src/test/node");
    static final String INSTALL = "npm ci --prefix mock-cloud-api/src/test/node";
    static DataPlaneFixture f;
    static String id;
    static Path node;

    @BeforeAll
    static void start() {
        node = ChildProcess.require("node", "Node.js 18.17 or later");
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/tedious"))) {
            fail("tedious is not installed; run: " + INSTALL);
        }
        f = DataPlaneFixture.start("dp-tedious");
        id = f.create("mssql-dptedi01");
        f.run(id, OperationType.ENABLE);
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    private ChildProcess.Result tedious(String encrypt, Path ca, String serverName, boolean batch) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(node.toString(), "encrypt-option.js", "127.0.0.1",
                Integer.toString(f.port(id)), encrypt, ca == null ? "-" : ca.toString(), "sa", "MockCloud#1"));
        if (serverName != null) {
            cmd.add(serverName);
        }
        return ChildProcess.run(cmd, NODE_DIR, Map.of("TEDIOUS_BATCH", batch ? "1" : "0"), null, Duration.ofSeconds(30));
    }

    @Test
    void encrypt_true_with_the_bundle_ca_reads_true() throws Exception {
        ChildProcess.Result r = tedious("true", f.caPem(), null, false);
        assertEquals(0, r.exit(), r.all());
        assertEquals("TRUE", r.stdout().trim(), r.all());
    }

    @Test
    void strict_with_the_bundle_ca_and_the_instance_id_as_server_name_reads_true_in_a_batch() throws Exception {
        ChildProcess.Result r = tedious("strict", f.caPem(), id, true);
        assertEquals(0, r.exit(), r.all());
        assertEquals("TRUE", r.stdout().trim(), r.all());
    }

    @Test
    void without_the_ca_the_certificate_is_not_trusted() throws Exception {
        ChildProcess.Result r = tedious("true", null, null, false);
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.stderr().contains("certificate"), r.all());
    }
}
