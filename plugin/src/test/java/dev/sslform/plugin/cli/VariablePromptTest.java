package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A required variable without a value: asked for on a terminal, an error with -input=false or without one. */
class VariablePromptTest extends PipelineCliBase {

    @BeforeEach
    void variable() throws Exception {
        Files.writeString(dir.resolve("label.tf"), """
                variable "label" {
                  type        = string
                  description = "A label for the report"
                }
                output "label" {
                  value = var.label
                }
                """);
    }

    @Test
    void on_a_terminal_the_missing_variable_is_asked_for_as_terraform_does() {
        EngineCliRunner cli = cli();
        cli.interactive = true;
        cli.stdin = "nightly\n";
        EngineCliRunner.Result r = run(cli, "plan", "-no-color");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("var.label\n  A label for the report\n\n  Enter a value: \n"), r.out());
        assertTrue(r.out().contains("+ label = \"nightly\""), r.out());
    }

    @Test
    void with_input_false_a_missing_variable_is_an_error_without_asking() {
        EngineCliRunner cli = cli();
        cli.interactive = true;
        cli.stdin = "nightly\n";
        EngineCliRunner.Result r = run(cli, "plan", "-input=false");
        assertEquals(1, r.code(), r.all());
        assertFalse(r.out().contains("Enter a value"), r.out());
        assertTrue(r.err().contains("No value for required variable"), r.err());
    }

    @Test
    void without_a_terminal_a_missing_variable_is_an_error() {
        EngineCliRunner cli = cli();
        cli.stdin = "nightly\n";
        EngineCliRunner.Result r = run(cli, "plan");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("No value for required variable"), r.err());
    }
}
