package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 3: sensitivity flows from {@code variable { sensitive = true }} through every
 * expression into plan, apply, show, destroy, plan JSON, outputs and diagnostics, against
 * in-process mockcloud through the CLI; state keeps the values.
 */
class SensitiveValuesAcceptanceTest extends InProcessAcceptance {

    static final String ID = "mssql-sens0001";
    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    List<String> instances() {
        return List.of(ID);
    }

    /** A resource whose renew_before_days comes from a sensitive variable, and a sensitive output of it. */
    void config(int days) throws Exception {
        write("""
                variable "days" {
                  type      = number
                  default   = %d
                  sensitive = true
                }
                locals {
                  renew = var.days + 0
                }
                resource "%s" "orders" {
                  instance_id       = "%s"
                  encryption        = "enable"
                  renew_before_days = local.renew
                }
                output "days" {
                  value     = %s.renew_before_days
                  sensitive = true
                }
                """.formatted(days, TYPE, ID, ADDR));
    }

    long modifyCalls() {
        return mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000").split("\"ModifyDBInstanceSSL\"", -1).length - 1;
    }

    static void hidden(EngineCliRunner.Result r, String symbol, String suffix) {
        assertTrue(Pattern.compile("(?m)^ +" + Pattern.quote(symbol) + " renew_before_days += \\(sensitive value\\)" + Pattern.quote(suffix) + "$")
                .matcher(r.out()).find(), r.out());
    }

    @Test
    void a_sensitive_variable_is_hidden_in_plan_apply_show_and_destroy_while_state_keeps_the_value() throws Exception {
        config(83);
        EngineCliRunner.Result validate = run("validate");
        assertEquals(0, validate.code(), validate.all());

        EngineCliRunner.Result plan = run("plan", "-out", "tf.plan");
        assertEquals(0, plan.code(), plan.all());
        hidden(plan, "+", "");
        assertFalse(plan.all().contains("83"), plan.all());

        EngineCliRunner.Result showPlan = run("show", "tf.plan");
        assertEquals(0, showPlan.code(), showPlan.all());
        hidden(showPlan, "+", "");
        assertFalse(showPlan.all().contains("83"), showPlan.all());

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        hidden(apply, "+", "");
        assertFalse(apply.all().contains("83"), apply.all());
        assertTrue(apply.out().contains("days = <sensitive>"), apply.out());

        // State keeps the value, as Terraform's does.
        JsonNode state = JSON.readTree(dir.resolve("sslform.tfstate").toFile());
        assertEquals(83, state.path("resources").get(0).path("instances").get(0).path("attributes").path("renew_before_days").asInt(), state.toString());
        assertEquals(83, state.path("outputs").path("days").path("value").asInt(), state.toString());
        assertTrue(state.path("outputs").path("days").path("sensitive").asBoolean(), state.toString());

        EngineCliRunner.Result show = run("show");
        assertEquals(0, show.code(), show.all());
        assertTrue(Pattern.compile("(?m)^ +renew_before_days += \\(sensitive value\\)$").matcher(show.out()).find(), show.out());
        assertTrue(show.out().contains("\"" + ID + "\""), "other attributes stay visible: " + show.out());
        assertFalse(show.all().contains("83"), show.all());
        EngineCliRunner.Result stateShow = run("state", "show", ADDR);
        assertEquals(0, stateShow.code(), stateShow.all());
        assertTrue(Pattern.compile("(?m)^ +renew_before_days += \\(sensitive value\\)$").matcher(stateShow.out()).find(), stateShow.out());
        assertFalse(stateShow.all().contains("83"), stateShow.all());

        // A changed sensitive argument: shown once, neither old nor new value.
        config(84);
        EngineCliRunner.Result update = run("plan");
        assertEquals(0, update.code(), update.all());
        hidden(update, "~", "");
        assertFalse(update.all().contains("83") || update.all().contains("84"), update.all());
        assertTrue(update.out().contains("~ days = (sensitive value)"), update.out());

        for (String[] args : new String[][] {{"plan", "-destroy"}, {"destroy", "-auto-approve"}}) {
            EngineCliRunner.Result r = run(args);
            assertEquals(0, r.code(), r.all());
            hidden(r, "-", " -> null");
            assertTrue(r.out().contains("- days = (sensitive value) -> null"), r.out());
            assertFalse(r.all().contains("83") || r.all().contains("84"), String.join(" ", args) + ": " + r.all());
        }
    }

    @Test
    void plan_json_marks_sensitive_attributes_and_outputs() throws Exception {
        config(83);
        assertEquals(0, run("plan", "-out", "tf.plan").code());
        EngineCliRunner.Result show = run("show", "-json", "tf.plan");
        assertEquals(0, show.code(), show.all());
        JsonNode plan = JSON.readTree(show.out());
        JsonNode change = plan.path("resource_changes").get(0).path("change");
        assertEquals(JSON.readTree("{\"renew_before_days\": true}"), change.path("after_sensitive"), change.toString());
        assertFalse(change.path("before_sensitive").asBoolean(true), "a create has no before: " + change);
        assertEquals(JSON.readTree("{\"renew_before_days\": true}"),
                plan.path("planned_values").path("root_module").path("resources").get(0).path("sensitive_values"), plan.toString());
        assertTrue(plan.path("planned_values").path("outputs").path("days").path("sensitive").asBoolean(), plan.toString());
        assertTrue(plan.path("output_changes").path("days").path("after_sensitive").asBoolean(), plan.toString());

        // After apply, an update has the mask on both sides.
        assertEquals(0, run("apply", "-auto-approve").code());
        config(84);
        assertEquals(0, run("plan", "-out", "tf2.plan").code());
        JsonNode update = JSON.readTree(run("show", "-json", "tf2.plan").out()).path("resource_changes").get(0).path("change");
        assertEquals(JSON.readTree("{\"renew_before_days\": true}"), update.path("before_sensitive"), update.toString());
        assertEquals(JSON.readTree("{\"renew_before_days\": true}"), update.path("after_sensitive"), update.toString());
    }

    @Test
    void an_output_revealing_a_sensitive_value_is_an_error_in_validate_plan_and_apply() throws Exception {
        for (String value : new String[] {"\"token-${var.token}\"", "upper(local.pair.secret)", ADDR + ".renew_before_days"}) {
            write("""
                    variable "token" {
                      type      = string
                      default   = "tok-s3cr3t"
                      sensitive = true
                    }
                    variable "days" {
                      type      = number
                      default   = 45
                      sensitive = true
                    }
                    locals {
                      pair = { secret = var.token, plain = "visible" }
                    }
                    resource "%s" "orders" {
                      instance_id       = "%s"
                      encryption        = "enable"
                      renew_before_days = var.days
                    }
                    output "leak" {
                      value = %s
                    }
                    """.formatted(TYPE, ID, value));
            for (String cmd : new String[] {"validate", "plan", "apply"}) {
                EngineCliRunner.Result r = cmd.equals("apply") ? run(cmd, "-auto-approve") : run(cmd);
                assertEquals(1, r.code(), value + " " + cmd + ": " + r.all());
                assertTrue(r.all().contains("Error: Output refers to sensitive values"), value + " " + cmd + ": " + r.all());
                assertTrue(r.words().contains("root module output containing sensitive data be explicitly marked as sensitive"), r.all());
                assertTrue(r.all().contains("sensitive = true"), r.all());
                assertTrue(r.all().contains("main.tf"), "names where: " + r.all());
                assertFalse(r.all().toLowerCase().contains("tok-s3cr3t"), r.all());
            }
        }
        assertEquals(0, modifyCalls(), "nothing applied");
    }

    @Test
    void a_non_sensitive_part_of_a_value_stays_visible() throws Exception {
        write("""
                variable "token" {
                  type      = string
                  default   = "tok-s3cr3t"
                  sensitive = true
                }
                locals {
                  pair = { secret = var.token, plain = "visible" }
                }
                output "plain" {
                  value = local.pair.plain
                }
                output "length_is_sensitive_too" {
                  value     = length(var.token)
                  sensitive = true
                }
                variable "days" {
                  type      = number
                  default   = 45
                  sensitive = true
                }
                resource "%s" "orders" {
                  instance_id       = "%s"
                  encryption        = "enable"
                  renew_before_days = var.days
                }
                output "instance" {
                  value = %s.instance_id
                }
                """.formatted(TYPE, ID, ADDR));
        EngineCliRunner.Result validate = run("validate");
        assertEquals(0, validate.code(), "another argument of the resource is sensitive, not instance_id: " + validate.all());
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("plain = \"visible\""), apply.out());
        assertTrue(apply.out().contains("instance = \"" + ID + "\""), apply.out());
        assertTrue(apply.out().contains("length_is_sensitive_too = <sensitive>"), apply.out());
        assertFalse(apply.all().contains("tok-s3cr3t"), apply.all());
    }

    @Test
    void diagnostics_never_print_a_sensitive_value() throws Exception {
        write("""
                variable "token" {
                  type      = string
                  default   = "tok-s3cr3t"
                  sensitive = true
                  validation {
                    condition     = length(var.token) > 20
                    error_message = "Token ${var.token} is too short."
                  }
                }
                """);
        for (String cmd : new String[] {"validate", "plan"}) {
            EngineCliRunner.Result r = run(cmd);
            assertEquals(1, r.code(), r.all());
            assertTrue(r.all().contains("Invalid value for variable"), r.all());
            assertTrue(r.all().contains("The error message included a sensitive value, so it will not be displayed."), r.all());
            assertFalse(r.all().contains("tok-s3cr3t"), r.all());
        }

        write("""
                variable "token" {
                  type      = string
                  default   = "tok-s3cr3t"
                  sensitive = true
                }
                resource "%s" "orders" {
                  instance_id       = "%s"
                  encryption        = "enable"
                  renew_before_days = var.token
                }
                """.formatted(TYPE, ID));
        EngineCliRunner.Result bad = run("plan");
        assertEquals(1, bad.code(), bad.all());
        assertTrue(bad.all().contains("(sensitive value)"), bad.all());
        assertFalse(bad.all().contains("tok-s3cr3t"), bad.all());

        write("""
                variable "token" {
                  type      = string
                  default   = "tok-s3cr3t"
                  sensitive = true
                }
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                  lifecycle {
                    precondition {
                      condition     = var.token == "other"
                      error_message = "Wrong token ${var.token}."
                    }
                  }
                }
                """.formatted(TYPE, ID));
        EngineCliRunner.Result pre = run("plan");
        assertEquals(1, pre.code(), pre.all());
        assertTrue(pre.all().contains("The error message included a sensitive value, so it will not be displayed."), pre.all());
        assertFalse(pre.all().contains("tok-s3cr3t"), pre.all());
    }

    @Test
    void the_providers_secret_key_is_sensitive_in_diagnostics() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                variable "key" {
                  type    = string
                  default = "provider-s3cr3t-key"
                  validation {
                    condition     = length(var.key) > 40
                    error_message = "Key ${var.key} is too short."
                  }
                }
                provider "tencentcloud" {
                  region     = "ap-guangzhou"
                  endpoint   = "%s"
                  secret_id  = "AKID"
                  secret_key = var.key
                }
                """.formatted(mock.endpointUrl()));
        for (String cmd : new String[] {"validate", "plan"}) {
            EngineCliRunner.Result r = run(cmd);
            assertEquals(1, r.code(), r.all());
            assertTrue(r.all().contains("Key (sensitive value) is too short."), r.all());
            assertFalse(r.all().contains("provider-s3cr3t-key"), r.all());
        }
    }

    @Test
    void count_and_for_each_refuse_sensitive_values_as_terraform() throws Exception {
        for (String meta : new String[] {"count = length(var.ids)", "for_each = toset(var.ids)"}) {
            write("""
                    variable "ids" {
                      type      = list(string)
                      default   = ["%s"]
                      sensitive = true
                    }
                    resource "%s" "orders" {
                      %s
                      instance_id = "%s"
                      encryption  = "enable"
                    }
                    """.formatted(ID, TYPE, meta, ID));
            for (String cmd : new String[] {"validate", "plan"}) {
                EngineCliRunner.Result r = run(cmd);
                assertEquals(1, r.code(), meta + " " + cmd + ": " + r.all());
                assertTrue(r.all().contains("Error: Invalid " + meta.substring(0, meta.indexOf(' ')) + " argument"), r.all());
                assertTrue(r.all().contains("Sensitive values, or values derived from sensitive values, cannot be used"), r.all());
            }
        }
        assertEquals(0, modifyCalls());
    }

    @Test
    void progress_lines_leave_out_an_id_that_derives_from_a_sensitive_value() throws Exception {
        write("""
                variable "instance" {
                  type      = string
                  default   = "%s"
                  sensitive = true
                }
                resource "%s" "orders" {
                  instance_id = var.instance
                  encryption  = "enable"
                }
                """.formatted(ID, TYPE));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains(ADDR + ": Creation complete"), apply.out());
        assertFalse(apply.out().contains("[id="), apply.out());
        assertTrue(Pattern.compile("(?m)^ +\\+ instance_id += \\(sensitive value\\)$").matcher(apply.out()).find(), apply.out());
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains(ADDR + ": Refreshing state..."), plan.out());
        assertFalse(plan.all().contains(ID), plan.all());
    }
}
