package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * import blocks as Terraform 1.7+ (issue 13, item 6) against in-process mockcloud: {@code for_each}
 * with {@code each.key}/{@code each.value} in {@code to}'s index and in {@code id}, an {@code id}
 * from variables, locals, functions and data sources, and Terraform's errors. Each test checks the
 * exit code, the message, state, and that no change action reached the API (the request journal).
 */
class ImportBlocksAcceptanceTest extends InProcessAcceptance {

    static final String ID1 = "mssql-imp00001";
    static final String ID2 = "mssql-imp00002";
    static final String ID3 = "mssql-imp00003";

    @Override
    List<String> instances() {
        return List.of(ID1, ID2, ID3);
    }

    /** Calls of the actions that change something remotely. */
    long writes() {
        long n = 0;
        for (String action : new String[] {"ModifyDBInstanceSSL", "ModifyMaintenanceSpan"}) {
            n += mock.get("/_mock/requests?action=" + action + "&limit=10000").split("\"" + action + "\"", -1).length - 1;
        }
        return n;
    }

    String stateList() {
        return run("state", "list").out();
    }

    String state() throws Exception {
        Path file = dir.resolve("sslform.tfstate");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static final String FLEET = """
            variable "dbs" {
              type    = map(string)
              default = { orders = "%s", billing = "%s", audit = "%s" }
            }
            resource "%s" "fleet" {
              for_each    = var.dbs
              instance_id = each.value
              encryption  = "disable"
            }
            """.formatted(ID1, ID2, ID3, TYPE);

    @Test
    void import_for_each_over_a_map_imports_every_instance_without_a_change_call() throws Exception {
        write(FLEET + """
                import {
                  for_each = var.dbs
                  to       = %s.fleet[each.key]
                  id       = each.value
                }
                """.formatted(TYPE));
        long writes = writes();
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains(TYPE + ".fleet[\"billing\"]: Preparing import... [id=" + ID2 + "]"), plan.out());
        assertTrue(plan.out().contains("  # " + TYPE + ".fleet[\"audit\"] will be imported"), plan.out());
        assertTrue(plan.out().contains("Plan: 3 to import, 0 to add, 0 to change, 0 to destroy."), plan.out());

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 3 imported, 0 added, 0 changed, 0 destroyed."), apply.out());
        assertEquals(writes, writes(), "imports that match the configuration call no change action");
        String list = stateList();
        for (String key : new String[] {"orders", "billing", "audit"}) {
            assertTrue(list.contains(TYPE + ".fleet[\"" + key + "\"]"), list);
        }
        String audit = run("state", "show", TYPE + ".fleet[\"audit\"]").out();
        assertTrue(audit.contains("\"" + ID3 + "\""), "each.value was the id of each.key's object: " + audit);
        EngineCliRunner.Result again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.code(), "imports already in state do nothing: " + again.all());
    }

    @Test
    void import_for_each_over_a_list_keys_count_instances_by_index_and_a_set_keys_by_element() throws Exception {
        write("""
                locals {
                  ids = ["%s", "%s"]
                }
                resource "%s" "counted" {
                  count       = length(local.ids)
                  instance_id = local.ids[count.index]
                  encryption  = "disable"
                }
                resource "%s" "byid" {
                  for_each    = toset(["%s"])
                  instance_id = each.key
                  encryption  = "disable"
                }
                import {
                  for_each = local.ids
                  to       = %s.counted[each.key]
                  id       = each.value
                }
                import {
                  for_each = toset(["%s"])
                  to       = %s.byid[each.value]
                  id       = each.key
                }
                """.formatted(ID1, ID2, TYPE, TYPE, ID3, TYPE, ID3, TYPE));
        long writes = writes();
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 3 imported, 0 added, 0 changed, 0 destroyed."), apply.out());
        String list = stateList();
        assertTrue(list.contains(TYPE + ".counted[0]") && list.contains(TYPE + ".counted[1]"), list);
        assertTrue(list.contains(TYPE + ".byid[\"" + ID3 + "\"]"), list);
        assertEquals(writes, writes());
    }

    @Test
    void the_json_syntax_writes_to_as_a_string_holding_the_index_expression() throws Exception {
        write(FLEET);
        Files.writeString(dir.resolve("imports.tf.json"), """
                {"import": [{"for_each": "${var.dbs}", "to": "%s.fleet[each.key]", "id": "${each.value}"}]}
                """.formatted(TYPE));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 3 imported, 0 added, 0 changed, 0 destroyed."), apply.out());
        assertTrue(stateList().contains(TYPE + ".fleet[\"orders\"]"), stateList());
        assertEquals(0, writes());
    }

    @Test
    void the_id_may_come_from_a_variable_a_local_with_a_function_and_a_data_source() throws Exception {
        write("""
                variable "first" {
                  type = string
                }
                locals {
                  third = upper("%s")
                }
                data "tencentcloud_sqlserver_instances" "second" {
                  instance_ids = ["%s"]
                }
                resource "%s" "a" {
                  instance_id = "%s"
                  encryption  = "disable"
                }
                resource "%s" "b" {
                  instance_id = "%s"
                  encryption  = "disable"
                }
                resource "%s" "c" {
                  instance_id = "%s"
                  encryption  = "disable"
                }
                import {
                  to = %s.a
                  id = var.first
                }
                import {
                  to = %s.b
                  id = data.tencentcloud_sqlserver_instances.second.ids[0]
                }
                import {
                  to = %s.c
                  id = "${lower(local.third)}"
                }
                """.formatted(ID3, ID2, TYPE, ID1, TYPE, ID2, TYPE, ID3, TYPE, TYPE, TYPE));
        long writes = writes();
        EngineCliRunner.Result plan = run("plan", "-var", "first=" + ID1);
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains(TYPE + ".a: Preparing import... [id=" + ID1 + "]"), plan.out());
        assertTrue(plan.out().contains(TYPE + ".b: Preparing import... [id=" + ID2 + "]"), plan.out());
        assertTrue(plan.out().contains(TYPE + ".c: Preparing import... [id=" + ID3 + "]"), plan.out());
        assertTrue(plan.out().indexOf("data.tencentcloud_sqlserver_instances.second: Reading...")
                < plan.out().indexOf(TYPE + ".b: Preparing import"), "the data source is read before the import needs it: " + plan.out());
        assertTrue(plan.out().contains("Plan: 3 to import, 0 to add, 0 to change, 0 to destroy."), plan.out());

        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-var", "first=" + ID1);
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 3 imported, 0 added, 0 changed, 0 destroyed."), apply.out());
        assertEquals(writes, writes());
        String b = run("state", "show", TYPE + ".b").out();
        assertTrue(b.contains("\"" + ID2 + "\""), b);
    }

    /** Writes {@code body} after FLEET, runs plan, and checks it fails with {@code summary} and {@code detail}, changing nothing. */
    private EngineCliRunner.Result refused(String body, String summary, String detail) throws Exception {
        write(FLEET + body);
        long writes = writes();
        String before = state();
        EngineCliRunner.Result r = run("plan");
        assertEquals(1, r.code(), body + "\n" + r.all());
        assertEquals(2, r.all().split("Error: " + java.util.regex.Pattern.quote(summary), -1).length, "shown once: " + body + "\n" + r.all());
        assertTrue(r.words().contains(detail), body + "\n" + r.all());
        assertFalse(r.out().contains("Preparing import"), r.out());
        assertFalse(r.out().contains("No changes."), "a plan that failed claims nothing: " + r.out());
        assertEquals(writes, writes());
        assertEquals(before, state(), "state untouched");
        return r;
    }

    @Test
    void an_id_unknown_at_plan_time_null_empty_or_referring_to_its_own_resource_is_an_error() throws Exception {
        refused("""
                resource "%s" "other" {
                  instance_id = "%s"
                  encryption  = "disable"
                }
                import {
                  to = %s.other
                  id = %s.fleet["orders"].ssl_validity
                }
                """.formatted(TYPE, ID1, TYPE, TYPE), "Invalid import id argument",
                "The import block \"id\" argument depends on resource attributes that cannot be determined until apply,"
                        + " so sslform cannot plan to import this resource.");
        refused("""
                variable "none" {
                  type    = string
                  default = null
                }
                import {
                  to = %s.fleet["orders"]
                  id = var.none
                }
                """.formatted(TYPE), "Invalid import id argument", "The import ID cannot be null.");
        EngineCliRunner.Result empty = refused("import {\n  to = " + TYPE + ".fleet[\"orders\"]\n  id = \"\"\n}\n",
                "Invalid import id argument", "The import ID value evaluates to an empty string, please provide a non-empty value.");
        assertEquals(1, run("validate").code(), "validate finds what does not depend on plan-time values: " + empty.all());
        refused("import {\n  to = " + TYPE + ".fleet[\"orders\"]\n  id = " + TYPE + ".fleet[\"billing\"].instance_id\n}\n",
                "Invalid import id argument", "The import ID cannot reference the resource being imported.");
        refused("import {\n  to = " + TYPE + ".fleet[\"orders\"]\n  id = each.value\n}\n",
                "Reference to \"each\" in context without for_each", "only when the \"for_each\" argument is set");
    }

    @Test
    void bad_for_each_values_and_to_expressions_are_errors() throws Exception {
        refused("""
                resource "%s" "other" {
                  instance_id = "%s"
                  encryption  = "disable"
                }
                import {
                  for_each = toset([%s.other.ssl_validity])
                  to       = %s.fleet[each.key]
                  id       = each.key
                }
                """.formatted(TYPE, ID1, TYPE, TYPE), "Invalid for_each argument",
                "The \"for_each\" expression includes values derived from other resource attributes that cannot be determined until apply");
        refused("import {\n  for_each = \"orders\"\n  to       = " + TYPE + ".fleet[each.key]\n  id       = each.key\n}\n",
                "Invalid for_each argument", "The \"for_each\" expression must be a collection.");
        refused("import {\n  to = " + TYPE + ".fleet[var.dbs]\n  id = \"" + ID1 + "\"\n}\n",
                "Invalid expression", "A single static variable reference is required");
        refused("import {\n  for_each = var.dbs\n  to       = " + TYPE + ".fleet[var.dbs[each.key]]\n  id       = each.value\n}\n",
                "Unknown variable", "Only \"each.key\" and \"each.value\" can be used in import address index expressions.");
        refused("import {\n  for_each = var.dbs\n  to       = " + TYPE + ".fleet[upper(each.key)]\n  id       = each.value\n}\n",
                "Function calls not allowed", "Functions may not be called here.");
        refused("import {\n  for_each = var.dbs\n  to       = " + TYPE + ".fleet[true]\n  id       = each.value\n}\n",
                "Invalid import 'to' expression", "its index must be a string or a whole number, not bool.");
        refused("import {\n  to = data.tencentcloud_sqlserver_instances.all\n  id = \"" + ID1 + "\"\n}\n",
                "Invalid import address", "Only managed resources can be imported.");
    }

    @Test
    void duplicate_targets_and_targets_the_configuration_does_not_declare_are_errors() throws Exception {
        // Two objects expanded to one address: Terraform would keep the last silently; refused.
        refused("""
                import {
                  for_each = { "%s" = "orders", "%s" = "orders" }
                  to       = %s.fleet[each.value]
                  id       = each.key
                }
                """.formatted(ID1, ID2, TYPE), "Duplicate import configuration for \"" + TYPE + ".fleet[\"orders\"]\"",
                "imports into \"" + TYPE + ".fleet[\"orders\"]\" more than once (ids \"" + ID1 + "\" and \"" + ID2 + "\")");
        // An expanded target equal to another block's.
        refused("""
                import {
                  for_each = var.dbs
                  to       = %s.fleet[each.key]
                  id       = each.value
                }
                import {
                  to = %s.fleet["audit"]
                  id = "%s"
                }
                """.formatted(TYPE, TYPE, ID3), "Duplicate import configuration for \"" + TYPE + ".fleet[\"audit\"]\"",
                "was already declared at main.tf:");
        // A resource block the configuration does not have.
        refused("import {\n  for_each = { a = \"" + ID1 + "\" }\n  to       = " + TYPE + ".nowhere[each.key]\n  id       = each.value\n}\n",
                "Configuration for import target does not exist", "The configuration for the given import target " + TYPE + ".nowhere[\"a\"]");
        // A key the resource's for_each does not produce: found once the object is read, and nothing is written.
        write(FLEET + "import {\n  for_each = toset([\"" + ID1 + "\"])\n  to       = " + TYPE + ".fleet[each.key]\n  id       = each.key\n}\n");
        EngineCliRunner.Result key = run("apply", "-auto-approve");
        assertEquals(1, key.code(), key.all());
        assertTrue(key.all().contains("Error: Configuration for import target does not exist"), key.all());
        assertTrue(key.all().contains(TYPE + ".fleet[\"" + ID1 + "\"]"), key.all());
        assertEquals("", state(), "nothing imported");
        assertEquals(0, writes());
    }
}
