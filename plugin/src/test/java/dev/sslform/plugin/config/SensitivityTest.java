package dev.sslform.plugin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sensitivity masks, path by path, from the two evaluations (see {@link Sensitivity}). */
class SensitivityTest {
    @TempDir
    Path dir;

    private Evaluation evaluate(String main, Diagnostics diags) throws Exception {
        Files.writeString(dir.resolve("main.tf"), main);
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir));
        assertFalse(r.diagnostics().hasErrors(), r.diagnostics().toString());
        return r.configuration().evaluator().evaluate(Map.of(), diags);
    }

    @Test
    void masks_follow_each_path_through_objects_lists_and_functions() throws Exception {
        Diagnostics diags = new Diagnostics();
        Evaluation e = evaluate("""
                variable "token" {
                  type      = string
                  default   = "t"
                  sensitive = true
                }
                output "obj" {
                  value     = { secret = var.token, plain = "p", nested = { deep = upper(var.token), shallow = 1 } }
                  sensitive = true
                }
                output "list" {
                  value     = ["a", "${var.token}-x", "c"]
                  sensitive = true
                }
                output "plain" {
                  value = { secret = var.token, plain = "p" }.plain
                }
                """, diags);
        assertFalse(diags.hasErrors(), diags.toString());
        assertEquals(Map.of("secret", true, "nested", Map.of("deep", true)), e.sensitive().outputs().get("obj"));
        assertEquals(List.of(false, true, false), e.sensitive().outputs().get("list"));
        assertEquals(false, e.sensitive().outputs().get("plain"));
        assertTrue(e.sensitive().output("obj"));
        assertFalse(e.sensitive().output("plain"));
    }

    @Test
    void nothing_is_computed_without_sensitive_variables() throws Exception {
        Evaluation e = evaluate("""
                variable "token" {
                  default = "t"
                }
                output "o" {
                  value = var.token
                }
                """, new Diagnostics());
        assertTrue(e.sensitive().outputs().isEmpty());
    }
}
