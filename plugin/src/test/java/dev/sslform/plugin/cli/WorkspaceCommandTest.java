package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code sslform workspace} on the local backend, in Terraform's layout, through the real command line. */
class WorkspaceCommandTest extends PipelineCliBase {

    @Test
    void new_creates_the_workspace_directory_and_selects_it_in_the_environment_file() throws Exception {
        EngineCliRunner.Result r = run("workspace", "new", "dev");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Created and switched to workspace \"dev\"!"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("terraform.tfstate.d/dev/sslform.tfstate")));
        assertEquals("dev", Files.readString(dir.resolve(".terraform/environment")));
        assertEquals("dev\n", run("workspace", "show").out());
        assertEquals("  default\n* dev\n\n", run("workspace", "list").out());
    }

    @Test
    void each_workspace_has_its_own_state_and_terraform_workspace_names_it() throws Exception {
        Files.writeString(dir.resolve("outputs.tf"), "output \"ws\" {\n  value = terraform.workspace\n}\n");
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(ADDR + "\n", run("state", "list").out());
        assertEquals(0, run("workspace", "new", "staging").code());
        assertEquals("", run("state", "list").out(), "a new workspace starts with an empty state");
        EngineCliRunner.Result plan = run("plan");
        assertTrue(plan.out().contains("+ ws = \"staging\""), plan.out());
        assertTrue(plan.out().contains("Plan: 1 to add"), plan.out());
        EngineCliRunner.Result select = run("workspace", "select", "default");
        assertEquals("Switched to workspace \"default\".\n", select.out());
        assertEquals(ADDR + "\n", run("state", "list").out());
    }

    @Test
    void tf_workspace_overrides_the_selection_and_select_refuses_while_it_is_set() throws Exception {
        assertEquals(0, run("workspace", "new", "dev").code());
        assertEquals(0, run("workspace", "select", "default").code());
        env.put("TF_WORKSPACE", "dev");
        assertEquals("dev\n", run("workspace", "show").out());
        EngineCliRunner.Result list = run("workspace", "list");
        assertTrue(list.out().startsWith("  default\n* dev\n"), list.out());
        assertTrue(list.out().contains("overridden using the TF_WORKSPACE"), list.out());
        EngineCliRunner.Result select = run("workspace", "select", "default");
        assertEquals(1, select.code());
        assertTrue(select.err().contains("currently overridden using the TF_WORKSPACE"), select.err());
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(Files.readString(dir.resolve("terraform.tfstate.d/dev/sslform.tfstate")).contains(ID));
        assertFalse(Files.exists(dir.resolve("sslform.tfstate")), "the default workspace was not touched");
    }

    @Test
    void select_of_a_missing_workspace_fails_unless_or_create() {
        EngineCliRunner.Result r = run("workspace", "select", "qa");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Workspace \"qa\" doesn't exist."), r.err());
        EngineCliRunner.Result created = run("workspace", "select", "-or-create", "qa");
        assertEquals(0, created.code(), created.all());
        assertEquals("qa\n", run("workspace", "show").out());
    }

    @Test
    void new_refuses_an_existing_or_invalid_name() {
        assertEquals(0, run("workspace", "new", "dev").code());
        EngineCliRunner.Result again = run("workspace", "new", "dev");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("Workspace \"dev\" already exists"), again.err());
        EngineCliRunner.Result bad = run("workspace", "new", "a/b");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("The workspace name \"a/b\" is not allowed"), bad.err());
    }

    @Test
    void delete_refuses_the_current_the_default_and_a_non_empty_workspace_without_force() {
        assertEquals(0, run("workspace", "new", "dev").code());
        EngineCliRunner.Result current = run("workspace", "delete", "dev");
        assertEquals(1, current.code());
        assertTrue(current.err().contains("is your active workspace"), current.err());
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(0, run("workspace", "select", "default").code());
        EngineCliRunner.Result deflt = run("workspace", "delete", "default");
        assertEquals(1, deflt.code());
        EngineCliRunner.Result nonEmpty = run("workspace", "delete", "dev");
        assertEquals(1, nonEmpty.code());
        assertTrue(nonEmpty.err().contains("Workspace is not empty"), nonEmpty.err());
        assertTrue(nonEmpty.err().contains(ADDR), nonEmpty.err());
        EngineCliRunner.Result forced = run("workspace", "delete", "-force", "dev");
        assertEquals(0, forced.code(), forced.all());
        assertTrue(forced.out().contains("Deleted workspace \"dev\"!"), forced.out());
        assertTrue(forced.out().contains("was non-empty"), forced.out());
        assertFalse(Files.exists(dir.resolve("terraform.tfstate.d/dev")));
        assertEquals("* default\n\n", run("workspace", "list").out());
    }
}
