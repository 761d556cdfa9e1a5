package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * depends_on and references order apply as in Terraform (issue 13): a change waits until the
 * changes of what it depends on are complete, destroys run in reverse, and state records each
 * object's dependencies. Checked through the order of the write calls in mockcloud's journal,
 * across two instances, with the plan's own (address) order the opposite of the dependency order.
 */
class DependsOnOrderAcceptanceTest extends InProcessAcceptance {

    static final String ID1 = "mssql-dep00001";
    static final String ID2 = "mssql-dep00002";
    static final String WINDOW = "tencentcloud_sqlserver_maintenance_window";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    List<String> instances() {
        return List.of(ID1, ID2);
    }

    /** The write calls so far, oldest first, as "Action InstanceId". */
    List<String> writes() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000"));
        List<String> out = new ArrayList<>();
        for (JsonNode r : all.isArray() ? all : all.path("requests")) {
            String action = r.path("action").asText();
            if (action.equals("ModifyDBInstanceSSL") || action.equals("ModifyMaintenanceSpan")) {
                out.add(action + " " + r.path("parameters").path("InstanceId").asText());
            }
        }
        return out;
    }

    @Test
    void a_change_waits_for_what_it_depends_on_and_destroy_runs_in_reverse() throws Exception {
        // "a" sorts first, so without ordering it would be applied first (one at a time: -parallelism=1).
        write("""
                resource "%s" "a" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                  depends_on         = [%s.b]
                }
                resource "%s" "b" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                }
                """.formatted(TYPE, ID1, TYPE, TYPE, ID2));
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism=1");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID2, "ModifyDBInstanceSSL " + ID1), writes(), apply.out());
        assertTrue(apply.out().indexOf(TYPE + ".b: Creation complete") < apply.out().indexOf(TYPE + ".a: Creating..."),
                "a starts once b is complete: " + apply.out());
        String state = Files.readString(dir.resolve("sslform.tfstate"));
        assertTrue(state.replaceAll("\\s", "").contains("\"dependencies\":[\"" + TYPE + ".b\"]"), "state records a's dependency: " + state);

        // Destroy in reverse: a (which depends on b) first, here with the default parallelism.
        EngineCliRunner.Result destroy = run("destroy", "-auto-approve");
        assertEquals(0, destroy.code(), destroy.all());
        List<String> w = writes();
        assertEquals(List.of("ModifyDBInstanceSSL " + ID1, "ModifyDBInstanceSSL " + ID2), w.subList(2, 4), destroy.out());
        assertTrue(destroy.out().indexOf(TYPE + ".a: Destruction complete") < destroy.out().indexOf(TYPE + ".b: Destroying..."),
                destroy.out());
    }

    @Test
    void without_the_blocks_destroy_follows_the_dependencies_recorded_in_state() throws Exception {
        write("""
                resource "%s" "a" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                }
                resource "%s" "b" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                  depends_on         = [%s.a]
                }
                """.formatted(TYPE, ID1, TYPE, ID2, TYPE));
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism=1");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID1, "ModifyDBInstanceSSL " + ID2), writes(), apply.out());

        // Both blocks gone: only state says that b depended on a, so b is destroyed first although a sorts first.
        write("");
        EngineCliRunner.Result gone = run("apply", "-auto-approve", "-parallelism=1");
        assertEquals(0, gone.code(), gone.all());
        assertTrue(gone.out().contains("0 added, 0 changed, 2 destroyed"), gone.out());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID2, "ModifyDBInstanceSSL " + ID1), writes().subList(2, 4), gone.out());
    }

    @Test
    void a_reference_in_a_condition_orders_like_depends_on() throws Exception {
        // The SSL change on ID1 refers to the window on ID2 (in a precondition), so the window is set first, although
        // ssl_config sorts before maintenance_window.
        write("""
                resource "%s" "a" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                  lifecycle {
                    precondition {
                      condition     = %s.w.span > 0
                      error_message = "The window must be open."
                    }
                  }
                }
                resource "%s" "w" {
                  instance_id = "%s"
                  weekly      = [6, 7]
                  start_time  = "04:00"
                  span        = 2
                }
                """.formatted(TYPE, ID1, WINDOW, WINDOW, ID2));
        // Through a saved plan, which carries the dependencies.
        EngineCliRunner.Result plan = run("plan", "-out=deps.plan");
        assertEquals(0, plan.code(), plan.all());
        EngineCliRunner.Result apply = run("apply", "-parallelism=1", "deps.plan");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("ModifyMaintenanceSpan " + ID2, "ModifyDBInstanceSSL " + ID1), writes(), apply.out());
    }

    @Test
    void resources_that_depend_on_each_other_are_a_cycle_error_before_planning() throws Exception {
        write("""
                resource "%s" "a" {
                  instance_id = "%s"
                  encryption  = "enable"
                  depends_on  = [%s.b]
                }
                resource "%s" "b" {
                  instance_id = "%s"
                  encryption  = "enable"
                  depends_on  = [%s.a]
                }
                """.formatted(TYPE, ID1, TYPE, TYPE, ID2, TYPE));
        for (String cmd : new String[] {"validate", "plan", "apply"}) {
            EngineCliRunner.Result r = cmd.equals("apply") ? run(cmd, "-auto-approve") : run(cmd);
            assertEquals(1, r.code(), cmd + ": " + r.all());
            assertTrue(r.all().contains("Error: Cycle: " + TYPE + ".a, " + TYPE + ".b"), cmd + ": " + r.all());
        }
        assertEquals(List.of(), writes());
    }

    @Test
    void a_dependency_that_fails_leaves_its_dependents_unstarted() throws Exception {
        write("""
                resource "%s" "a" {
                  instance_id = "%s"
                  encryption  = "enable"
                  depends_on  = [%s.b]
                }
                resource "%s" "b" {
                  instance_id = "%s"
                  encryption  = "enable"
                }
                """.formatted(TYPE, ID1, TYPE, TYPE, ID2));
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"instanceId\":\"" + ID2
                + "\",\"error\":{\"code\":\"UnauthorizedOperation.Denied\",\"message\":\"denied\"}}");
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.out().contains(TYPE + ".a: Not started: it depends on " + TYPE + ".b, which did not complete"), apply.all());
        assertFalse(writes().contains("ModifyDBInstanceSSL " + ID1), "a was not changed");
    }

    /** child/: one SSL resource on var.id with var.encryption, disabled on destroy; outputs its instance id. */
    void childModule() throws Exception {
        Files.createDirectories(dir.resolve("child"));
        Files.writeString(dir.resolve("child").resolve("main.tf"), """
                variable "id" {
                  type = string
                }
                variable "encryption" {
                  type    = string
                  default = "enable"
                }
                resource "%1$s" "inner" {
                  instance_id        = var.id
                  encryption         = var.encryption
                  disable_on_destroy = true
                }
                output "id" {
                  value = %1$s.inner.instance_id
                }
                """.formatted(TYPE));
    }

    @Test
    void depends_on_a_module_waits_for_every_resource_in_it_and_destroy_runs_in_reverse() throws Exception {
        childModule();
        write("""
                module "x" {
                  source = "./child"
                  id     = "%s"
                }
                resource "%s" "a" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                  depends_on         = [module.x]
                }
                """.formatted(ID2, TYPE, ID1));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID2, "ModifyDBInstanceSSL " + ID1), writes(), apply.out());
        assertTrue(apply.out().indexOf("module.x." + TYPE + ".inner: Creation complete") < apply.out().indexOf(TYPE + ".a: Creating..."),
                "a starts once module.x is complete: " + apply.out());
        String state = Files.readString(dir.resolve("sslform.tfstate"));
        assertTrue(state.replaceAll("\\s", "").contains("\"dependencies\":[\"module.x." + TYPE + ".inner\"]"),
                "state records a's dependency on the module's resource: " + state);

        // Destroy in reverse: a first, although module.x's resource comes first in the plan.
        EngineCliRunner.Result destroy = run("destroy", "-auto-approve");
        assertEquals(0, destroy.code(), destroy.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID1, "ModifyDBInstanceSSL " + ID2), writes().subList(2, 4), destroy.out());
        assertTrue(destroy.out().indexOf(TYPE + ".a: Destruction complete") < destroy.out().indexOf("module.x." + TYPE + ".inner: Destroying..."),
                destroy.out());
    }

    @Test
    void a_resource_in_a_module_waits_for_the_root_resource_its_input_refers_to_and_destroy_runs_in_reverse() throws Exception {
        childModule();
        // module.x's resource comes first in the plan; its input refers to b, so b is applied first.
        write("""
                resource "%s" "b" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                }
                module "x" {
                  source     = "./child"
                  count      = 1
                  id         = "%s"
                  encryption = %s.b.encryption
                }
                """.formatted(TYPE, ID2, ID1, TYPE));
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism=1");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID2, "ModifyDBInstanceSSL " + ID1), writes(), apply.out());
        String state = Files.readString(dir.resolve("sslform.tfstate"));
        assertTrue(state.replaceAll("\\s", "").contains("\"dependencies\":[\"" + TYPE + ".b\"]"),
                "state records module.x[0]'s dependency by configuration address: " + state);

        EngineCliRunner.Result destroy = run("destroy", "-auto-approve", "-parallelism=1");
        assertEquals(0, destroy.code(), destroy.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID1, "ModifyDBInstanceSSL " + ID2), writes().subList(2, 4), destroy.out());
    }

    @Test
    void depends_on_on_a_module_call_makes_every_resource_in_it_wait() throws Exception {
        childModule();
        // module.x's resource comes first in the plan and refers to nothing; the call's depends_on makes it wait for b.
        write("""
                resource "%s" "b" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                }
                module "x" {
                  source     = "./child"
                  id         = "%s"
                  depends_on = [%s.b]
                }
                """.formatted(TYPE, ID2, ID1, TYPE));
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism=1");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("ModifyDBInstanceSSL " + ID2, "ModifyDBInstanceSSL " + ID1), writes(), apply.out());
        assertTrue(apply.out().indexOf(TYPE + ".b: Creation complete") < apply.out().indexOf("module.x." + TYPE + ".inner: Creating..."),
                apply.out());
    }

    @Test
    void a_cycle_through_a_module_is_an_error_before_planning() throws Exception {
        childModule();
        write("""
                resource "%s" "a" {
                  instance_id = "%s"
                  encryption  = "enable"
                  depends_on  = [module.x]
                }
                module "x" {
                  source = "./child"
                  id     = %s.a.instance_id == "" ? "%s" : "%s"
                }
                """.formatted(TYPE, ID1, TYPE, ID2, ID2));
        EngineCliRunner.Result r = run("plan");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.all().contains("Error: Cycle: module.x." + TYPE + ".inner, " + TYPE + ".a"), r.all());
        assertEquals(List.of(), writes());
    }
}
