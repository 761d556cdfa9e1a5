package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code sslform output} formatted as {@code terraform output}, through the real command line. */
class OutputCommandTest extends PipelineCliBase {

    @BeforeEach
    void outputs() throws Exception {
        Files.writeString(dir.resolve("outputs.tf"), """
                output "id" {
                  value = tencentcloud_sqlserver_db_instance_ssl_config.orders.instance_id
                }
                output "big" {
                  value = 12345678901234567890 + 1
                }
                output "ratio" {
                  value = 0.1
                }
                output "tags" {
                  value = ["a", "b"]
                }
                output "obj" {
                  value = { b = "x", a = true }
                }
                output "secret" {
                  value     = "hunter2"
                  sensitive = true
                }
                """);
    }

    @Test
    void all_outputs_as_terraform_prints_them_with_sensitive_hidden() {
        assertEquals(0, run("apply", "-auto-approve").code());
        EngineCliRunner.Result r = run("output");
        assertEquals(0, r.code(), r.all());
        assertEquals("""
                big = 12345678901234567891
                id = "mssql-pipe0001"
                obj = {
                  "a" = true
                  "b" = "x"
                }
                ratio = 0.1
                secret = <sensitive>
                tags = [
                  "a",
                  "b",
                ]
                """, r.out());
    }

    @Test
    void a_named_output_is_shown_even_when_sensitive() {
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals("\"hunter2\"\n", run("output", "secret").out());
        assertEquals("\"mssql-pipe0001\"\n", run("output", "id").out());
    }

    @Test
    void raw_prints_strings_and_numbers_as_they_are_without_a_newline() {
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals("mssql-pipe0001", run("output", "-raw", "id").out());
        assertEquals("12345678901234567891", run("output", "-raw", "big").out());
        EngineCliRunner.Result list = run("output", "-raw", "tags");
        assertEquals(1, list.code());
        assertTrue(list.err().contains("Unsupported value for raw output"), list.err());
        assertTrue(list.err().contains("output value \"tags\" is tuple"), list.err());
    }

    @Test
    void json_prints_sensitive_type_and_value_by_name_with_exact_numbers() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        EngineCliRunner.Result r = run("output", "-json");
        assertEquals(0, r.code(), r.all());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("12345678901234567891", j.path("big").path("value").bigIntegerValue().toString());
        assertTrue(r.out().contains("12345678901234567891"), r.out());
        assertEquals("number", j.path("big").path("type").asText());
        assertTrue(j.path("secret").path("sensitive").asBoolean());
        assertEquals("hunter2", j.path("secret").path("value").asText());
        assertEquals("[\"tuple\",[\"string\",\"string\"]]", j.path("tags").path("type").toString());
        assertEquals("[\"a\",\"b\"]\n", run("output", "-json", "tags").out());
        assertTrue(r.out().startsWith("{\n  \"big\": {\n    \"sensitive\": false,\n    \"type\": \"number\",\n"
                + "    \"value\": 12345678901234567891\n  },\n"), r.out());
        assertTrue(r.out().contains("\"type\": [\n      \"tuple\",\n      [\n        \"string\",\n"), r.out());
    }

    @Test
    void a_missing_output_is_an_error_and_no_outputs_a_warning() {
        EngineCliRunner.Result none = run("output");
        assertEquals(0, none.code());
        assertTrue(none.err().contains("Warning: No outputs found"), none.err());
        assertEquals("{}\n", run("output", "-json").out());
        EngineCliRunner.Result missing = run("output", "nope");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Output \"nope\" not found"), missing.err());
    }

    @Test
    void state_flag_reads_another_state_file() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        Files.move(dir.resolve("sslform.tfstate"), dir.resolve("elsewhere.tfstate"));
        assertEquals("mssql-pipe0001", run("output", "-raw", "-state=elsewhere.tfstate", "id").out());
        assertTrue(run("output").err().contains("No outputs found"));
    }
}
