package dev.sslform.plugin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEvaluatorTest {
    @TempDir
    Path dir;

    private static final String DATA_DRIVEN = """
            data "tencentcloud_sqlserver_instances" "prod" {
              zone = "ap-guangzhou-3"
            }
            resource "tencentcloud_sqlserver_db_instance_ssl_config" "all" {
              for_each    = toset(data.tencentcloud_sqlserver_instances.prod.ids)
              instance_id = each.key
              encryption  = "enable"
            }
            resource "tencentcloud_sqlserver_maintenance_window" "w" {
              count       = 2
              instance_id = "mssql-${count.index}"
              weekly      = [1, 7]
              start_time  = "03:00"
              span        = 2
            }
            output "window_ids" {
              value = tencentcloud_sqlserver_maintenance_window.w[*].instance_id
            }
            """;

    private Configuration load(String main) {
        ConfigFixture.write(dir, "main.tf", main);
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
        return r.configuration();
    }

    @Test
    void for_each_over_an_unread_data_source_stays_deferred_then_expands_when_known() {
        Configuration cfg = load(DATA_DRIVEN);
        Diagnostics d = new Diagnostics();
        Evaluation first = cfg.evaluator().evaluate(Map.of(), d);
        assertTrue(d.isEmpty(), d::toString);
        assertFalse(first.fullyExpanded());
        Expansion deferred = first.expansions().get(new Address(ResourceMode.MANAGED, "tencentcloud_sqlserver_db_instance_ssl_config", "all"));
        assertFalse(deferred.known());
        assertEquals("tencentcloud_sqlserver_db_instance_ssl_config.all[*]", deferred.instances().get(0).address().toString());
        assertInstanceOf(UnknownValue.class, deferred.instances().get(0).values().attributes().get("instance_id"));
        assertEquals(ListValue.of(Value.of("mssql-0"), Value.of("mssql-1")), first.outputs().get("window_ids"));

        Value read = new ObjectValue(Map.of("ids", ListValue.of(Value.of("mssql-x"), Value.of("mssql-y")),
                "zone", Value.of("ap-guangzhou-3")));
        Evaluation full = cfg.evaluator().evaluate(Map.of("data.tencentcloud_sqlserver_instances.prod", read), d);
        assertTrue(d.isEmpty(), d::toString);
        assertTrue(full.fullyExpanded());
        assertEquals(List.of("tencentcloud_sqlserver_db_instance_ssl_config.all[\"mssql-x\"]",
                        "tencentcloud_sqlserver_db_instance_ssl_config.all[\"mssql-y\"]",
                        "tencentcloud_sqlserver_maintenance_window.w[0]", "tencentcloud_sqlserver_maintenance_window.w[1]"),
                full.instances(ResourceMode.MANAGED).stream().map(i -> i.address().toString()).toList());
    }

    @Test
    void references_to_computed_attributes_are_unknown() {
        Configuration cfg = load("""
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
                  instance_id = "mssql-1"
                  encryption  = "enable"
                }
                output "validity" {
                  value = tencentcloud_sqlserver_db_instance_ssl_config.a.ssl_validity_period
                }
                output "id" {
                  value = tencentcloud_sqlserver_db_instance_ssl_config.a.instance_id
                }
                """);
        Evaluation e = cfg.evaluator().evaluate(Map.of(), new Diagnostics());
        assertInstanceOf(UnknownValue.class, e.outputs().get("validity"));
        assertEquals(Value.of("mssql-1"), e.outputs().get("id"));
    }

    @Test
    void every_schema_error_is_reported_with_a_helpful_detail() {
        ConfigFixture.write(dir, "main.tf", """
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
                  instance_id  = "mssql-1"
                  encrytion    = "enable"
                  wait_switch  = "soon"
                  ssl_validity = 1
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "b" {
                  instance_id = var.nope
                  encryption  = "on"
                }
                resource "tencentcloud_sqlserver_maintenance_window" "w" {
                  instance_id = "mssql-1"
                  weekly      = [0, 8]
                  start_time  = "25:00"
                  span        = 30
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_cofig" "c" {
                }
                """);
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir));
        Diagnostics d = r.diagnostics();
        r.configuration().evaluator().evaluate(Map.of(), d);
        List<String> got = d.asList().stream().map(x -> x.summary() + " | " + x.detail()).toList();
        List<String> want = List.of(
                "Invalid resource type | The provider tencentcloud does not support resource type \"tencentcloud_sqlserver_db_instance_ssl_cofig\". Did you mean \"tencentcloud_sqlserver_db_instance_ssl_config\"? Supported: tencentcloud_sqlserver_db_instance_ssl_config, tencentcloud_sqlserver_maintenance_window.",
                "Unsupported argument | An argument named \"encrytion\" is not expected here. Did you mean \"encryption\"?",
                "Value for unconfigurable attribute | Can't configure a value for \"ssl_validity\": its value will be decided automatically based on the result of applying this configuration.",
                "Missing required argument | The argument \"encryption\" is required, but no definition was found.",
                "Incorrect attribute value type | Inappropriate value for attribute \"wait_switch\": expected number, got string \"soon\" (a number is required, but have \"soon\").",
                "Reference to undeclared input variable | An input variable named \"nope\" has not been declared.",
                "Invalid value for \"encryption\" | The value of \"encryption\" must be one of \"enable\", \"disable\"; got \"on\".",
                "Invalid value for \"weekly\" | The value of \"weekly\" each element must be between 1 and 7; got 0.",
                "Invalid value for \"start_time\" | The value of \"start_time\" must be a time of day as HH:mm; got \"25:00\".",
                "Invalid value for \"span\" | The value of \"span\" must be between 1 and 24; got 30.");
        assertEquals(want, got);
        assertTrue(d.asList().stream().allMatch(Diagnostic::isError));
    }

    @Test
    void a_duplicate_resource_across_files_names_both_places() {
        String block = "resource \"tencentcloud_sqlserver_db_instance_ssl_config\" \"a\" {\n  instance_id = \"x\"\n  encryption = \"enable\"\n}\n";
        ConfigFixture.write(dir, "a.tf", block);
        ConfigFixture.write(dir, "b.tf.json", "{\"resource\": {\"tencentcloud_sqlserver_db_instance_ssl_config\": {\"a\": {\"instance_id\": \"x\", \"encryption\": \"enable\"}}}}");
        Diagnostics d = ConfigFixture.load(LoadRequest.directory(dir)).diagnostics();
        assertEquals(1, d.size(), d::toString);
        Diagnostic dup = d.asList().get(0);
        assertEquals("Duplicate resource \"tencentcloud_sqlserver_db_instance_ssl_config\" configuration", dup.summary());
        assertTrue(dup.detail().contains("already declared at a.tf:1,1"), dup.detail());
        assertEquals("b.tf.json", dup.subject().filename());
    }

    @Test
    void variables_come_from_defaults_files_environment_and_flags_in_terraform_order() {
        ConfigFixture.write(dir, "main.tf", """
                variable "a" { default = "default" }
                variable "b" { default = "default" }
                variable "c" { default = "default" }
                variable "d" { default = "default" }
                variable "e" { default = "default" }
                variable "n" { type = number }
                variable "l" { type = list(string) }
                """);
        ConfigFixture.write(dir, "terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\n");
        ConfigFixture.write(dir, "x.auto.tfvars.json", "{\"c\": \"auto\", \"d\": \"auto\", \"e\": \"auto\"}");
        ConfigFixture.write(dir, "flags.tfvars", "d = \"var-file\"\n");
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir)
                .withEnv(Map.of("TF_VAR_a", "env", "TF_VAR_b", "env", "TF_VAR_n", "42"))
                .withVars(List.of(new VarSource.File(dir.resolve("flags.tfvars")), new VarSource.Flag("e=flag"),
                        new VarSource.Flag("l=[\"x\", \"y\"]"))));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
        Map<String, Value> v = r.configuration().variableValues();
        assertEquals(Value.of("env"), v.get("a"));
        assertEquals(Value.of("tfvars"), v.get("b"));
        assertEquals(Value.of("auto"), v.get("c"));
        assertEquals(Value.of("var-file"), v.get("d"));
        assertEquals(Value.of("flag"), v.get("e"));
        assertEquals(Value.of(42), v.get("n"));
        assertEquals(ListValue.of(Value.of("x"), Value.of("y")), v.get("l"));
    }

    @Test
    void a_missing_required_variable_is_an_error_except_in_validate() {
        ConfigFixture.write(dir, "main.tf", "variable \"region\" {\n  type = string\n}\n");
        Diagnostics d = ConfigFixture.load(LoadRequest.directory(dir)).diagnostics();
        assertEquals("No value for required variable", d.asList().get(0).summary());
        LoadResult v = ConfigFixture.load(LoadRequest.directory(dir).forValidate());
        assertTrue(v.diagnostics().isEmpty());
        assertInstanceOf(UnknownValue.class, v.configuration().variableValues().get("region"));
    }

    @Test
    void variable_validation_rules_report_their_message() {
        Configuration cfg = load("""
                variable "days" {
                  type    = number
                  default = -1
                  validation {
                    condition     = var.days >= 0
                    error_message = "days must not be negative"
                  }
                }
                """);
        Diagnostics d = new Diagnostics();
        cfg.evaluator().evaluate(Map.of(), d);
        assertEquals("Invalid value for variable", d.asList().get(0).summary());
        assertTrue(d.asList().get(0).detail().startsWith("days must not be negative"));
    }

    @Test
    void a_cycle_between_locals_is_an_error_not_a_stack_overflow() {
        Configuration cfg = load("locals {\n  a = local.b\n  b = local.a\n}\n");
        Diagnostics d = new Diagnostics();
        cfg.evaluator().evaluate(Map.of(), d);
        assertEquals("Cycle in references", d.asList().get(0).summary());
    }

    @Test
    void depends_on_must_name_declared_things() {
        Configuration cfg = load("""
                resource "tencentcloud_sqlserver_maintenance_window" "w" {
                  instance_id = "mssql-1"
                  weekly      = [1]
                  start_time  = "03:00"
                  span        = 1
                  depends_on  = [tencentcloud_sqlserver_db_instance_ssl_config.nope, data.tencentcloud_sqlserver_instances.all]
                }
                data "tencentcloud_sqlserver_instances" "all" {
                }
                """);
        Diagnostics d = new Diagnostics();
        cfg.evaluator().evaluate(Map.of(), d);
        assertEquals(List.of("Reference to undeclared resource"),
                d.asList().stream().map(Diagnostic::summary).toList(), d::toString);
    }
}
