package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviour tests for language constructs that no other test owns (LanguageRuleTest maps every
 * supported construct to one): descriptions, locals, count and for_each on data sources,
 * depends_on on outputs and data sources, and a sensitive output staying hidden when it goes away.
 */
class LanguageConstructsTest extends InProcessAcceptance {

    static final String ID = "mssql-lang0001";

    @Override
    List<String> instances() {
        return List.of(ID);
    }

    @Test
    void descriptions_are_documentation_only_and_must_be_strings() throws Exception {
        write("""
                variable "mode" {
                  description = "SSL mode"
                  default     = "enable"
                }
                output "mode" {
                  description = "the mode"
                  value       = var.mode
                }
                """);
        EngineCliRunner.Result ok = run("plan");
        assertEquals(0, ok.code(), ok.all());
        assertTrue(ok.out().contains("+ mode = \"enable\""), ok.out());
        write("variable \"mode\" {\n  description = [1]\n}\n");
        EngineCliRunner.Result bad = run("validate");
        assertEquals(1, bad.code(), bad.all());
        assertTrue(bad.all().contains("description"), bad.all());
    }

    @Test
    void locals_count_and_for_each_expand_resources_and_data_sources() throws Exception {
        write("""
                locals {
                  ids = ["%s"]
                }
                data "tencentcloud_sqlserver_instances" "each" {
                  for_each     = toset(local.ids)
                  instance_ids = [each.key]
                  depends_on   = [%s.counted]
                }
                data "tencentcloud_sqlserver_instances" "counted" {
                  count        = length(local.ids)
                  instance_ids = [local.ids[count.index]]
                }
                resource "%s" "counted" {
                  count       = length(data.tencentcloud_sqlserver_instances.counted)
                  instance_id = data.tencentcloud_sqlserver_instances.counted[count.index].ids[0]
                  encryption  = "enable"
                }
                output "names" {
                  value      = [for k, d in data.tencentcloud_sqlserver_instances.each : d.ids[0]]
                  depends_on = [%s.counted]
                }
                """.formatted(ID, TYPE, TYPE, TYPE));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("data.tencentcloud_sqlserver_instances.each[\"" + ID + "\"]: Reading..."), plan.out());
        assertTrue(plan.out().contains("data.tencentcloud_sqlserver_instances.counted[0]: Reading..."), plan.out());
        assertTrue(plan.out().contains("# " + TYPE + ".counted[0] will be created"), plan.out());
        assertTrue(plan.out().contains("+ names = [\"" + ID + "\"]"), plan.out());
    }

    @Test
    void output_depends_on_must_name_declared_resources() throws Exception {
        write("output \"x\" {\n  value      = 1\n  depends_on = [" + TYPE + ".nope]\n}\n");
        EngineCliRunner.Result v = run("validate");
        assertEquals(1, v.code(), v.all());
        assertTrue(v.words().contains("depends_on of output.x refers to \"" + TYPE + ".nope\""), v.all());
    }

    @Test
    void a_sensitive_output_is_hidden_in_plan_apply_and_destroy() throws Exception {
        write("""
                variable "token" {
                  default = "s3cr3t-value"
                }
                output "token" {
                  value     = var.token
                  sensitive = true
                }
                """);
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertFalse(apply.all().contains("s3cr3t-value"), apply.all());
        assertTrue(apply.out().contains("token = <sensitive>"), apply.out());
        for (String[] args : new String[][] {{"plan", "-destroy"}, {"destroy", "-auto-approve"}}) {
            EngineCliRunner.Result r = run(args);
            assertEquals(0, r.code(), r.all());
            assertFalse(r.all().contains("s3cr3t-value"), String.join(" ", args) + ": " + r.all());
            assertTrue(r.out().contains("- token = (sensitive value) -> null"), r.out());
        }
    }
}
