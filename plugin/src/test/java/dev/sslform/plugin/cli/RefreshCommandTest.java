package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sslform refresh}: Terraform's alias of apply -refresh-only -auto-approve, printing refresh lines and outputs only. */
class RefreshCommandTest {

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
        mock.createInstance("mssql-rf000001", "03:00");
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
                  instance_id = "mssql-rf000001"
                  encryption  = "enable"
                }
                output "answer" {
                  value = 42
                }
                """.formatted(mock.endpointUrl()));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    @Test
    void refresh_writes_what_it_found_into_state_without_asking_and_prints_the_outputs() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.deleteInstance("mssql-rf000001");

        EngineCliRunner.Result r = run("refresh");

        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("tencentcloud_sqlserver_db_instance_ssl_config.a: Refreshing state... [id=mssql-rf000001]"), r.out());
        assertTrue(r.out().contains("\nOutputs:\n\nanswer = 42\n"), r.out());
        assertFalse(r.out().contains("Apply complete!"), "refresh prints no apply summary, as Terraform: " + r.out());
        assertFalse(r.out().contains("Objects have changed outside"), "nor the refresh-only plan: " + r.out());
        assertTrue(run("state", "list").out().isBlank(), "the vanished object left state");
        com.fasterxml.jackson.databind.JsonNode writes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(mock.get("/_mock/requests?limit=10000&action=ModifyDBInstanceSSL"));
        assertEquals(1, (writes.isArray() ? writes : writes.path("requests")).size(), "only the first apply wrote");
    }

    @Test
    void refresh_help_names_the_terraform_equivalent() {
        EngineCliRunner.Result r = run("refresh", "-help");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("apply -refresh-only -auto-approve"), r.out());
        assertTrue(r.out().contains("-json"), r.out());
    }
}
