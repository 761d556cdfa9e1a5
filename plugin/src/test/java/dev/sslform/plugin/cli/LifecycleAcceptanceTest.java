package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * lifecycle { prevent_destroy, ignore_changes } against in-process mockcloud through the CLI:
 * exit code, Terraform's message, and what reached the API (the request journal).
 */
class LifecycleAcceptanceTest extends InProcessAcceptance {

    static final String ID = "mssql-life0001";
    static final String ID2 = "mssql-life0002";

    @Override
    List<String> instances() {
        return List.of(ID, ID2);
    }

    void ssl(String encryption, String lifecycle) throws Exception {
        write("""
                resource "%s" "orders" {
                  instance_id        = "%s"
                  encryption         = "%s"
                  disable_on_destroy = true
                  lifecycle {
                    %s
                  }
                }
                """.formatted(TYPE, ID, encryption, lifecycle));
    }

    long modifyCalls() {
        return mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000").split("\"ModifyDBInstanceSSL\"", -1).length - 1;
    }

    String encryption(String id) {
        String json = mock.get("/_mock/instances/" + id);
        return json.contains("\"enable\"") ? "enable" : json.contains("\"disable\"") ? "disable" : json;
    }

    @Test
    void prevent_destroy_refuses_destroy_naming_the_address_and_changes_nothing() throws Exception {
        ssl("enable", "prevent_destroy = true");
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = modifyCalls();

        EngineCliRunner.Result destroy = run("destroy", "-auto-approve");
        assertEquals(1, destroy.code(), destroy.all());
        assertTrue(destroy.all().contains("Error: Instance cannot be destroyed"), destroy.all());
        assertTrue(destroy.words().contains("Resource " + ADDR + " (declared at main.tf:6,1) has lifecycle.prevent_destroy set"), destroy.all());
        assertFalse(destroy.all().contains("Destroy complete"), destroy.all());
        assertEquals(writes, modifyCalls(), "no ModifyDBInstanceSSL after the refused destroy");
        assertEquals("enable", encryption(ID));
        assertTrue(run("state", "list").out().contains(ADDR), "still in state");
    }

    @Test
    void prevent_destroy_refuses_plan_destroy() throws Exception {
        ssl("enable", "prevent_destroy = true");
        assertEquals(0, run("apply", "-auto-approve").code());

        EngineCliRunner.Result plan = run("plan", "-destroy");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.all().contains("Error: Instance cannot be destroyed"), plan.all());
        assertFalse(plan.all().contains("Plan: 0 to add, 0 to change, 1 to destroy."), plan.all());

        // A new instance_id replaces the object: that destroys it too.
        long writes = modifyCalls();
        write("""
                resource "%s" "orders" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = true
                  lifecycle {
                    prevent_destroy = true
                  }
                }
                """.formatted(TYPE, ID2));
        EngineCliRunner.Result replace = run("apply", "-auto-approve");
        assertEquals(1, replace.code(), replace.all());
        assertTrue(replace.all().contains("Error: Instance cannot be destroyed"), replace.all());
        assertEquals(writes, modifyCalls());
        assertEquals("enable", encryption(ID));
    }

    @Test
    void prevent_destroy_refuses_an_instance_dropped_from_for_each_but_not_a_removed_block_as_terraform() throws Exception {
        String both = """
                resource "%s" "orders" {
                  for_each           = toset(%s)
                  instance_id        = each.key
                  encryption         = "enable"
                  disable_on_destroy = true
                  lifecycle {
                    prevent_destroy = true
                  }
                }
                """;
        write(both.formatted(TYPE, "[\"" + ID + "\", \"" + ID2 + "\"]"));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = modifyCalls();

        write(both.formatted(TYPE, "[\"" + ID + "\"]"));
        EngineCliRunner.Result dropped = run("apply", "-auto-approve");
        assertEquals(1, dropped.code(), dropped.all());
        assertTrue(dropped.words().contains("Resource " + ADDR + "[\"" + ID2 + "\"]"), dropped.all());
        assertTrue(dropped.words().contains("has lifecycle.prevent_destroy set"), dropped.all());
        assertEquals(writes, modifyCalls());
        assertEquals("enable", encryption(ID2));

        // The whole block removed takes prevent_destroy with it: Terraform then destroys, and so does sslform.
        write("");
        EngineCliRunner.Result removed = run("apply", "-auto-approve");
        assertEquals(0, removed.code(), removed.all());
        assertTrue(removed.out().contains("2 destroyed"), removed.out());
        assertEquals("disable", encryption(ID2));
    }

    @Test
    void ignore_changes_on_encryption_ignores_a_configuration_change_and_drift() throws Exception {
        ssl("enable", "ignore_changes = [encryption]");
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = modifyCalls();

        ssl("disable", "ignore_changes = [encryption]");
        EngineCliRunner.Result edited = run("plan", "-detailed-exitcode");
        assertEquals(0, edited.code(), edited.all());
        assertTrue(edited.out().contains("No changes."), edited.out());

        // Someone else turns SSL off: the drift is shown, but nothing is planned to undo it.
        ssl("disable", "");
        assertEquals(0, run("apply", "-auto-approve", "-state=other.tfstate").code());
        ssl("enable", "ignore_changes = [encryption]");
        long afterDrift = modifyCalls();
        EngineCliRunner.Result drifted = run("apply", "-auto-approve");
        assertEquals(0, drifted.code(), drifted.all());
        assertTrue(drifted.out().contains("has changed"), "the drift is reported: " + drifted.out());
        assertFalse(drifted.out().contains("will be updated in-place"), drifted.out());
        assertTrue(drifted.out().contains("0 added, 0 changed, 0 destroyed"), drifted.out());
        assertEquals(afterDrift, modifyCalls(), "no ModifyDBInstanceSSL to undo the ignored drift");
        assertEquals("disable", encryption(ID));
        assertTrue(writes < afterDrift);

        // Without ignore_changes the same plan would undo it: the test above can fail.
        ssl("enable", "");
        EngineCliRunner.Result plain = run("plan", "-detailed-exitcode");
        assertEquals(2, plain.code(), plain.all());
        assertTrue(plain.out().contains("~ encryption"), plain.out());
    }

    @Test
    void ignore_changes_all_ignores_every_argument() throws Exception {
        ssl("enable", "ignore_changes = all");
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = modifyCalls();
        write("""
                resource "%s" "orders" {
                  instance_id        = "%s"
                  encryption         = "disable"
                  disable_on_destroy = false
                  lifecycle {
                    ignore_changes = all
                  }
                }
                """.formatted(TYPE, ID));
        EngineCliRunner.Result plan = run("apply", "-auto-approve");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("0 added, 0 changed, 0 destroyed"), plan.out());
        assertEquals(writes, modifyCalls());
        assertEquals("enable", encryption(ID));
    }

    @Test
    void ignore_changes_naming_an_unknown_argument_is_an_error() throws Exception {
        ssl("enable", "ignore_changes = [encryptoin]");
        EngineCliRunner.Result v = run("validate");
        assertEquals(1, v.code(), v.all());
        assertTrue(v.words().contains("no argument, nested block, or exported attribute named \"encryptoin\""), v.all());
        assertTrue(v.all().contains("Did you mean \"encryption\"?"), v.all());
    }
}
