package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples as their READMEs tell a reader to, against mockcloud started in-process from
 * the example's own seed file, so the examples and their READMEs stay true. The CLI runs on the
 * mock's manual clock and its sleeper advances that clock, so waiting costs no real time.
 */
class ExamplesIT {

    /** Tuesday 2026-12-01 17:05 in Asia/Shanghai: inside the demo seed's daily 17:00-18:00 window. */
    static final Instant START = Instant.parse("2026-12-01T09:05:00Z");
    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    MockCloudHarness mock;
    EngineCliRunner cli;
    String example;

    void start(String name, Path seed) {
        example = name;
        mock = new MockCloudHarness(START, seed);
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
    }

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.close();
        }
    }

    /** {@code sslform -chdir=examples/NAME CMD -var endpoint=… -state=TMP ARGS…}; validate gets no -state. */
    EngineCliRunner.Result run(String command, String... args) {
        List<String> full = new ArrayList<>(List.of("-chdir=" + EXAMPLES.resolve(example), command));
        if (!command.equals("validate") && !command.equals("state")) {
            full.add("-var");
            full.add("endpoint=" + mock.endpointUrl());
        }
        if (!command.equals("validate")) {
            full.add("-state=" + tmp.resolve(example + ".tfstate"));
        }
        full.addAll(List.of(args));
        return cli.run(full.toArray(String[]::new));
    }

    static void expect(EngineCliRunner.Result r, int code, String... lines) {
        assertEquals(code, r.code(), r.all());
        for (String line : lines) {
            assertTrue(r.all().contains(line), "expected \"" + line + "\" in:\n" + r.all());
        }
    }

    String ssl(String id) {
        Matcher m = Pattern.compile("\"Encryption\":\"([a-z_]+)\"").matcher(mock.get("/_mock/instances/" + id));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void basic_enables_ssl_in_the_window_and_plans_show_it_pending_then_done() {
        start("basic", EXAMPLES.resolve("demo/seed.yaml"));
        expect(run("validate"), 0, "Success! The configuration is valid.");
        expect(run("plan"), 0, "+ encryption          = \"enable\"", "Plan: 1 to add, 0 to change, 0 to destroy.");
        expect(run("apply", "-auto-approve"), 0,
                "enable (flow 1, requested 2026-12-01T09:05:00Z) waits for the maintenance window opening 2026-12-01 17:00:00 +08:00",
                "Apply complete! Resources: 1 added, 0 changed, 0 destroyed.");
        assertEquals("wait_doing", ssl("mssql-demo0001"));

        expect(run("plan", "-detailed-exitcode"), 0, "Pending operations", "No changes.");

        mock.set("2026-12-01T17:10:20+08:00"); // the 17:10 check starts it; the task takes 20 s
        assertEquals("enable", ssl("mssql-demo0001"));
        EngineCliRunner.Result done = run("plan", "-detailed-exitcode");
        expect(done, 0, "No changes.");
        assertFalse(done.out().contains("Pending operations"), done.out());
        assertTrue(mock.get("/_mock/instances/mssql-demo0001/ssl/ca.zip").startsWith("PK"), "the CA bundle is a zip");
    }

    @Test
    void maintenance_window_moves_the_window_and_the_ssl_change_waits_for_it() {
        start("maintenance-window", EXAMPLES.resolve("maintenance-window/seed/instances.yaml"));
        expect(run("validate"), 0, "Success! The configuration is valid.");
        expect(run("plan"), 0, "+ weekly      = [6, 7]", "+ wait_switch         = 1", "Plan: 2 to add, 0 to change, 0 to destroy.");
        expect(run("apply", "-auto-approve"), 0, "Apply complete! Resources: 2 added, 0 changed, 0 destroyed.");
        assertTrue(mock.get("/_mock/instances/mssql-window01").contains("\"Maintenance\":{\"Weekly\":[6,7],\"StartTime\":\"03:00\",\"Span\":2}"));
        assertEquals("wait_doing", ssl("mssql-window01"));

        // Saturday 2026-12-05 03:00 China time is the first opening of the new window.
        expect(run("plan", "-detailed-exitcode"), 0,
                "waits for the maintenance window opening 2026-12-05 03:00:00 +08:00 (2026-12-04 19:00:00 UTC)", "No changes.");

        mock.set("2026-12-05T02:59:00+08:00");
        assertEquals("wait_doing", ssl("mssql-window01"));
        mock.set("2026-12-05T03:00:20+08:00");
        assertEquals("enable", ssl("mssql-window01"));
        EngineCliRunner.Result done = run("plan", "-detailed-exitcode");
        expect(done, 0, "No changes.");
        assertFalse(done.out().contains("Pending operations"), done.out());
    }

    @Test
    void modules_calls_the_local_module_once_per_primary_with_module_addresses() throws Exception {
        start("modules", EXAMPLES.resolve("fleet/seed/instances.yaml"));
        expect(run("validate"), 0, "Success! The configuration is valid.");
        String one = "module.ssl[\"mssql-prod0001\"].tencentcloud_sqlserver_db_instance_ssl_config.this";
        EngineCliRunner.Result plan = run("plan");
        expect(plan, 0, "# " + one + " will be created", "Plan: 3 to add, 0 to change, 0 to destroy.");
        assertFalse(plan.out().contains("mssql-stag0001"), "staging is not matched by prod-");
        expect(run("apply", "-auto-approve"), 0, "Apply complete! Resources: 3 added, 0 changed, 0 destroyed.", "certificates = {");
        for (String id : List.of("mssql-prod0001", "mssql-prod0002", "mssql-prod0003")) {
            assertEquals("enable", ssl(id), id);
        }
        String state = java.nio.file.Files.readString(tmp.resolve("modules.tfstate"));
        assertTrue(state.contains("\"module\" : \"module.ssl[\\\"mssql-prod0001\\\"]\""), state);
        expect(run("plan", "-detailed-exitcode"), 0, "No changes.");
    }

    @Test
    void fleet_enables_every_matching_primary_and_renews_them_30_days_before_expiry() {
        start("fleet", EXAMPLES.resolve("fleet/seed/instances.yaml"));
        expect(run("validate"), 0, "Success! The configuration is valid.");
        EngineCliRunner.Result plan = run("plan");
        expect(plan, 0, "fleet[\"mssql-prod0001\"] will be created", "fleet[\"mssql-prod0002\"] will be created",
                "fleet[\"mssql-prod0003\"] will be created", "Plan: 3 to add, 0 to change, 0 to destroy.");
        assertFalse(plan.out().contains("mssql-stag0001"), "staging is not matched by prod-");
        assertFalse(plan.out().contains("mssqlro-"), "replicas are filtered out by instance_type = HA");

        expect(run("apply", "-auto-approve"), 0, "Apply complete! Resources: 3 added, 0 changed, 0 destroyed.");
        for (String id : List.of("mssql-prod0001", "mssql-prod0002", "mssql-prod0003")) {
            assertEquals("enable", ssl(id), id);
        }
        assertEquals("disable", ssl("mssql-stag0001"));
        expect(run("plan", "-detailed-exitcode"), 0, "No changes.");

        mock.advance(Duration.ofDays(340)); // the one-year certificates now expire in about 24 days
        EngineCliRunner.Result renew = run("plan", "-detailed-exitcode");
        expect(renew, 2, "(renew: certificate expires in 24 days (", "Plan: 0 to add, 3 to change, 0 to destroy.");
        expect(run("apply", "-auto-approve"), 0, "Apply complete! Resources: 0 added, 3 changed, 0 destroyed.");
        expect(run("plan", "-detailed-exitcode"), 0, "No changes.");
        assertTrue(mock.get("/_mock/instances/mssql-prod0001").contains("\"SSLValidityPeriod\":\"2028-11-"),
                mock.get("/_mock/instances/mssql-prod0001"));
    }

    @Test
    void multi_region_enables_ssl_in_two_regions_with_two_accounts_keys() {
        start("multi-region", EXAMPLES.resolve("multi-region/seed/instances.yaml"));
        expect(run("validate"), 0, "Success! The configuration is valid.");
        String[] keys = {"-var", "sh_secret_id=AKIDteamb", "-var", "sh_secret_key=team-b-secret"};
        expect(run("plan", keys), 0, "tencentcloud_sqlserver_db_instance_ssl_config.guangzhou will be created",
                "tencentcloud_sqlserver_db_instance_ssl_config.shanghai[\"mssql-sh000001\"] will be created",
                "Plan: 2 to add, 0 to change, 0 to destroy.");
        expect(run("apply", concat(keys, "-auto-approve")), 0, "Apply complete! Resources: 2 added, 0 changed, 0 destroyed.");
        assertEquals("enable", ssl("mssql-gz000001"));
        assertEquals("enable", ssl("mssql-sh000001"));
        String journal = mock.get("/_mock/requests?action=ModifyDBInstanceSSL&instanceId=mssql-sh000001");
        assertTrue(journal.contains("\"SecretId\":\"AKIDteamb\"") && journal.contains("\"region\":\"ap-shanghai\""), journal);
        expect(run("plan", concat(keys, "-detailed-exitcode")), 0, "No changes.");
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
