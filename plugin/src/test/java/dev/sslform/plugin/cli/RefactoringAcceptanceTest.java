package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refactoring (issue 13, item 6) against in-process mockcloud through the CLI: moved blocks, a
 * rename without one, and import's check of its target address. Each test checks the exit code,
 * the message, state, and what reached the API (the request journal).
 */
class RefactoringAcceptanceTest extends InProcessAcceptance {

    static final String ID = "mssql-move0001";
    static final String ID2 = "mssql-move0002";

    @Override
    List<String> instances() {
        return List.of(ID, ID2);
    }

    /** An SSL resource named {@code name} (with {@code meta}, e.g. a count) that enables SSL on {@code id} and disables it on destroy. */
    static String ssl(String name, String meta, String id) {
        return """
                resource "%s" "%s" {
                  %s
                  instance_id        = %s
                  encryption         = "enable"
                  disable_on_destroy = true
                }
                """.formatted(TYPE, name, meta, id.startsWith("\"") || id.contains(".") ? id : "\"" + id + "\"");
    }

    static String moved(String from, String to) {
        return "moved {\n  from = " + from + "\n  to   = " + to + "\n}\n";
    }

    /** Calls of the actions that change something remotely. */
    long writes() {
        long n = 0;
        for (String action : new String[] {"ModifyDBInstanceSSL", "ModifyMaintenanceSpan"}) {
            n += mock.get("/_mock/requests?action=" + action + "&limit=10000").split("\"" + action + "\"", -1).length - 1;
        }
        return n;
    }

    String encryption(String id) {
        String json = mock.get("/_mock/instances/" + id);
        return json.contains("\"enable\"") ? "enable" : json.contains("\"disable\"") ? "disable" : json;
    }

    String stateList() {
        return run("state", "list").out();
    }

