package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show -json FILE (a plan saved with plan -out) in Terraform's JSON plan format, checked against its documented structure. */
class PlanJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
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

    void config(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                %s
                """.formatted(mock.endpointUrl(), body));
    }

    @Test
    void the_json_plan_has_terraforms_documented_structure_with_our_extras_under_sslform() throws Exception {
        for (String id : List.of("mssql-json0001", "mssql-json0002", "mssql-json0003")) {
            mock.createInstance(id, "03:00");
        }
        config("""
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "old" {
                  instance_id = "mssql-json0003"
                  encryption  = "enable"
                }
                """);
        assertEquals(0, run("apply", "-auto-approve").code());
        config("""
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset(["mssql-json0001", "mssql-json0002"])
                  instance_id = each.value
                  encryption  = "enable"
                }
                output "count" {
                  value = 2
                }
                """);

        Instant planned = mock.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        EngineCliRunner.Result plan = run("plan", "-out=tf.plan");
        assertEquals(0, plan.code(), plan.all());
        mock.advance(java.time.Duration.ofMinutes(5)); // show -json FILE gives the plan's time, not the time of showing
        EngineCliRunner.Result show = run("show", "-json", "tf.plan");
        assertEquals(0, show.code(), show.all());
        JsonNode ours = JSON.readTree(show.out());
        assertEquals(planned.toString(), ours.path("timestamp").asText(), "when the plan was made, as Terraform 1.5+ writes it");

        JsonNode skeleton = JSON.readTree(getClass().getResourceAsStream("/json-plan/terraform-plan-skeleton.json"));
        List<String> problems = new ArrayList<>();
        conforms(skeleton, ours, "$", problems);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\n" + ours.toPrettyString());
        }

        JsonNode create = find(ours.path("resource_changes"), "tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"mssql-json0001\"]");
        assertEquals("[\"create\"]", create.path("change").path("actions").toString());
        assertEquals("mssql-json0001", create.path("index").asText());
        assertEquals("fleet", create.path("name").asText());
        assertEquals("managed", create.path("mode").asText());
        assertEquals("registry.terraform.io/tencentcloudstack/tencentcloud", create.path("provider_name").asText());
        assertTrue(create.path("change").path("after_unknown").path("ssl_validity_period").asBoolean());
        assertFalse(create.path("change").path("after").has("ssl_validity_period"));
        assertTrue(create.path("sslform").has("pending_operation"));
        assertTrue(create.path("sslform").path("certificate").has("expires_at"));

        JsonNode gone = find(ours.path("resource_changes"), "tencentcloud_sqlserver_db_instance_ssl_config.old");
        assertEquals("[\"delete\"]", gone.path("change").path("actions").toString());
        assertEquals("delete_because_no_resource_config", gone.path("action_reason").asText());
        assertFalse(gone.has("index"));
        JsonNode priorOld = ours.path("prior_state").path("values").path("root_module").path("resources").get(0);
        assertEquals("enable", priorOld.path("values").path("encryption").asText());
        assertTrue(priorOld.path("values").path("ssl_validity_period").asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));

        assertEquals(2, ours.path("output_changes").path("count").path("after").asInt());
        assertEquals("[\"create\"]", ours.path("output_changes").path("count").path("actions").toString());
        assertEquals(2, ours.path("planned_values").path("outputs").path("count").path("value").asInt());
    }

    @Test
    void a_configuration_of_only_variables_locals_and_outputs_plans_saves_shows_and_applies() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                variable "env" {
                  default = "prod"
                }
                locals {
                  name = "sql-${var.env}"
                }
                output "name" {
                  value = local.name
                }
                output "tags" {
                  value = { env = var.env, ssl = true }
                }
                """);

        EngineCliRunner.Result plan = run("plan", "-out=tf.plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains("Changes to Outputs:"), plan.out());
        assertTrue(plan.out().contains("+ name = \"sql-prod\""), plan.out());

        JsonNode shown = JSON.readTree(run("show", "-json", "tf.plan").out());
        assertEquals("sql-prod", shown.path("output_changes").path("name").path("after").asText());
        assertEquals("prod", shown.path("output_changes").path("tags").path("after").path("env").asText());
        assertTrue(shown.path("resource_changes").isArray() && shown.path("resource_changes").isEmpty());

        EngineCliRunner.Result apply = run("apply", "tf.plan");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 0 added, 0 changed, 0 destroyed."), apply.out());
        assertTrue(apply.out().contains("name = \"sql-prod\""), apply.out());
        JsonNode state = JSON.readTree(run("show", "-json").out());
        assertEquals("sql-prod", state.path("values").path("outputs").path("name").path("value").asText());
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    static JsonNode find(JsonNode changes, String address) {
        for (JsonNode c : changes) {
            if (c.path("address").asText().equals(address)) {
                return c;
            }
        }
        throw new AssertionError("no change for " + address + " in " + changes);
    }

    /** Every key of the skeleton is in ours with the same JSON type; "?key" may be absent; arrays check each element. */
    static void conforms(JsonNode skel, JsonNode ours, String path, List<String> problems) {
        if (skel == null || skel.isNull()) {
            return;
        }
        if (skel.isObject()) {
            if (!ours.isObject()) {
                problems.add(path + ": expected an object, got " + ours.getNodeType());
                return;
            }
            skel.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("_")) {
                    return;
                }
                boolean optional = e.getKey().startsWith("?");
                String key = optional ? e.getKey().substring(1) : e.getKey();
                if (!ours.has(key)) {
                    if (!optional) {
                        problems.add(path + "." + key + ": missing");
                    }
                    return;
                }
                conforms(e.getValue(), ours.get(key), path + "." + key, problems);
            });
        } else if (skel.isArray()) {
            if (!ours.isArray()) {
                problems.add(path + ": expected an array, got " + ours.getNodeType());
                return;
            }
            if (!skel.isEmpty()) {
                for (int i = 0; i < ours.size(); i++) {
                    conforms(skel.get(0), ours.get(i), path + "[" + i + "]", problems);
                }
            }
        } else if (skel.getNodeType() != ours.getNodeType()) {
            problems.add(path + ": expected " + skel.getNodeType() + ", got " + ours.getNodeType());
        }
    }
}
