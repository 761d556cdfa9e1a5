package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 9: every error, whichever part of sslform raises it (the provider's API, the state
 * lock, the command line, a plan file, the configuration, a condition), comes out in Terraform's
 * one diagnostic style on stderr, and as a {@code diagnostic} message with the same summary,
 * detail, range and snippet under {@code -json}.
 */
class DiagnosticsAcceptanceTest extends InProcessAcceptance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "mssql-diag0001";

    @Override
    List<String> instances() {
        return List.of(ID);
    }

    private void orders(String encryption) throws Exception {
        write("""
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = "%s"
                }
                """.formatted(TYPE, ID, encryption));
    }

    /** The diagnostic messages of a -json run (after its version message). */
    private static List<JsonNode> diagnostics(EngineCliRunner.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        String[] lines = r.out().split("\n");
        assertEquals("version", JSON.readTree(lines[0]).path("type").asText(), r.out());
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            if (n.path("type").asText().equals("diagnostic")) {
                out.add(n.path("diagnostic"));
            }
        }
        return out;
    }

    private int modifyCalls() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000&action=ModifyDBInstanceSSL"));
        return (all.isArray() ? all : all.path("requests")).size();
    }

    @Test
    void an_api_error_on_apply_names_the_resource_and_shows_its_block() throws Exception {
        orders("enable");
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"error\":{\"code\":\"InvalidParameter\",\"message\":\"injected\"}}");
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("""

                  with %s,
                  on main.tf line 6, in resource "%s" "orders":
                   6: resource "%s" "orders" {
                """.formatted(ADDR, TYPE, TYPE)), apply.err());
        assertTrue(apply.err().startsWith("\nError: "), apply.err());
        assertTrue(apply.err().contains("InvalidParameter"), apply.err());

        EngineCliRunner.Result json = run("apply", "-auto-approve", "-json");
        assertEquals(1, json.code(), json.all());
        JsonNode d = diagnostics(json).get(0);
        assertEquals("error", d.path("severity").asText());
        assertEquals(ADDR, d.path("address").asText());
        assertEquals("main.tf", d.path("range").path("filename").asText());
        assertEquals(6, d.path("range").path("start").path("line").asInt());
        assertEquals("resource \"" + TYPE + "\" \"orders\"", d.path("snippet").path("context").asText());
        assertEquals("resource \"" + TYPE + "\" \"orders\" {", d.path("snippet").path("code").asText());
        assertTrue(d.path("detail").asText().contains("InvalidParameter"), d.toString());
        assertEquals("", json.err(), "with -json everything is on stdout");
    }

    @Test
    void a_held_state_lock_is_terraforms_lock_error() throws Exception {
        orders("enable");
        try (Lock held = new LocalStateBackend(dir.resolve("sslform.tfstate")).lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            EngineCliRunner.Result plan = run("plan");
            assertEquals(1, plan.code(), plan.all());
            assertTrue(plan.err().startsWith("\nError: Error acquiring the state lock\n\nError message: "), plan.err());
            assertTrue(plan.err().contains("OperationTypeApply"), plan.err());

            EngineCliRunner.Result json = run("plan", "-json");
            assertEquals(1, json.code(), json.all());
            JsonNode d = diagnostics(json).get(0);
            assertEquals("Error acquiring the state lock", d.path("summary").asText());
            assertTrue(d.path("detail").asText().startsWith("Error message: "), d.toString());
            assertFalse(d.has("range"), "a lock error has no place in the configuration");
        }
        assertEquals(0, modifyCalls());
    }

    @Test
    void a_bad_flag_is_a_diagnostic_then_how_to_get_help() throws Exception {
        orders("enable");
        EngineCliRunner.Result plan = run("plan", "-bogus");
        assertEquals(1, plan.code(), plan.all());
        assertEquals("""

                Error: Failed to parse command-line flags

                Unknown option: '-bogus'

                For more help on using this command, run:
                  sslform plan -help
                """, plan.err());

        EngineCliRunner.Result json = run("plan", "-json", "-bogus");
        assertEquals(1, json.code(), json.all());
        JsonNode d = diagnostics(json).get(0);
        assertEquals("Failed to parse command-line flags", d.path("summary").asText());
        assertEquals("Unknown option: '-bogus'", d.path("detail").asText());

        EngineCliRunner.Result validate = run("validate", "-json", "-bogus");
        JsonNode doc = JSON.readTree(validate.out());
        assertFalse(doc.path("valid").asBoolean());
        assertEquals("Failed to parse command-line flags", doc.path("diagnostics").get(0).path("summary").asText());
    }

    @Test
    void an_invalid_plan_file_is_a_diagnostic_and_changes_nothing() throws Exception {
        orders("enable");
        Files.writeString(dir.resolve("garbage.plan"), "not a plan");
        EngineCliRunner.Result apply = run("apply", "garbage.plan");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().startsWith("\nError: Failed to load the saved plan\n\n"), apply.err());

        EngineCliRunner.Result json = run("apply", "-json", "garbage.plan");
        assertEquals(1, json.code(), json.all());
        assertEquals("Failed to load the saved plan", diagnostics(json).get(0).path("summary").asText());
        assertEquals(0, modifyCalls());
    }

    @Test
    void a_configuration_error_shows_file_line_block_and_source_line() throws Exception {
        write("""
                resource "%s" "orders" {
                  instance_id = "%s"
                  encrytion   = "enable"
                }
                """.formatted(TYPE, ID));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.err().startsWith("""

                Error: Unsupported argument

                  on main.tf line 8, in resource "%s" "orders":
                   8:   encrytion   = "enable"

                An argument named "encrytion" is not expected here. Did you mean
                "encryption"?

                Error: Missing required argument
                """.formatted(TYPE)), plan.err());

        EngineCliRunner.Result json = run("plan", "-json");
        JsonNode d = diagnostics(json).get(0);
        assertEquals("Unsupported argument", d.path("summary").asText());
        assertEquals(8, d.path("range").path("start").path("line").asInt());
        assertEquals("resource \"" + TYPE + "\" \"orders\"", d.path("snippet").path("context").asText());
        assertEquals("  encrytion   = \"enable\"", d.path("snippet").path("code").asText());
        assertEquals(2, d.path("snippet").path("highlight_start_offset").asInt());
        assertEquals(11, d.path("snippet").path("highlight_end_offset").asInt());
        assertEquals(0, modifyCalls());
    }

    @Test
    void a_failed_precondition_points_at_its_condition_with_the_values_it_saw() throws Exception {
        write("""
                variable "mode" {
                  default = "disable"
                }
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = var.mode
                  lifecycle {
                    precondition {
                      condition     = var.mode == "enable"
                      error_message = "Orders must be encrypted."
                    }
                  }
                }
                """.formatted(TYPE, ID));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.err().contains("""

                Error: Resource precondition failed

                  with %s,
                  on main.tf line 14, in resource "%s" "orders":
                  14:       condition     = var.mode == "enable"
                    ├────────────────
                    │ var.mode is "disable"

                Orders must be encrypted.
                """.formatted(ADDR, TYPE)), plan.err());

        EngineCliRunner.Result json = run("plan", "-json");
        JsonNode values = diagnostics(json).get(0).path("snippet").path("values");
        assertEquals("var.mode", values.get(0).path("traversal").asText(), values.toString());
        assertEquals("is \"disable\"", values.get(0).path("statement").asText());
        assertEquals(0, modifyCalls());
    }

    @Test
    void a_failed_variable_validation_shows_the_value_it_saw() throws Exception {
        write("""
                variable "days" {
                  type = number
                  validation {
                    condition     = var.days > 7
                    error_message = "Renew at least a week ahead."
                  }
                }
                resource "%s" "orders" {
                  instance_id       = "%s"
                  encryption        = "enable"
                  renew_before_days = var.days
                }
                """.formatted(TYPE, ID));
        EngineCliRunner.Result plan = run("plan", "-var", "days=3");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.err().contains("""
                  on main.tf line 9, in variable "days":
                   9:     condition     = var.days > 7
                    ├────────────────
                    │ var.days is 3

                Renew at least a week ahead.
                """), plan.err());
    }

    @Test
    void on_a_terminal_the_diagnostic_is_framed_and_coloured() throws Exception {
        write("""
                resource "%s" "orders" {
                  instance_id = "%s"
                  encrytion   = "enable"
                }
                """.formatted(TYPE, ID));
        cli.interactive = true;
        EngineCliRunner.Result plan = run("plan");
        assertEquals(1, plan.code(), plan.all());
        String red = "\u001b[31m";
        String reset = "\u001b[0m";
        assertTrue(plan.err().startsWith(red + "╷" + reset + "\n" + red + "│" + reset + " \u001b[1m\u001b[31mError: " + reset), plan.err());
        assertTrue(plan.err().contains("   8:   \u001b[4mencrytion" + reset + "   = \"enable\"\n"), plan.err());
        assertTrue(plan.err().endsWith(red + "╵" + reset + "\n"), plan.err());

        EngineCliRunner.Result plain = run("plan", "-no-color");
        assertFalse(plain.err().contains("\u001b["), plain.err());
    }
}
