package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform-style acceptance steps against mockcloud started in-process, driven through the CLI
 * with captured output. Time moves only through the mock's manual clock: the CLI's clock is the
 * mock's, and its sleeper advances the mock's clock.
 */
class AcceptanceTest {

    static final String ADDR = "tencentcloud_sqlserver_db_instance_ssl_config.orders";
    static final String ID = "mssql-acc00001";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() {
        // 2026-12-01 17:05 in Asia/Shanghai, a Tuesday.
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    void config(String extra) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
                  instance_id = "%s"
                  %s
                }
                """.formatted(mock.endpointUrl(), ID, extra));
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    @Test
    void apply_then_empty_plan_then_import_matches_then_update_then_destroy() throws Exception {
        mock.createInstance(ID, "03:00");
        config("encryption = \"enable\"");

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains(ADDR + ": Creating... [id=" + ID + "]"), apply.out());
        assertTrue(apply.out().contains(ADDR + ": Creating... [10s elapsed]"), apply.out());
        assertTrue(apply.out().contains("Apply complete! Resources: 1 added, 0 changed, 0 destroyed."), apply.out());

        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("No changes."), plan.out());

        EngineCliRunner.Result imported = run("import", "-state=imported.tfstate", ADDR, ID);
        assertEquals(0, imported.code(), imported.all());
        assertTrue(imported.out().contains("Import successful!"));
        assertEquals(run("state", "show", ADDR).out(), run("state", "show", "-state=imported.tfstate", ADDR).out());
        assertEquals(0, run("plan", "-detailed-exitcode", "-state=imported.tfstate").code());

        config("encryption = \"disable\"");
        EngineCliRunner.Result planUpdate = run("plan", "-detailed-exitcode");
        assertEquals(2, planUpdate.code(), planUpdate.all());
        assertTrue(planUpdate.out().contains("~ encryption          = \"enable\" -> \"disable\""), planUpdate.out());
        EngineCliRunner.Result update = run("apply", "-auto-approve");
        assertEquals(0, update.code(), update.all());
        assertTrue(update.out().contains(ADDR + ": Modifying... [id=" + ID + "]"), update.out());
        assertTrue(update.out().contains("Apply complete! Resources: 0 added, 1 changed, 0 destroyed."), update.out());
        assertTrue(mock.get("/_mock/instances/" + ID).contains("\"disable\""));

        EngineCliRunner.Result destroy = run("destroy", "-auto-approve");
        assertEquals(0, destroy.code(), destroy.all());
        assertTrue(destroy.out().contains("Destroy complete! Resources: 1 destroyed."), destroy.out());
        assertEquals("", run("state", "list").out());
    }

    @Test
    void wait_switch_1_is_pending_until_the_window_then_converged() throws Exception {
        mock.createInstance(ID, "22:00");
        config("encryption = \"enable\"\n  wait_switch = 1");

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("waits for the maintenance window opening 2026-12-01 22:00:00 +08:00 (2026-12-01 14:00:00 UTC)"),
                apply.out());
        assertTrue(run("state", "show", ADDR).out().contains("operation = \"enable\""));

        EngineCliRunner.Result pending = run("plan", "-detailed-exitcode");
        assertEquals(0, pending.code(), pending.all());
        assertTrue(pending.out().contains("Pending operations"), pending.out());
        assertTrue(pending.out().contains("enable (flow "), pending.out());

        mock.set("2026-12-01T22:15:00+08:00");
        EngineCliRunner.Result converged = run("plan", "-detailed-exitcode");
        assertEquals(0, converged.code(), converged.all());
        assertFalse(converged.out().contains("Pending operations"), converged.out());
        assertFalse(converged.out().contains("Objects have changed outside"), converged.out());
        assertEquals(0, run("apply", "-auto-approve").code());
        assertTrue(run("state", "show", ADDR).out().contains("pending             = null"));
    }

    @Test
    void a_certificate_near_expiry_is_renewed_when_renew_before_days_says_so() throws Exception {
        mock.createInstance(ID, "03:00");
        config("encryption = \"enable\"");
        assertEquals(0, run("apply", "-auto-approve").code());
        String before = run("state", "show", ADDR).out();

        // 4 days and 23 hours before expiry, whatever second the first apply ended on
        mock.advance(Duration.ofDays(360).plusHours(1));
        EngineCliRunner.Result warn = run("plan", "-detailed-exitcode");
        assertEquals(0, warn.code(), warn.all());
        assertTrue(warn.out().contains("Warning: Certificate expires soon"), warn.out());

        config("encryption = \"enable\"\n  renew_before_days = 30");
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains("(renew: certificate expires in 4 days ("), plan.out());
        EngineCliRunner.Result renew = run("apply", "-auto-approve");
        assertEquals(0, renew.code(), renew.all());
        assertTrue(renew.out().contains("0 added, 1 changed"), renew.out());
        String after = run("state", "show", ADDR).out();
        assertFalse(before.equals(after));
        assertTrue(after.contains("ssl_validity_period = \"2028-11-"), after);
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void a_failed_flow_is_an_error_at_once_naming_instance_and_flow() throws Exception {
        mock.createInstance(ID, "03:00");
        boolean[] once = {true};
        mock.server().lifecycle().setFaults((app, id) -> {
            boolean fail = once[0];
            once[0] = false;
            return fail;
        });
        config("encryption = \"enable\"");
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("Error: Flow failed"), apply.err());
        assertTrue(apply.err().contains("with " + ADDR), apply.err());
        assertTrue(apply.err().matches("(?s).*flow \\d+ on instance " + ID + " failed.*"), apply.err());
        assertFalse(apply.out().contains("[60s elapsed]"), "failed at once, not after a timeout: " + apply.out());
    }

    @Test
    void apply_against_a_pending_opposite_waits_for_it_and_times_out_naming_the_state_it_was_stuck_in() throws Exception {
        mock.createInstance(ID, "22:00");
        config("encryption = \"enable\"\n  wait_switch = 1");
        assertEquals(0, run("apply", "-auto-approve").code());

        config("encryption = \"disable\"\n  wait_switch = 1\n  timeouts {\n    update = \"10m\"\n  }");
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains("apply must first wait for the pending enable (flow "), plan.out());

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.out().contains("waiting for the pending enable (flow "), apply.out());
        assertTrue(apply.err().contains("Error: Timed out"), apply.err());
        assertTrue(apply.err().contains("timed out after 600s"), apply.err());
        assertTrue(apply.err().contains("SSL state was \"wait_doing\""), apply.err());
        assertTrue(run("state", "show", ADDR).out().contains("operation = \"enable\""), "the pending operation stays in state");
    }

    @Test
    void maintenance_window_is_created_read_back_imported_and_updated() throws Exception {
        mock.createInstance(ID, "03:00");
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_maintenance_window" "w" {
                  instance_id = "%s"
                  weekly      = [7, 6]
                  start_time  = "02:00"
                  span        = 3
                }
                """.formatted(mock.endpointUrl(), ID));
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(0, run("plan", "-detailed-exitcode").code());
        String show = run("state", "show", "tencentcloud_sqlserver_maintenance_window.w").out();
        assertTrue(show.contains("weekly      = [6, 7]"), show);
        assertTrue(show.contains("start_time  = \"02:00\""), show);
        assertEquals(0, run("import", "-state=imported.tfstate", "tencentcloud_sqlserver_maintenance_window.w", ID).code());
        assertEquals(show, run("state", "show", "-state=imported.tfstate", "tencentcloud_sqlserver_maintenance_window.w").out());
    }

    @Test
    void a_window_and_an_ssl_change_for_the_window_in_one_apply_set_the_window_first() throws Exception {
        mock.createInstance(ID, "03:00");
        // ssl_config sorts before maintenance_window: address order alone would send SSL first
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_maintenance_window" "w" {
                  instance_id = "%s"
                  weekly      = [1, 2, 3, 4, 5, 6, 7]
                  start_time  = "22:00"
                  span        = 1
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                  wait_switch = 1
                }
                """.formatted(mock.endpointUrl(), ID, ID));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        // 2026-12-01 is a Tuesday; it is 17:05 in Shanghai: the new window opens tonight at 22:00
        assertTrue(apply.out().contains("waits for the maintenance window opening 2026-12-01 22:00:00 +08:00"), apply.out());
        assertTrue(apply.out().indexOf("maintenance_window.w: Creation complete") < apply.out().indexOf(ADDR + ": Creating..."),
                apply.out());
        assertTrue(run("state", "show", ADDR).out().contains("next_window_start = \"2026-12-01T14:00:00Z\""));
    }
}