    @Test
    void import_refuses_an_address_the_configuration_does_not_declare_and_leaves_state_alone() throws Exception {
        write(ssl("orders", "", ID));
        assertEquals(0, run("apply", "-auto-approve").code());
        String before = Files.readString(dir.resolve("sslform.tfstate"));

        EngineCliRunner.Result r = run("import", TYPE + ".billing", ID2);
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: resource address \"" + TYPE + ".billing\" does not exist in the configuration."), r.err());
        assertTrue(r.err().contains("resource \"" + TYPE + "\" \"billing\" {"), r.err());
        assertFalse(r.out().contains("Importing"), r.out());
        assertEquals(before, Files.readString(dir.resolve("sslform.tfstate")), "state untouched");

        // A key that the block's count/for_each cannot produce is refused too.
        EngineCliRunner.Result keyed = run("import", TYPE + ".orders[0]", ID2);
        assertEquals(1, keyed.code(), keyed.all());
        assertTrue(keyed.err().contains("Error: Configuration for import target does not exist"), keyed.err());
        assertTrue(keyed.words().contains("has neither \"count\" nor \"for_each\""), keyed.err());
        assertEquals(before, Files.readString(dir.resolve("sslform.tfstate")), "state untouched");
    }

    @Test
    void a_rename_with_a_moved_block_changes_only_state_and_calls_no_write_action() throws Exception {
        write(ssl("orders", "", ID));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();
        assertEquals("enable", encryption(ID));

        write(ssl("billing", "", ID) + moved(TYPE + ".orders", TYPE + ".billing"));
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), "a move is a change to apply: " + plan.all());
        assertTrue(plan.out().contains("  # " + TYPE + ".orders has moved to " + TYPE + ".billing\n    resource \"" + TYPE + "\" \"billing\" {"),
                plan.out());
        assertTrue(plan.out().contains("Plan: 0 to add, 0 to change, 0 to destroy."), plan.out());
        assertFalse(plan.out().contains("will be destroyed"), plan.out());
        assertTrue(stateList().contains(TYPE + ".orders"), "plan writes no state");

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 0 added, 0 changed, 0 destroyed."), apply.out());
        assertEquals(writes, writes(), "no ModifyDBInstanceSSL / ModifyMaintenanceSpan for a rename");
        assertEquals("enable", encryption(ID));
        String list = stateList();
        assertTrue(list.contains(TYPE + ".billing") && !list.contains(TYPE + ".orders"), list);

        // The moved block stays as history: nothing more to do.
        EngineCliRunner.Result again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.code(), again.all());
        assertTrue(again.out().contains("No changes."), again.out());
    }

    @Test
    void moves_into_instance_keys_with_a_saved_plan_keep_the_moved_state() throws Exception {
        // x.a → x.b["k"], and x.c[0] → x.c["k"] (count to for_each), applied through plan -out and apply FILE.
        write(ssl("a", "", ID) + ssl("c", "count = 1", ID2));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();

        write(ssl("b", "for_each = toset([\"k\"])", ID) + ssl("c", "for_each = toset([\"k\"])", ID2)
                + moved(TYPE + ".a", TYPE + ".b[\"k\"]") + moved(TYPE + ".c[0]", TYPE + ".c[\"k\"]"));
        EngineCliRunner.Result plan = run("plan", "-out=moves.tfplan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("# " + TYPE + ".a has moved to " + TYPE + ".b[\"k\"]"), plan.out());
        assertTrue(plan.out().contains("# " + TYPE + ".c[0] has moved to " + TYPE + ".c[\"k\"]"), plan.out());
        assertTrue(plan.out().contains("Plan: 0 to add, 0 to change, 0 to destroy."), plan.out());
        assertTrue(run("show", "moves.tfplan").out().contains("# " + TYPE + ".a has moved to " + TYPE + ".b[\"k\"]"));
        String json = run("show", "-json", "moves.tfplan").out();
        assertTrue(json.replace(" ", "").contains("\"previous_address\":\"" + TYPE + ".a\""), json);
        String ui = run("plan", "-json").out();
        assertTrue(ui.contains("\"action\":\"move\""), ui);
        assertTrue(ui.contains("\"previous_resource\""), ui);

        EngineCliRunner.Result apply = run("apply", "moves.tfplan");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(writes, writes(), "no write action");
        String list = stateList();
        assertTrue(list.contains(TYPE + ".b[\"k\"]") && list.contains(TYPE + ".c[\"k\"]"), list);
        assertFalse(list.contains(TYPE + ".a\n") || list.contains(TYPE + ".c[0]"), list);
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void a_chain_of_moves_ends_at_its_last_address_and_a_change_shows_where_it_moved_from() throws Exception {
        write(ssl("a", "", ID));
        assertEquals(0, run("apply", "-auto-approve").code());

        // a → b → c, and the configuration also changes an argument: one update at c, "moved from a".
        write("""
                resource "%s" "c" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = false
                }
                """.formatted(TYPE, ID) + moved(TYPE + ".a", TYPE + ".b") + moved(TYPE + ".b", TYPE + ".c"));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("  # " + TYPE + ".c will be updated in-place\n  # (moved from " + TYPE + ".a)"), plan.out());
        assertTrue(plan.out().contains("Plan: 0 to add, 1 to change, 0 to destroy."), plan.out());
        assertEquals(0, run("apply", "-auto-approve").code());
        String list = stateList();
        assertTrue(list.contains(TYPE + ".c") && !list.contains(TYPE + ".a") && !list.contains(TYPE + ".b"), list);
        String shown = run("state", "show", TYPE + ".c").out();
        assertTrue(shown.matches("(?s).*disable_on_destroy\\s+= false.*"), shown);
    }

    @Test
    void invalid_moves_are_errors_and_change_nothing() throws Exception {
        write(ssl("a", "", ID) + ssl("b", "", ID2));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();
        String state = Files.readString(dir.resolve("sslform.tfstate"));

        // The object moved away is still declared.
        write(ssl("a", "", ID) + ssl("b", "", ID2) + moved(TYPE + ".a", TYPE + ".z"));
        EngineCliRunner.Result still = run("apply", "-auto-approve");
        assertEquals(1, still.code(), still.all());
        assertTrue(still.all().contains("Error: Moved object still exists"), still.all());
        assertTrue(still.words().contains("declares a move from " + TYPE + ".a, but that resource is still declared at main.tf:6,1"), still.all());

        // Declared with count = 0 is still declared.
        write(ssl("a", "count = 0", ID) + ssl("b", "", ID2) + moved(TYPE + ".a", TYPE + ".z"));
        EngineCliRunner.Result zero = run("plan");
        assertEquals(1, zero.code(), zero.all());
        assertTrue(zero.all().contains("Error: Moved object still exists"), zero.all());

        // A cycle.
        write(ssl("c", "", ID) + ssl("b", "", ID2) + moved(TYPE + ".a", TYPE + ".z") + moved(TYPE + ".z", TYPE + ".a"));
        EngineCliRunner.Result cycle = run("plan");
        assertEquals(1, cycle.code(), cycle.all());
        assertTrue(cycle.all().contains("Error: Cyclic dependency in move statements"), cycle.all());

        // Two statements with one destination.
        write(ssl("c", "", ID) + moved(TYPE + ".a", TYPE + ".c") + moved(TYPE + ".b", TYPE + ".c"));
        EngineCliRunner.Result ambiguous = run("plan");
        assertEquals(1, ambiguous.code(), ambiguous.all());
        assertTrue(ambiguous.all().contains("Error: Ambiguous move statements"), ambiguous.all());

        // Across types, or between a resource and a module: refused by validate.
        write(ssl("c", "", ID) + moved(TYPE + ".a", "tencentcloud_sqlserver_maintenance_window.c"));
        EngineCliRunner.Result types = run("validate");
        assertEquals(1, types.code(), types.all());
        assertTrue(types.all().contains("Error: Resource type mismatch"), types.all());
        write(ssl("c", "", ID) + moved(TYPE + ".a", "module.m"));
        EngineCliRunner.Result module = run("validate");
        assertEquals(1, module.code(), module.all());
        assertTrue(module.words().contains("Error: Invalid \"moved\" addresses"), module.all());
        assertTrue(module.words().contains("must both refer to resources or both to modules"), module.all());

        assertEquals(writes, writes(), "no write action");
        assertEquals(state, Files.readString(dir.resolve("sslform.tfstate")), "state untouched");
        assertEquals("enable", encryption(ID));
    }

    @Test
    void a_rename_without_moved_block_that_would_disable_ssl_is_refused_naming_the_moved_block() throws Exception {
        write(ssl("orders", "", ID));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();

        write(ssl("billing", "", ID));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.all().contains("Error: Two resource addresses manage one instance"), apply.all());
        assertTrue(apply.all().contains("\n  moved {\n    from = " + TYPE + ".orders\n    to   = " + TYPE + ".billing\n  }\n"), apply.all());
        assertEquals(writes, writes(), "nothing sent");
        assertEquals("enable", encryption(ID), "SSL stays on");
        assertTrue(stateList().contains(TYPE + ".orders"));

        // Without disable_on_destroy the old address's destroy only forgets it: the rename is a forget and a create.
        write("""
                resource "%s" "orders" {
                  instance_id        = "%s"
                  encryption         = "enable"
                  disable_on_destroy = false
                }
                """.formatted(TYPE, ID));
        assertEquals(0, run("apply", "-auto-approve").code());
        write(ssl("billing", "", ID));
        EngineCliRunner.Result forget = run("apply", "-auto-approve");
        assertEquals(0, forget.code(), forget.all());
        assertEquals("enable", encryption(ID), "SSL stays on");
        String list = stateList();
        assertTrue(list.contains(TYPE + ".billing") && !list.contains(TYPE + ".orders"), list);
    }

    /** As Go's %q quotes an address (Terraform's state mv output). */
    static String quoted(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    static String removed(String from, String lifecycle) {
        return "removed {\n  from = " + from + "\n" + lifecycle + "}\n";
    }

    @Test
    void removed_with_destroy_false_forgets_the_object_without_any_api_call() throws Exception {
        write(ssl("orders", "", ID) + ssl("billing", "", ID2));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();

        write(ssl("billing", "", ID2) + removed(TYPE + ".orders", "  lifecycle {\n    destroy = false\n  }\n"));
        EngineCliRunner.Result plan = run("plan", "-out=forget.tfplan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("  # " + TYPE + ".orders will no longer be managed by sslform"), plan.out());
        assertTrue(plan.out().contains("Plan: 0 to add, 0 to change, 0 to destroy, 1 to forget."), plan.out());
        assertTrue(plan.out().contains("Warning: Some objects will no longer be managed by sslform"), plan.out());
        assertFalse(plan.out().contains("will be destroyed"), plan.out());

        EngineCliRunner.Result apply = run("apply", "forget.tfplan");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 0 added, 0 changed, 0 destroyed, 1 forgotten."), apply.out());
        assertEquals(writes, writes(), "no ModifyDBInstanceSSL although disable_on_destroy = true");
        assertEquals("enable", encryption(ID), "SSL stays on");
        String list = stateList();
        assertFalse(list.contains(TYPE + ".orders"), list);
        assertTrue(list.contains(TYPE + ".billing"), list);
        assertEquals(0, run("plan", "-detailed-exitcode").code(), "the removed block stays as history");
    }

    @Test
    void removed_with_destroy_true_destroys_and_a_still_declared_resource_is_an_error() throws Exception {
        write(ssl("orders", "", ID));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();

        // Still declared: an error, nothing changed.
        write(ssl("orders", "", ID) + removed(TYPE + ".orders", "  lifecycle {\n    destroy = false\n  }\n"));
        EngineCliRunner.Result still = run("apply", "-auto-approve");
        assertEquals(1, still.code(), still.all());
        assertTrue(still.all().contains("Error: Removed resource still exists"), still.all());
        assertTrue(still.words().contains("declares that " + TYPE + ".orders was removed, but it is still declared in configuration at main.tf:6,1"),
                still.all());
        assertEquals(writes, writes());

        // An instance key is not a resource.
        write(removed(TYPE + ".orders[0]", ""));
        EngineCliRunner.Result keyed = run("validate");
        assertEquals(1, keyed.code(), keyed.all());
        assertTrue(keyed.all().contains("Error: Resource instance keys not allowed"), keyed.all());

        // destroy = true (also the default): a normal destroy, which disables SSL here.
        write(removed(TYPE + ".orders", "  lifecycle {\n    destroy = true\n  }\n"));
        EngineCliRunner.Result destroy = run("apply", "-auto-approve");
        assertEquals(0, destroy.code(), destroy.all());
        assertTrue(destroy.out().contains("Apply complete! Resources: 0 added, 0 changed, 1 destroyed."), destroy.out());
        assertTrue(writes() > writes, "the destroy disabled SSL");
        assertFalse(stateList().contains(TYPE + ".orders"));
    }

    @Test
    void an_import_block_is_planned_as_an_import_and_applied_by_writing_state_without_a_change_call() throws Exception {
        // An instance whose SSL is off, as the configuration wants it, not yet in this state.
        write("""
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = "disable"
                }
                import {
                  to = %s.orders
                  id = "%s"
                }
                """.formatted(TYPE, ID2, TYPE, ID2));
        long writes = writes();
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains(TYPE + ".orders: Preparing import... [id=" + ID2 + "]"), plan.out());
        assertTrue(plan.out().contains("  # " + TYPE + ".orders will be imported\n    resource \"" + TYPE + "\" \"orders\" {"), plan.out());
        assertTrue(plan.out().contains("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy."), plan.out());
        assertFalse(stateList().contains(TYPE + ".orders"), "plan writes no state");
        String ui = run("plan", "-json").out();
        assertTrue(ui.contains("\"action\":\"import\"") && ui.contains("\"importing\":{\"id\":\"" + ID2 + "\"}"), ui);
        assertTrue(ui.contains("\"import\":1"), ui);

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed."), apply.out());
        assertEquals(writes, writes(), "an import that matches the configuration calls no change action");
        assertTrue(stateList().contains(TYPE + ".orders"));
        EngineCliRunner.Result again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.code(), "the import block does nothing once the object is in state: " + again.all());

        // A target the configuration does not declare, and for_each, are errors.
        write("import {\n  to = " + TYPE + ".other\n  id = \"" + ID + "\"\n}\n");
        EngineCliRunner.Result undeclared = run("plan");
        assertEquals(1, undeclared.code(), undeclared.all());
        assertTrue(undeclared.all().contains("Error: Configuration for import target does not exist"), undeclared.all());
        assertEquals(writes, writes());
    }

    @Test
    void state_mv_renames_in_state_with_dry_run_and_refuses_an_existing_destination() throws Exception {
        write(ssl("a", "", ID) + ssl("b", "", ID2));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();
        String before = Files.readString(dir.resolve("sslform.tfstate"));

        EngineCliRunner.Result dry = run("state", "mv", "-dry-run", TYPE + ".a", TYPE + ".c");
        assertEquals(0, dry.code(), dry.all());
        assertTrue(dry.out().contains("Would move " + quoted(TYPE + ".a") + " to " + quoted(TYPE + ".c")), dry.out());
        assertEquals(before, Files.readString(dir.resolve("sslform.tfstate")), "-dry-run writes nothing");

        EngineCliRunner.Result taken = run("state", "mv", TYPE + ".a", TYPE + ".b");
        assertEquals(1, taken.code(), taken.all());
        assertTrue(taken.err().contains("Error: Invalid target address"), taken.err());
        assertTrue(taken.words().contains("Cannot move to " + TYPE + ".b: there is already a resource at that address"), taken.err());
        EngineCliRunner.Result missing = run("state", "mv", TYPE + ".zz", TYPE + ".c");
        assertEquals(1, missing.code(), missing.all());
        assertTrue(missing.err().contains("Error: Invalid source address"), missing.err());
        assertEquals(before, Files.readString(dir.resolve("sslform.tfstate")), "refusals write nothing");

        EngineCliRunner.Result mv = run("state", "mv", "-lock-timeout=1s", TYPE + ".a", TYPE + ".c[\"k\"]");
        assertEquals(0, mv.code(), mv.all());
        assertTrue(mv.out().contains("Move " + quoted(TYPE + ".a") + " to " + quoted(TYPE + ".c[\"k\"]") + "\nSuccessfully moved 1 object(s)."),
                mv.out());
        String list = stateList();
        assertTrue(list.contains(TYPE + ".c[\"k\"]") && !list.contains(TYPE + ".a\n"), list);
        assertEquals(writes, writes(), "state mv calls no API");

        // -state names another file.
        EngineCliRunner.Result other = run("state", "mv", "-state=other.tfstate", TYPE + ".b", TYPE + ".d");
        assertEquals(1, other.code(), "other.tfstate has no objects: " + other.all());
    }

    @Test
    void a_taken_destination_blocks_the_move_with_a_warning_and_targets_must_cover_moved_objects() throws Exception {
        write(ssl("a", "", ID) + ssl("b", "", ID2));
        assertEquals(0, run("apply", "-auto-approve").code());
        long writes = writes();

        // b is in state already: a stays where it is (and, no longer declared, is planned for destruction).
        write(ssl("b", "", ID2) + moved(TYPE + ".a", TYPE + ".b"));
        EngineCliRunner.Result blocked = run("plan");
        assertEquals(0, blocked.code(), blocked.all());
        assertTrue(blocked.all().contains("Warning: Unresolved resource instance address changes"), blocked.all());
        assertTrue(blocked.all().contains("- " + TYPE + ".a could not move to " + TYPE + ".b"), blocked.all());
        assertTrue(blocked.out().contains("# " + TYPE + ".a will be destroyed"), blocked.out());

        // -target must include both ends of a move.
        write(ssl("c", "", ID) + ssl("b", "", ID2) + moved(TYPE + ".a", TYPE + ".c"));
        EngineCliRunner.Result targeted = run("plan", "-target=" + TYPE + ".c");
        assertEquals(1, targeted.code(), targeted.all());
        assertTrue(targeted.all().contains("Error: Moved resource instances excluded by targeting"), targeted.all());
        assertTrue(targeted.all().contains("-target=\"" + TYPE + ".a\""), targeted.all());
        EngineCliRunner.Result both = run("plan", "-target=" + TYPE + ".c", "-target=" + TYPE + ".a");
        assertEquals(0, both.code(), both.all());
        assertTrue(both.out().contains("# " + TYPE + ".a has moved to " + TYPE + ".c"), both.out());
        assertEquals(writes, writes());
    }
}
