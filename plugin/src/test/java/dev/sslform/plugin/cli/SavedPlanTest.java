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

/** plan -out FILE and apply FILE: exactly the saved plan, or a clear refusal when it no longer fits. */
class SavedPlanTest {

    static final String A = "mssql-saved001";
    static final String B = "mssql-saved002";

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

    void config(String... ids) throws Exception {
        StringBuilder sb = new StringBuilder("""
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                """.formatted(mock.endpointUrl()));
        for (String id : ids) {
            sb.append("""

                    resource "tencentcloud_sqlserver_db_instance_ssl_config" "%s" {
                      instance_id = "%s"
                      encryption  = "enable"
                    }
                    """.formatted(id.replace("-", "_"), id));
        }
        Files.writeString(dir.resolve("main.tf"), sb.toString());
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    @Test
    void a_saved_plan_is_applied_exactly_without_asking() throws Exception {
        config(A);
        EngineCliRunner.Result plan = run("plan", "-out=tf.plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("Saved the plan to: tf.plan"), plan.out());
        assertTrue(plan.out().contains("sslform apply \"tf.plan\""), plan.out());
        assertTrue(Files.readString(dir.resolve("tf.plan")).contains("\"format\" : \"sslform-plan\""));

        EngineCliRunner.Result apply = run("apply", "tf.plan");

        assertEquals(0, apply.code(), apply.all());
        assertFalse(apply.out().contains("Do you want to perform these actions?"), apply.out());
        assertTrue(apply.out().contains("Apply complete! Resources: 1 added, 0 changed, 0 destroyed."), apply.out());
        assertTrue(mock.get("/_mock/instances/" + A).contains("\"enable\""));
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void a_plan_whose_state_moved_on_is_stale() throws Exception {
        config(A);
        assertEquals(0, run("plan", "-out=tf.plan").code());
        assertEquals(0, run("apply", "-auto-approve").code());

        EngineCliRunner.Result apply = run("apply", "tf.plan");

        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("Error: Saved plan is stale"), apply.err());
        assertTrue(apply.words().contains("The state changed since this plan was made (lineage null serial 0, now lineage "), apply.err());
    }

    @Test
    void a_plan_whose_instance_changed_outside_is_refused_naming_the_instance_and_the_change() throws Exception {
        config(A, B);
        assertEquals(0, run("plan", "-out=tf.plan").code());
        // Someone else enables B meanwhile (another state, another pipeline).
        config(B);
        assertEquals(0, run("apply", "-auto-approve", "-state=other.tfstate").code());
        config(A, B);

        EngineCliRunner.Result apply = run("apply", "tf.plan");

        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("Error: Saved plan is stale"), apply.err());
        assertTrue(apply.err().contains("- " + B + ": encryption changed from \"disable\" to \"enable\""), apply.err());
        assertFalse(apply.err().contains(A + ":"), apply.err());
        assertTrue(mock.get("/_mock/instances/" + A).contains("\"disable\""), "nothing was applied");
    }

    @Test
    void a_plan_from_another_configuration_is_refused() throws Exception {
        config(A);
        assertEquals(0, run("plan", "-out=tf.plan").code());
        config(A, B);

        EngineCliRunner.Result apply = run("apply", "tf.plan");

        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("Error: Saved plan is for a different configuration"), apply.err());
    }

    @Test
    void a_newer_format_or_a_file_that_is_no_plan_is_refused_clearly() throws Exception {
        config(A);
        assertEquals(0, run("plan", "-out=tf.plan").code());
        Path f = dir.resolve("tf.plan");
        Files.writeString(f, Files.readString(f).replace("\"format_version\" : 2", "\"format_version\" : 7"));

        EngineCliRunner.Result newer = run("apply", "tf.plan");
        assertEquals(1, newer.code(), newer.all());
        assertTrue(newer.words().contains("has format version 7, newer than this sslform understands (2;"), newer.err());

        Files.writeString(dir.resolve("junk.plan"), "{\"hello\": 1}");
        EngineCliRunner.Result junk = run("apply", "junk.plan");
        assertEquals(1, junk.code(), junk.all());
        assertTrue(junk.words().contains("is not a saved sslform plan"), junk.err());

        EngineCliRunner.Result missing = run("apply", "nope.plan");
        assertEquals(1, missing.code(), missing.all());
        assertTrue(missing.err().contains("Plan file " + dir.resolve("nope.plan") + " does not exist."), missing.err());
    }
}
