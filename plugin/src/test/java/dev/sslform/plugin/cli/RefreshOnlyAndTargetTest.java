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

/** plan/apply -refresh-only (drift only, accepted into state) and -target (restricted plans with Terraform's warnings). */
class RefreshOnlyAndTargetTest {

    static final String A = "mssql-tgt00001";
    static final String B = "mssql-tgt00002";
    static final String ADDR_A = "tencentcloud_sqlserver_db_instance_ssl_config.a";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
        mock.createInstance(A, "03:00");
        mock.createInstance(B, "03:00");
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    void config(String encA, boolean withB) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
                  instance_id = "%s"
                  encryption  = "%s"
                }
                """.formatted(mock.endpointUrl(), A, encA) + (withB ? """
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "b" {
                  instance_id = "%s"
                  encryption  = "enable"
                }
                """.formatted(B) : ""));
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    long modifyCalls() {
        return mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000").split("\"ModifyDBInstanceSSL\"", -1).length - 1;
    }

    @Test
    void refresh_only_shows_only_drift_and_apply_refresh_only_accepts_it_into_state() throws Exception {
        config("enable", false);
        assertEquals(0, run("apply", "-auto-approve").code());
        // Someone disables SSL on A outside this state.
        config("disable", false);
        assertEquals(0, run("apply", "-auto-approve", "-state=other.tfstate").code());
        config("enable", false);
        long writes = modifyCalls();

        EngineCliRunner.Result plan = run("plan", "-refresh-only", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains("# " + ADDR_A + " has changed"), plan.out());
        assertTrue(plan.out().contains("This is a refresh-only plan, so sslform will not take any actions to undo these."), plan.out());
        assertFalse(plan.out().contains("will be updated"), plan.out());

        EngineCliRunner.Result refuse = run("apply", "-refresh-only");
        assertEquals(1, refuse.code(), "asks before writing state, and stdin is no terminal");

        EngineCliRunner.Result apply = run("apply", "-refresh-only", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 0 added, 0 changed, 0 destroyed."), apply.out());
        assertTrue(run("state", "show", ADDR_A).out().contains("encryption          = \"disable\""), run("state", "show", ADDR_A).out());
        assertEquals(writes, modifyCalls(), "refresh-only never calls a write action");

        EngineCliRunner.Result again = run("plan", "-refresh-only", "-detailed-exitcode");
        assertEquals(0, again.code(), again.all());
        assertTrue(again.out().contains("No changes. Your infrastructure still matches the configuration."), again.out());
        // The normal plan now proposes to converge it back.
        assertEquals(2, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void target_restricts_plan_and_apply_with_terraforms_warnings() throws Exception {
        config("enable", true);

        EngineCliRunner.Result plan = run("plan", "-target=" + ADDR_A, "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains("Plan: 1 to add, 0 to change, 0 to destroy."), plan.out());
        assertTrue(plan.out().contains("Warning: Resource targeting is in effect"), plan.out());
        assertFalse(plan.out().contains(".b will be created"), plan.out());

        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-target", ADDR_A);
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 1 added, 0 changed, 0 destroyed."), apply.out());
        assertTrue(apply.out().contains("Warning: Applied changes may be incomplete"), apply.out());
        assertEquals(ADDR_A + "\n", run("state", "list").out());
        assertEquals(1, modifyCalls());
        assertTrue(mock.get("/_mock/instances/" + B).contains("\"disable\""));

        EngineCliRunner.Result rest = run("plan", "-detailed-exitcode");
        assertEquals(2, rest.code());
        assertTrue(rest.out().contains("Plan: 1 to add, 0 to change, 0 to destroy."), rest.out());
    }

    @Test
    void a_target_without_an_index_covers_every_instance_and_a_bad_address_is_refused() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset(["%s", "%s"])
                  instance_id = each.value
                  encryption  = "enable"
                }
                """.formatted(mock.endpointUrl(), A, B));
        EngineCliRunner.Result all = run("plan", "-target=tencentcloud_sqlserver_db_instance_ssl_config.fleet");
        assertTrue(all.out().contains("Plan: 2 to add, 0 to change, 0 to destroy."), all.out());
        EngineCliRunner.Result one = run("plan", "-target=tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"" + B + "\"]");
        assertTrue(one.out().contains("Plan: 1 to add, 0 to change, 0 to destroy."), one.out());
        assertTrue(one.out().contains("fleet[\"" + B + "\"] will be created"), one.out());

        EngineCliRunner.Result bad = run("plan", "-target=not an address[");
        assertEquals(1, bad.code(), bad.all());
        assertTrue(bad.err().contains("not an address["), bad.err());
    }
}
