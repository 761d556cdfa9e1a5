package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Terraform's common flags through the real command line: --flag, -input, approval on stdin, -lock. */
class TerraformFlagsTest extends PipelineCliBase {

    @Test
    void every_flag_takes_two_dashes_as_well_as_one() {
        EngineCliRunner.Result r = run("plan", "--detailed-exitcode", "--input=false", "--no-color");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.out().contains("Plan: 1 to add"), r.out());
        EngineCliRunner.Result applied = cli().run("--chdir=" + dir, "apply", "--auto-approve", "--input=false");
        assertEquals(0, applied.code(), applied.all());
        assertEquals(ADDR + "\n", run("state", "list", "--state=" + dir.resolve("sslform.tfstate")).out());
    }

    @Test
    void an_unknown_double_dash_flag_is_still_an_error() {
        EngineCliRunner.Result r = run("plan", "--detailed-exitcode-typo");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Unknown option: '--detailed-exitcode-typo'"), r.err());
    }

    @Test
    void apply_reads_yes_from_a_pipe() {
        EngineCliRunner cli = cli();
        cli.stdin = "yes\n";
        EngineCliRunner.Result r = run(cli, "apply");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Do you want to perform these actions?"), r.out());
        assertTrue(r.out().contains("Apply complete! Resources: 1 added, 0 changed, 0 destroyed."), r.out());
    }

    @Test
    void apply_with_input_false_never_asks_and_fails_without_auto_approve() {
        EngineCliRunner cli = cli();
        cli.stdin = "yes\n";
        cli.interactive = true;
        EngineCliRunner.Result r = run(cli, "apply", "-input=false");
        assertEquals(1, r.code(), r.all());
        assertFalse(r.out().contains("Enter a value"), r.out());
        assertTrue(r.err().contains("Apply requires confirmation, but input is disabled (-input=false)"), r.err());
        assertTrue(r.err().contains("-auto-approve"), r.err());
        assertEquals("", run("state", "list").out(), "nothing was applied");
    }

    @Test
    void tf_input_false_disables_input_as_the_flag_does() {
        env.put("TF_INPUT", "false");
        EngineCliRunner cli = cli();
        cli.stdin = "yes\n";
        EngineCliRunner.Result r = run(cli, "apply");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("input is disabled"), r.err());
    }

    @Test
    void an_answer_other_than_yes_cancels() {
        EngineCliRunner cli = cli();
        cli.stdin = "y\n";
        EngineCliRunner.Result r = run(cli, "apply");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Apply cancelled."), r.err());
        assertFalse(r.err().contains("stdin ended"), r.err());
    }

    @Test
    void lock_false_runs_while_someone_else_holds_the_lock_and_lock_true_does_not() {
        LocalStateBackend state = new LocalStateBackend(dir.resolve("sslform.tfstate"), mock.clock(), mock.sleeper(), "other@host");
        try (Lock held = state.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            EngineCliRunner.Result locked = run("plan", "-input=false");
            assertEquals(1, locked.code(), locked.all());
            assertTrue(locked.all().contains("Error acquiring the state lock"), locked.all());
            EngineCliRunner.Result unlocked = run("plan", "-input=false", "-lock=false");
            assertEquals(0, unlocked.code(), unlocked.all());
            assertTrue(unlocked.out().contains("Plan: 1 to add"), unlocked.out());
            assertTrue(Files.exists(state.lockPath()), "the other holder's lock is left alone");
        }
    }

    @Test
    void compact_warnings_prints_each_warning_as_one_line() {
        EngineCliRunner.Result full = run("plan", "-target=" + ADDR);
        assertTrue(full.out().contains("Warning: Resource targeting is in effect"), full.out());
        assertTrue(full.out().contains("The -target option is not for routine use"), full.out());
        EngineCliRunner.Result compact = run("plan", "-target=" + ADDR, "-compact-warnings");
        assertEquals(0, compact.code(), compact.all());
        assertTrue(compact.out().contains("\nWarnings:\n\n- Resource targeting is in effect\n"), compact.out());
        assertTrue(compact.out().contains("To see the full warning notes, run sslform without -compact-warnings."), compact.out());
        assertFalse(compact.out().contains("The -target option is not for routine use"), compact.out());
        assertTrue(compact.out().contains("Plan: 1 to add"), compact.out());
    }

    @Test
    void refresh_false_plans_from_state_without_reading_remote_objects() {
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.deleteInstance(ID);
        EngineCliRunner.Result refreshed = run("plan", "-detailed-exitcode");
        assertTrue(refreshed.out().contains("Refreshing state..."), refreshed.out());
        assertTrue(refreshed.out().contains("has been deleted"), refreshed.out());
        EngineCliRunner.Result stale = run("plan", "-refresh=false", "-detailed-exitcode");
        assertEquals(0, stale.code(), stale.all());
        assertFalse(stale.out().contains("Refreshing state..."), stale.out());
        assertTrue(stale.out().contains("No changes."), stale.out());
        EngineCliRunner.Result both = run("plan", "-refresh=false", "-refresh-only");
        assertEquals(1, both.code());
        assertTrue(both.err().contains("Incompatible refresh options"), both.err());
    }
}
