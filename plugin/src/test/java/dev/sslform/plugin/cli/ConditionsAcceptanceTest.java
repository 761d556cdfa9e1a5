package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custom conditions and checks against in-process mockcloud through the CLI: preconditions and
 * postconditions (resources, data sources), output preconditions, check blocks, the plan JSON's
 * {@code checks}, and variable validation in plan and apply. Each asserts the exit code, the
 * error_message, and (through the request journal) whether anything was changed.
 */
class ConditionsAcceptanceTest extends InProcessAcceptance {

    static final String ID = "mssql-cond0001";

    @Override
    List<String> instances() {
        return List.of(ID);
    }

    /** The SSL resource with {@code inLifecycle} in its lifecycle block, plus {@code extra} top-level blocks. */
    void ssl(String inLifecycle, String extra) throws Exception {
        write("""
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                  lifecycle {
                    %s
                  }
                }
                %s
                """.formatted(TYPE, ID, inLifecycle, extra));
    }

    long calls(String action) {
        return mock.get("/_mock/requests?action=" + action + "&limit=10000").split("\"" + action + "\"", -1).length - 1;
    }

    @Test
    void a_failing_precondition_stops_plan_and_apply_with_its_error_message() throws Exception {
        ssl("""
                precondition {
                      condition     = length(var.owner) > 3
                      error_message = "The owner must be named, got \\"${var.owner}\\"."
                    }""", "variable \"owner\" {\n  default = \"x\"\n}\n");

        EngineCliRunner.Result plan = run("plan");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.all().contains("Error: Resource precondition failed"), plan.all());
        assertTrue(plan.all().contains("The owner must be named, got \"x\"."), plan.all());
        // Where it is, as Terraform shows it: the condition expression, and what its references held.
        assertTrue(plan.err().contains("  on main.tf line 11, in resource \"" + TYPE + "\" \"orders\":\n  11:       condition     = length(var.owner) > 3\n"
                + "    ├────────────────\n    │ var.owner is \"x\"\n"), plan.err());

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertEquals(0, calls("ModifyDBInstanceSSL"), "nothing was changed");

