package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The schema's validators are the only ones, at validate time and at plan time alike, against
 * in-process mockcloud: what validate refuses it refuses at the argument's line; a value known
 * only once a data source is read is refused by plan with the very same message, before any
 * change reaches the API.
 */
class SchemaChecksAcceptanceTest {

    static final String ID = "mssql-schema01";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        mock.createInstance(ID, "03:00");
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    void config(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                variable "endpoint" {
                  type = string
                }
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = var.endpoint
                }
                data "tencentcloud_sqlserver_instances" "all" {
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                %s
                }
                """.formatted(ID, body));
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "-var";
        full[args.length + 2] = "endpoint=" + mock.endpointUrl();
        return cli.run(full);
    }

    int modifyCalls() {
        return mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000").split("\"ModifyDBInstanceSSL\"", -1).length - 1;
    }

    @Test
    void kms_without_its_key_is_refused_by_validate_at_the_is_kms_line() throws Exception {
        config("  is_kms = 1\n  cmk_id = \"key-1\"");
        EngineCliRunner.Result r = run("validate");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.all().contains("Error: Missing KMS key"), r.all());
        assertTrue(r.words().contains("With is_kms = 1, both \"cmk_id\" and \"cmk_region\" are required."), r.all());
        assertTrue(r.all().contains("on main.tf line 13, in resource"), r.all());
        assertTrue(r.all().contains("  13:   is_kms"), r.all());
    }

    @Test
    void a_fractional_whole_number_and_a_go_duration_are_judged_by_validate_as_plan_reads_them() throws Exception {
        config("  renew_before_days = 1.5");
        EngineCliRunner.Result bad = run("validate");
        assertEquals(1, bad.code(), bad.all());
        assertTrue(bad.all().contains("The value of \"renew_before_days\" must be a whole number; got 1.5."), bad.all());

        config("  timeouts {\n    create = \"1.5h\"\n  }");
        assertEquals(0, run("validate").code());
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
    }

    @Test
    void a_value_known_only_at_plan_is_refused_by_the_same_check_before_any_change() throws Exception {
        config("  renew_before_days = length(data.tencentcloud_sqlserver_instances.all.ids) - 100");
        EngineCliRunner.Result v = run("validate");
        assertEquals(0, v.code(), v.all());
        EngineCliRunner.Result r = run("apply", "-auto-approve");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.all().contains("Error: Invalid value for \"renew_before_days\""), r.all());
        assertTrue(r.all().contains("The value of \"renew_before_days\" must be at least 0; got -9"), r.all());
        // Reported by the loader's check alone: the resource does not check (or report) it again.
        assertEquals(2, r.all().split("Error: ", -1).length, "one error: " + r.all());
        assertTrue(!r.all().contains("with tencentcloud_sqlserver_db_instance_ssl_config.orders"), r.all());
        assertEquals(0, modifyCalls());
    }
}
