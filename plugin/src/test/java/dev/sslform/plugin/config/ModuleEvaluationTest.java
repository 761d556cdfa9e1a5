package dev.sslform.plugin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a module call's arguments become the child's variables, and what the caller sees of its outputs. */
class ModuleEvaluationTest {

    @TempDir
    Path dir;

    static final String CHILD = """
            variable "nullable" {
              type    = string
              default = "d1"
            }

            variable "not_nullable" {
              type     = string
              default  = "d2"
              nullable = false
            }

            variable "number" {
              type = number
            }

            output "all" {
              value = {
                nullable     = var.nullable
                not_nullable = var.not_nullable
                number       = var.number
                workspace    = terraform.workspace
              }
            }
            """;

    private Evaluation evaluate(String root, Map<String, String> env) {
        ConfigFixture.write(dir, "main.tf", root);
        try {
            java.nio.file.Files.createDirectories(dir.resolve("m"));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        ConfigFixture.write(dir, "m/main.tf", CHILD);
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir).withEnv(env));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
        Diagnostics d = new Diagnostics();
        Evaluation e = r.configuration().evaluator().evaluate(Map.of(), d);
        assertTrue(d.isEmpty(), d::toString);
        return e;
    }

    @Test
    void null_stays_null_for_a_nullable_variable_takes_the_default_otherwise_and_arguments_convert_to_the_type() {
        Evaluation e = evaluate("""
                module "m" {
                  source       = "./m"
                  nullable     = null
                  not_nullable = null
                  number       = "42"
                }

                output "all" {
                  value = module.m.all
                }
                """, Map.of("TF_WORKSPACE", "staging"));
        ObjectValue all = (ObjectValue) e.outputs().get("all");
        assertInstanceOf(NullValue.class, all.attributes().get("nullable"));
        assertEquals(new StringValue("d2"), all.attributes().get("not_nullable"));
        assertEquals("42", ((dev.sslform.plugin.config.value.NumberValue) all.attributes().get("number")).text());
        assertEquals(new StringValue("staging"), all.attributes().get("workspace"), "terraform.workspace is the same in every module");
        Value child = e.moduleOutputs().get("module.m.output.all");
        assertEquals(all, child);
    }
}