        assertEquals(0, run("plan", "-var", "owner=finance").code(), "a passing precondition plans");
    }

    @Test
    void a_postcondition_sees_self_after_planning() throws Exception {
        ssl("""
                postcondition {
                      condition     = self.encryption == "disable"
                      error_message = "SSL of ${self.instance_id} must stay off."
                    }""", "");
        EngineCliRunner.Result plan = run("apply", "-auto-approve");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.all().contains("Error: Resource postcondition failed"), plan.all());
        assertTrue(plan.all().contains("SSL of " + ID + " must stay off."), plan.all());
        assertEquals(0, calls("ModifyDBInstanceSSL"));

        ssl("""
                postcondition {
                      condition     = self.encryption == "enable"
                      error_message = "SSL must be on."
                    }""", "");
        EngineCliRunner.Result ok = run("apply", "-auto-approve");
        assertEquals(0, ok.code(), ok.all());
        assertEquals(1, calls("ModifyDBInstanceSSL"));
    }

    @Test
    void self_outside_a_postcondition_is_an_error() throws Exception {
        ssl("""
                precondition {
                      condition     = self.encryption == "enable"
                      error_message = "m"
                    }""", "");
        EngineCliRunner.Result v = run("plan");
        assertEquals(1, v.code(), v.all());
        assertTrue(v.all().contains("Invalid \"self\" reference"), v.all());
    }

    @Test
    void data_source_conditions_run_before_and_after_the_read() throws Exception {
        write("""
                data "tencentcloud_sqlserver_instances" "all" {
                  lifecycle {
                    postcondition {
                      condition     = length(self.ids) > 10
                      error_message = "Expected a fleet, found ${length(self.ids)} instance(s)."
                    }
                  }
                }
                """);
        EngineCliRunner.Result post = run("plan");
        assertEquals(1, post.code(), post.all());
        assertTrue(post.all().contains("Error: Resource postcondition failed"), post.all());
        assertTrue(post.all().contains("Expected a fleet, found 2 instance(s)."), "the primary and its replica: " + post.all());

        write("""
                data "tencentcloud_sqlserver_instances" "all" {
                  lifecycle {
                    precondition {
                      condition     = false
                      error_message = "Never read."
                    }
                  }
                }
                """);
        long reads = calls("DescribeDBInstances");
        EngineCliRunner.Result pre = run("plan");
        assertEquals(1, pre.code(), pre.all());
        assertTrue(pre.all().contains("Error: Resource precondition failed"), pre.all());
        assertTrue(pre.all().contains("Never read."), pre.all());
        assertFalse(pre.out().contains("Reading..."), pre.out());
        assertEquals(reads, calls("DescribeDBInstances"), "a data source whose precondition fails is not read");
    }

    @Test
    void an_output_precondition_fails_the_plan() throws Exception {
        ssl("", """
                output "id" {
                  value = %s.orders.instance_id
                  precondition {
                    condition     = can(regex("^mssql-prod", %s.orders.instance_id))
                    error_message = "Only production instances are exported."
                  }
                }
                """.formatted(TYPE, TYPE));
        EngineCliRunner.Result plan = run("apply", "-auto-approve");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.all().contains("Error: Module output value precondition failed"), plan.all());
        assertTrue(plan.all().contains("Only production instances are exported."), plan.all());
        assertEquals(0, calls("ModifyDBInstanceSSL"));
    }

    @Test
    void a_failing_check_is_a_warning_and_apply_goes_on() throws Exception {
        ssl("", """
                check "renewal" {
                  assert {
                    condition     = %s.orders.renew_before_days >= 60
                    error_message = "Renew at least 60 days ahead (have ${%s.orders.renew_before_days})."
                  }
                }
                """.formatted(TYPE, TYPE));
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.all().contains("Warning: Check block assertion failed"), plan.all());
        assertTrue(plan.all().contains("Renew at least 60 days ahead (have 0)."), plan.all());

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.all().contains("Warning: Check block assertion failed"), apply.all());
        assertEquals(1, calls("ModifyDBInstanceSSL"), "a check never stops an apply");
    }

    @Test
    void plan_json_carries_checks_in_terraforms_shape() throws Exception {
        ssl("""
                postcondition {
                      condition     = self.encryption == "enable"
                      error_message = "SSL must be on."
                    }""", """
                check "renewal" {
                  assert {
                    condition     = %s.orders.renew_before_days >= 60
                    error_message = "Renew at least 60 days ahead."
                  }
                }
                """.formatted(TYPE));
        EngineCliRunner.Result plan = run("plan", "-out=checks.tfplan");
        assertEquals(0, plan.code(), plan.all());
        EngineCliRunner.Result show = run("show", "-json", "checks.tfplan");
        assertEquals(0, show.code(), show.all());
        JsonNode checks = new ObjectMapper().readTree(show.out()).path("checks");
        assertEquals(2, checks.size(), checks.toString());
        JsonNode resource = checks.get(1); // sorted by to_display, as Terraform sorts
        assertEquals("check.renewal", checks.get(0).path("address").path("to_display").asText(), checks.toString());
        assertEquals("check", checks.get(0).path("address").path("kind").asText());
        assertEquals("fail", checks.get(0).path("status").asText());
        assertEquals("Renew at least 60 days ahead.", checks.get(0).path("instances").get(0).path("problems").get(0).path("message").asText());
        assertEquals(ADDR, resource.path("address").path("to_display").asText());
        assertEquals("resource", resource.path("address").path("kind").asText());
        assertEquals("managed", resource.path("address").path("mode").asText());
        assertEquals(TYPE, resource.path("address").path("type").asText());
        assertEquals("orders", resource.path("address").path("name").asText());
        assertEquals("pass", resource.path("status").asText());
        assertEquals("pass", resource.path("instances").get(0).path("status").asText());
    }

    @Test
    void a_failing_variable_validation_shows_its_message_in_plan_and_apply_before_planning() throws Exception {
        ssl("", """
                variable "days" {
                  type    = number
                  default = 5
                  validation {
                    condition     = var.days >= 10
                    error_message = "days must be at least 10."
                  }
                }
                """);
        for (String cmd : new String[] {"plan", "apply"}) {
            EngineCliRunner.Result r = cmd.equals("plan") ? run("plan") : run("apply", "-auto-approve");
            assertEquals(1, r.code(), r.all());
            assertTrue(r.all().contains("Error: Invalid value for variable"), cmd + ": " + r.all());
            assertTrue(r.all().contains("days must be at least 10."), cmd + ": " + r.all());
            assertFalse(r.all().contains("will be created"), cmd + " fails before planning: " + r.all());
        }
        assertEquals(0, calls("DescribeDBInstances") + calls("DescribeDBInstancesAttribute"), "validation fails before any API call");
        assertEquals(0, calls("ModifyDBInstanceSSL"));
    }

    @Test
    void nullable_false_turns_null_into_the_default() throws Exception {
        write("""
                variable "mode" {
                  type     = string
                  default  = "enable"
                  nullable = false
                }
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = var.mode
                }
                """.formatted(TYPE, ID));
        Files.writeString(dir.resolve("terraform.tfvars"), "mode = null\n");
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("+ encryption          = \"enable\""), plan.out());

        Files.writeString(dir.resolve("main.tf"), Files.readString(dir.resolve("main.tf")).replace("  default  = \"enable\"\n", ""));
        EngineCliRunner.Result missing = run("plan");
        assertEquals(1, missing.code(), missing.all());
        assertTrue(missing.all().contains("Required variable not set"), missing.all());
    }

    @Test
    void a_check_reads_its_scoped_data_source_and_only_its_assertions_see_it() throws Exception {
        String check = """
                check "fleet" {
                  data "tencentcloud_sqlserver_instances" "fleet" {
                    instance_ids = ["%s"]
                  }
                  assert {
                    condition     = length(data.tencentcloud_sqlserver_instances.fleet.ids) > 5
                    error_message = "Fleet too small: ${length(data.tencentcloud_sqlserver_instances.fleet.ids)}."
                  }
                }
                """.formatted(ID);
        write(check);
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("data.tencentcloud_sqlserver_instances.fleet: Reading..."), plan.out());
        assertTrue(plan.all().contains("Warning: Check block assertion failed"), plan.all());
        assertTrue(plan.all().contains("Fleet too small: 1."), plan.all());

        write(check + "output \"n\" {\n  value = data.tencentcloud_sqlserver_instances.fleet.ids\n}\n");
        EngineCliRunner.Result outside = run("validate");
        assertEquals(1, outside.code(), outside.all());
        assertTrue(outside.all().contains("Reference to scoped resource"), outside.all());

        // Failing to read it is a warning, not an error.
        write(check);
        mock.admin("/_mock/faults", "{\"action\":\"DescribeDBInstances\",\"error\":{\"code\":\"UnauthorizedOperation.Denied\",\"message\":\"denied\"}}");
        EngineCliRunner.Result failed = run("plan");
        assertEquals(0, failed.code(), failed.all());
        assertTrue(failed.all().contains("Warning:"), failed.all());
        assertTrue(failed.all().contains("UnauthorizedOperation.Denied"), failed.all());
        assertFalse(failed.all().contains("Error:"), failed.all());
    }
}
