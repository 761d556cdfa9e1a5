package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI job written for Terraform, with {@code terraform} replaced by {@code sslform} and nothing
 * else changed: HashiCorp's automation steps (init, validate, plan -input=false -out, show -json,
 * apply -input=false PLAN) as shell lines, each run through the real command line against
 * mockcloud, on the examples/basic configuration and the demo seed. (fmt -check joins when fmt
 * exists.)
 */
class TerraformPipelineTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path work;

    MockCloudHarness mock;
    Map<String, String> env = new HashMap<>();
    Map<String, String> files = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"), EXAMPLES.resolve("demo/seed.yaml"));
        Files.createDirectories(work.resolve("infra"));
        Files.copy(EXAMPLES.resolve("basic/main.tf"), work.resolve("infra/main.tf"));
        env.put("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID);
        env.put("TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY);
        env.put("TF_VAR_endpoint", mock.endpointUrl());
        env.put("TF_IN_AUTOMATION", "true");
        env.put("TF_INPUT", "0");
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    /**
     * Runs one shell line {@code sslform ARGS [> FILE]}: words split on blanks, quotes removed,
     * $DIR replaced; stdout redirected into {@link #files} when asked.
     */
    EngineCliRunner.Result sh(String line) {
        String[] words = line.replace("$DIR", work.resolve("infra").toString()).trim().split("\\s+");
        assertEquals("sslform", words[0], line);
        List<String> args = new ArrayList<>();
        String redirect = null;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(">")) {
                redirect = words[++i];
                break;
            }
            args.add(words[i].replace("\"", ""));
        }
        EngineCliRunner.Result r = new EngineCliRunner(env, mock.clock(), mock.sleeper()).run(args.toArray(String[]::new));
        if (redirect != null) {
            files.put(redirect, r.out());
        }
        return r;
    }

    void step(String line, int code) {
        EngineCliRunner.Result r = sh(line);
        assertEquals(code, r.code(), "$ " + line + "\n" + r.all());
    }

    /**
     * Every {@code bin/sslform} line of a CI recipe, in the recipe's order (test job, plan job,
     * apply job, drift check), made runnable here: the recipe's {@code $SSLFORM_DIR} is the copied
     * configuration, its runner's temporary directory is this test's, and shell around the command
     * ({@code code=0;}, {@code || code=$?}) is dropped. Each must exit 0, or 2 where the recipe
     * asks for {@code -detailed-exitcode} and accepts it. The test job runs against a mockcloud
     * of its own, as in the recipe; the plan, apply and drift jobs against another, standing in
     * for the real cloud.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void the_ci_recipes_sslform_steps_run_in_order_against_mockcloud(String recipe) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(EXAMPLES.resolve("ci").resolve(recipe))) {
            int at = raw.indexOf("bin/sslform ");
            if (at < 0 || raw.trim().startsWith("#")) {
                continue;
            }
            String line = raw.substring(at + "bin/".length()).replace(" || code=$?", "")
                    .replace("$SSLFORM_DIR", "$DIR").replace("$RUNNER_TEMP", work.toString()).replace("/tmp/mock.tfstate", work.resolve("mock.tfstate").toString());
            lines.add(line);
        }
        assertTrue(lines.size() >= 12, lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(" init -input=false")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(" fmt -check")), lines.toString());
        int inits = 0;
        for (String line : lines) {
            if (line.contains(" init ") && ++inits == 2) {
                mock.close(); // the test job is over: the later jobs talk to "the cloud"
                mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"), EXAMPLES.resolve("demo/seed.yaml"));
                env.put("TF_VAR_endpoint", mock.endpointUrl());
            }
            EngineCliRunner.Result r = sh(line.replace("> \"$DIR/", "> \"").replace("\"", ""));
            int allowed = line.contains("-detailed-exitcode") ? 2 : 0;
            assertTrue(r.code() == 0 || r.code() == allowed, "$ " + line + "\n" + r.all());
        }
        // The plan job's saved plan was applied by the apply job; the drift check found nothing.
        assertTrue(Files.readString(work.resolve("infra/sslform.tfstate")).contains("mssql-demo0001"));
        assertTrue(files.containsKey("plan.jsonl") && files.get("plan.jsonl").lines().allMatch(l -> l.startsWith("{")), files.toString());
    }

    @Test
    void hashicorps_automation_steps_run_unchanged() throws Exception {
        step("sslform -chdir=\"$DIR\" init -input=false", 0);
        step("sslform -chdir=\"$DIR\" validate -no-color", 0);
        step("sslform -chdir=\"$DIR\" fmt -check -recursive", 0);
        step("sslform -chdir=\"$DIR\" plan -input=false -no-color -lock-timeout=5m -detailed-exitcode -out=tfplan", 2);
        step("sslform -chdir=\"$DIR\" show -json tfplan > plan.json", 0);
        JsonNode plan = new ObjectMapper().readTree(files.get("plan.json"));
        assertEquals("create", plan.path("resource_changes").get(0).path("change").path("actions").get(0).asText(), files.get("plan.json"));
        step("sslform -chdir=\"$DIR\" apply -input=false -no-color tfplan", 0);
        step("sslform -chdir=\"$DIR\" output -json > outputs.json", 0);
        assertEquals("{}", files.get("outputs.json").trim());
        step("sslform -chdir=\"$DIR\" state list > state.txt", 0);
        assertEquals("tencentcloud_sqlserver_db_instance_ssl_config.orders\n", files.get("state.txt"));
        step("sslform -chdir=\"$DIR\" plan -input=false -detailed-exitcode", 0);
    }

    @Test
    void the_same_job_with_double_dash_flags_and_a_workspace_per_environment() throws Exception {
        step("sslform --chdir=$DIR init --input=false --upgrade", 0);
        step("sslform --chdir=$DIR workspace select -or-create staging", 0);
        step("sslform --chdir=$DIR plan --input=false --out=tfplan", 0);
        step("sslform --chdir=$DIR apply --input=false tfplan", 0);
        assertTrue(Files.readString(work.resolve("infra/terraform.tfstate.d/staging/sslform.tfstate")).contains("mssql-demo0001"));
        step("sslform --chdir=$DIR workspace show > ws.txt", 0);
        assertEquals("staging\n", files.get("ws.txt"));
        step("sslform --chdir=$DIR plan --input=false --detailed-exitcode", 0);
        step("sslform --chdir=$DIR workspace select default", 0);
        step("sslform --chdir=$DIR plan --input=false --detailed-exitcode", 2);
    }
}
