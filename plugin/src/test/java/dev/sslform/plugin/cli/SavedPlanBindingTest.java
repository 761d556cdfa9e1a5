package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved plan is bound to what it was made with: its provider settings (not today's variables,
 * variable files or TF_VAR_ environment), its exact bytes (checksum), and only the instances its
 * refresh read.
 */
class SavedPlanBindingTest {

    static final String A = "mssql-bound001";
    static final String B = "mssql-bound002";
    /** An endpoint nothing listens on: a run that used it would fail. */
    static final String ELSEWHERE = "http://127.0.0.1:9";

    @TempDir
    Path dir;

    MockCloudHarness mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        mock.createInstance(A, "03:00");
        mock.createInstance(B, "03:00");
        Files.writeString(dir.resolve("main.tf"), """
                variable "endpoint" {
                  type = string
                }

                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = var.endpoint
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
                  instance_id = "%s"
                  encryption  = "enable"
                }
                """.formatted(A));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner.Result run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY));
        env.putAll(extraEnv);
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return new EngineCliRunner(env, mock.clock(), mock.sleeper()).run(full);
    }

    int modifies() {
        String journal = mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000");
        return journal.split("\"ModifyDBInstanceSSL\"", -1).length - 1;
    }

    @Test
    void variables_given_at_apply_of_a_saved_plan_are_refused() throws Exception {
        assertEquals(0, run(Map.of(), "plan", "-var", "endpoint=" + mock.endpointUrl(), "-out=tf.plan").code());

        EngineCliRunner.Result apply = run(Map.of(), "apply", "-var", "endpoint=" + ELSEWHERE, "tf.plan");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("Error: Can't set variables when applying a saved plan"), apply.err());

        Files.writeString(dir.resolve("other.tfvars"), "endpoint = \"" + ELSEWHERE + "\"\n");
        EngineCliRunner.Result withFile = run(Map.of(), "apply", "-var-file=other.tfvars", "tf.plan");
        assertEquals(1, withFile.code(), withFile.all());
        assertTrue(withFile.err().contains("Error: Can't set variables when applying a saved plan"), withFile.err());
        assertEquals(0, modifies());
    }

    @Test
    void changed_variable_files_and_environment_do_not_change_where_a_saved_plan_runs() throws Exception {
        Files.writeString(dir.resolve("terraform.tfvars"), "endpoint = \"" + mock.endpointUrl() + "\"\n");
        assertEquals(0, run(Map.of(), "plan", "-out=tf.plan").code());
        // Between plan and apply the variable file and the environment point elsewhere.
        Files.writeString(dir.resolve("terraform.tfvars"), "endpoint = \"" + ELSEWHERE + "\"\n");
        Files.writeString(dir.resolve("x.auto.tfvars"), "endpoint = \"" + ELSEWHERE + "\"\n");

        EngineCliRunner.Result apply = run(Map.of("TF_VAR_endpoint", ELSEWHERE), "apply", "tf.plan");

        assertEquals(0, apply.code(), apply.all());
        assertEquals(1, modifies(), "the reviewed plan ran against the endpoint it was made with");
        assertTrue(Files.readString(dir.resolve("tf.plan")).contains(mock.endpointUrl()), "the plan file records the endpoint");
    }

    @Test
    void a_plan_file_with_changed_bytes_is_refused() throws Exception {
        assertEquals(0, run(Map.of(), "plan", "-var", "endpoint=" + mock.endpointUrl(), "-out=tf.plan").code());
        Path f = dir.resolve("tf.plan");
        String text = Files.readString(f);
        assertTrue(text.contains("\"checksum\" : \"sha256:"), text);
        Files.writeString(f, text.replace("\"encryption\" : \"enable\"", "\"encryption\" : \"disable\""));

        EngineCliRunner.Result apply = run(Map.of(), "apply", "tf.plan");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.words().contains("was changed after it was written: its checksum does not match its content"), apply.err());
        assertEquals(0, modifies());

        Files.writeString(f, text.substring(0, text.indexOf(",\n  \"checksum\"")) + "\n}\n");
        EngineCliRunner.Result cut = run(Map.of(), "apply", "tf.plan");
        assertEquals(1, cut.code(), cut.all());
        assertTrue(cut.err().contains("has no checksum"), cut.err());
    }

    @Test
    void a_change_to_an_instance_the_plan_never_read_is_refused_even_with_a_valid_checksum() throws Exception {
        assertEquals(0, run(Map.of(), "plan", "-var", "endpoint=" + mock.endpointUrl(), "-out=tf.plan").code());
        Path f = dir.resolve("tf.plan");
        String text = Files.readString(f);
        String body = text.substring(0, text.indexOf(",\n  \"checksum\"")) + "\n}";
        // Someone edits the change's instance_id and recomputes the checksum.
        int changes = body.indexOf("\"changes\"");
        String edited = body.substring(0, changes) + body.substring(changes).replaceFirst("\"instance_id\" : \"" + A + "\"",
                "\"instance_id\" : \"" + B + "\"");
        Files.writeString(f, SavedPlan.withChecksum(edited));

        EngineCliRunner.Result apply = run(Map.of(), "apply", "tf.plan");

        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains(B + ": the plan changes it, but the plan's refresh never read it"), apply.err());
        assertEquals(0, modifies());
        assertFalse(mock.get("/_mock/instances/" + B).contains("\"enable\""));
    }
}
