package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics about resources inside local modules point where Terraform points: {@code with} the
 * module instance's resource address, {@code on} the child module's file (relative to the root
 * directory, {@code modules/ssl/main.tf}) at the resource's block or the failed condition, with the
 * snippet cut from that file, in the terminal and under {@code -json}.
 */
class ModuleDiagnosticsAcceptanceTest extends InProcessAcceptance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "mssql-mdia0001";
    private static final String B = "mssql-mdib0002";
    private static final String MODULE_B = "module.ssl[\"" + B + "\"]." + TYPE + ".this";

    @Override
    List<String> instances() {
        return List.of(A, B);
    }

    private void module(String text) throws Exception {
        Files.createDirectories(dir.resolve("modules/ssl"));
        Files.writeString(dir.resolve("modules/ssl/main.tf"), text);
    }

    /** A root calling modules/ssl once per instance. */
    private void forEachRoot() throws Exception {
        write("""
                module "ssl" {
                  source      = "./modules/ssl"
                  for_each    = toset(["%s", "%s"])
                  instance_id = each.key
                }
                """.formatted(A, B));
    }

    /** The diagnostic messages of a -json run. */
    private static List<JsonNode> diagnostics(EngineCliRunner.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            JsonNode n = JSON.readTree(l);
            if (n.path("type").asText().equals("diagnostic")) {
                out.add(n.path("diagnostic"));
            }
        }
        return out;
    }

    /** The ModifyDBInstanceSSL calls in the request journal that name the instance {@code id}. */
    private long modifies(String id) throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000"));
        List<JsonNode> calls = new ArrayList<>();
        (all.isArray() ? all : all.path("requests")).forEach(calls::add);
        return calls.stream().filter(c -> c.toString().contains("\"" + id + "\"")).count();
    }

    @Test
    void an_api_error_for_a_resource_in_a_module_shows_the_block_in_the_child_modules_file() throws Exception {
        module("""
                variable "instance_id" {
                  type = string
                }

                resource "%s" "this" {
                  instance_id = var.instance_id
                  encryption  = "enable"
                }
                """.formatted(TYPE));
        forEachRoot();
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"instanceId\":\"" + B
                + "\",\"error\":{\"code\":\"InvalidParameter\",\"message\":\"injected\"}}");

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("""

                  with %s,
                  on modules/ssl/main.tf line 5, in resource "%s" "this":
                   5: resource "%s" "this" {
                """.formatted(MODULE_B, TYPE, TYPE)), apply.err());
        assertTrue(apply.err().contains("InvalidParameter"), apply.err());
        assertEquals(1, modifies(A), "the other module instance is applied");

        EngineCliRunner.Result json = run("apply", "-auto-approve", "-json");
        assertEquals(1, json.code(), json.all());
        JsonNode d = diagnostics(json).stream().filter(n -> n.path("severity").asText().equals("error")).findFirst().orElseThrow();
        assertEquals(MODULE_B, d.path("address").asText(), d.toString());
        assertEquals("modules/ssl/main.tf", d.path("range").path("filename").asText(), d.toString());
        assertEquals(5, d.path("range").path("start").path("line").asInt(), d.toString());
        assertEquals("resource \"" + TYPE + "\" \"this\"", d.path("snippet").path("context").asText(), d.toString());
        assertEquals("resource \"" + TYPE + "\" \"this\" {", d.path("snippet").path("code").asText(), d.toString());
        assertEquals(5, d.path("snippet").path("start_line").asInt(), d.toString());
        assertTrue(d.path("detail").asText().contains("InvalidParameter"), d.toString());
    }

    @Test
    void a_failed_precondition_in_a_module_points_at_the_condition_in_the_child_modules_file() throws Exception {
        module("""
                variable "instance_id" {
                  type = string
                }

                resource "%s" "this" {
                  instance_id = var.instance_id
                  encryption  = "enable"
                  lifecycle {
                    precondition {
                      condition     = var.instance_id != "%s"
                      error_message = "That instance is off limits."
                    }
                  }
                }
                """.formatted(TYPE, B));
        forEachRoot();

        EngineCliRunner.Result plan = run("plan");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.err().contains("""

                Error: Resource precondition failed

                  with %s,
                  on modules/ssl/main.tf line 10, in resource "%s" "this":
                  10:       condition     = var.instance_id != "%s"
                    ├────────────────
                    │ var.instance_id is "%s"

                That instance is off limits.
                """.formatted(MODULE_B, TYPE, B, B)), plan.err());

        EngineCliRunner.Result json = run("plan", "-json");
        assertEquals(1, json.code(), json.all());
        JsonNode d = diagnostics(json).get(0);
        assertEquals(MODULE_B, d.path("address").asText(), d.toString());
        assertEquals("modules/ssl/main.tf", d.path("range").path("filename").asText(), d.toString());
        assertEquals(10, d.path("range").path("start").path("line").asInt(), d.toString());
        assertEquals("resource \"" + TYPE + "\" \"this\"", d.path("snippet").path("context").asText(), d.toString());
        assertEquals("var.instance_id", d.path("snippet").path("values").get(0).path("traversal").asText(), d.toString());
        assertEquals(0, modifies(A) + modifies(B), "a failed plan changes nothing");
    }

    @Test
    void prevent_destroy_in_a_module_shows_the_protected_block_in_the_child_modules_file() throws Exception {
        module("""
                variable "instance_id" {
                  type = string
                }

                resource "%s" "this" {
                  instance_id = var.instance_id
                  encryption  = "enable"
                  lifecycle {
                    prevent_destroy = true
                  }
                }
                """.formatted(TYPE));
        forEachRoot();
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());

        EngineCliRunner.Result destroy = run("destroy", "-auto-approve");
        assertEquals(1, destroy.code(), destroy.all());
        assertTrue(destroy.err().contains("""
                Error: Instance cannot be destroyed

                  with %s,
                  on modules/ssl/main.tf line 5, in resource "%s" "this":
                   5: resource "%s" "this" {
                """.formatted(MODULE_B, TYPE, TYPE)), destroy.err());
        assertEquals(1, modifies(A), "the apply's enable only: destroy changed nothing");
        assertEquals(1, modifies(B), "the apply's enable only: destroy changed nothing");
    }
}
