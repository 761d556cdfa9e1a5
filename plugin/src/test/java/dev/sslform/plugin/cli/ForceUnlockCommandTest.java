package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box tests of {@code sslform force-unlock} on the local backend: prompt, -force, refusals, usage. */
class ForceUnlockCommandTest {

    static final String PROMPT = """

            Do you really want to force-unlock?
              sslform will remove the lock on the remote state.
              This will allow local sslform commands to modify this state, even though it
              may still be in use. Only 'yes' will be accepted to confirm.

              Enter a value:\s""";

    static final String UNLOCKED = """
            sslform state has been successfully unlocked!

            The state has been unlocked, and sslform commands should now be able to
            obtain a new lock on the remote state.
            """;

    @TempDir
    Path dir;

    final FakeClock clock = new FakeClock();
    EngineCliRunner cli;
    LocalStateBackend state;
    /** A lock whose holder went away without releasing it. */
    Lock abandoned;

    @BeforeEach
    void lockTheState() throws Exception {
        cli = new EngineCliRunner(Map.of(), clock, new FakeSleeper(clock));
        state = new LocalStateBackend(dir.resolve("sslform.tfstate"), clock, new FakeSleeper(clock), "alice@ci-1");
        abandoned = state.lock(new LockRequest("OperationTypeApply", "apply #42", Duration.ZERO));
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    /** Someone else can lock the state again. */
    static void assertLockable(LocalStateBackend b) {
        try (Lock next = b.lock(LockRequest.of("OperationTypePlan", Duration.ZERO))) {
            assertTrue(Files.exists(b.lockPath()), "locked anew");
        }
    }

    @Test
    void force_removes_the_lock_without_asking() {
        EngineCliRunner.Result r = run("force-unlock", "-force", abandoned.info().id());
        assertEquals(0, r.code(), r.all());
        assertEquals(UNLOCKED, r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(state.lockPath()));
        assertLockable(state);
    }

    @Test
    void on_a_terminal_it_asks_and_unlocks_only_after_yes() throws Exception {
        cli.interactive = true;
        byte[] lock = Files.readAllBytes(state.lockPath());
        cli.stdin = "no\n";
        EngineCliRunner.Result no = run("force-unlock", abandoned.info().id());
        assertEquals(1, no.code(), no.all());
        assertEquals(PROMPT, no.out());
        // On a terminal, Terraform's framed diagnostic in colour.
        assertEquals("\u001b[31m╷\u001b[0m\n\u001b[31m│\u001b[0m \u001b[1m\u001b[31mError: \u001b[0m\u001b[1mForce-unlock cancelled.\u001b[0m\n"
                + "\u001b[31m│\u001b[0m\n\u001b[31m╵\u001b[0m\n", no.err());
        assertArrayEquals(lock, Files.readAllBytes(state.lockPath()));

        cli.stdin = "yes\n";
        EngineCliRunner.Result yes = run("force-unlock", abandoned.info().id());
        assertEquals(0, yes.code(), yes.all());
        assertEquals(PROMPT + "\n" + UNLOCKED, yes.out());
        assertFalse(Files.exists(state.lockPath()));
    }

    @Test
    void without_a_terminal_it_asks_on_stdin_and_end_of_input_refuses_naming_force() throws Exception {
        byte[] lock = Files.readAllBytes(state.lockPath());
        EngineCliRunner.Result r = run("force-unlock", abandoned.info().id());
        assertEquals(1, r.code(), r.all());
        assertEquals(PROMPT, r.out());
        assertEquals("""

                Error: Force-unlock cancelled.

                stdin ended without an answer.
                sslform asks for "yes" before removing a lock. To run without a terminal
                (CI), make sure the lock's holder is gone and pass -force.
                """, r.err());
        assertArrayEquals(lock, Files.readAllBytes(state.lockPath()));
    }

    @Test
    void another_id_exits_1_showing_the_held_lock_and_leaves_it() throws Exception {
        byte[] lock = Files.readAllBytes(state.lockPath());
        EngineCliRunner.Result r = run("force-unlock", "-force", "0b7d6c1e-not-the-id");
        assertEquals(1, r.code(), r.all());
        assertEquals("", r.out());
        assertTrue(r.words().startsWith(" Error: Failed to unlock state Lock ID \"0b7d6c1e-not-the-id\" does not match the lock held on "
                + state.path() + ", whose ID is \"" + abandoned.info().id() + "\". Nothing was removed. Lock Info: "), r.err());
        for (String line : new String[] {"  ID:        " + abandoned.info().id(), "  Who:       alice@ci-1",
                "  Operation: OperationTypeApply", "  Info:      apply #42"}) {
            assertTrue(r.err().contains(line + "\n") || r.err().contains(line + "; pid "), line + " in\n" + r.err());
        }
        assertArrayEquals(lock, Files.readAllBytes(state.lockPath()));
    }

    @Test
    void no_lock_exits_1() {
        abandoned.close();
        EngineCliRunner.Result r = run("force-unlock", "-force", abandoned.info().id());
        assertEquals(1, r.code(), r.all());
        assertEquals(" Error: Failed to unlock state No lock is held on " + state.path() + ". ", r.words());
    }

    @Test
    void the_id_a_lock_error_shows_is_the_one_force_unlock_takes() {
        EngineCliRunner.Result blocked = run("state", "rm", "tencentcloud_sqlserver_db_instance_ssl_config.orders");
        assertEquals(1, blocked.code(), blocked.all());
        assertTrue(blocked.words().contains("if it is gone, run sslform force-unlock LOCK_ID with the ID above."), blocked.err());
        Matcher id = Pattern.compile("ID: +(\\S+)").matcher(blocked.err());
        assertTrue(id.find(), blocked.err());

        assertEquals(0, run("force-unlock", "-force", id.group(1)).code());
        EngineCliRunner.Result rm = run("state", "rm", "tencentcloud_sqlserver_db_instance_ssl_config.orders");
        assertTrue(rm.err().contains("No matching objects found"), "the lock is gone; rm got to the state: " + rm.err());
    }

    @Test
    void the_lock_is_found_where_state_lives_the_backend_path_or_state() throws Exception {
        abandoned.close();
        Files.writeString(dir.resolve("main.tf"), """
                terraform {
                  backend "local" {
                    path = "envs/prod.tfstate"
                  }
                }
                """);
        Files.createDirectories(dir.resolve("envs"));
        LocalStateBackend prod = new LocalStateBackend(dir.resolve("envs/prod.tfstate"));
        Lock prodLock = prod.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));
        LocalStateBackend other = new LocalStateBackend(dir.resolve("other.tfstate"));
        Lock otherLock = other.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));

        EngineCliRunner.Result wrongFile = run("force-unlock", "-force", otherLock.info().id());
        assertEquals(1, wrongFile.code(), wrongFile.all());
        assertTrue(wrongFile.words().contains("does not match the lock held on " + prod.path()), wrongFile.err());

        assertEquals(0, run("force-unlock", "-force", prodLock.info().id()).code());
        assertLockable(prod);
        EngineCliRunner.Result withState = run("force-unlock", "-force", "-state=other.tfstate", otherLock.info().id());
        assertEquals(0, withState.code(), withState.all());
        assertLockable(other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "force-unlock|Missing required parameter: 'LOCK_ID'",
        "force-unlock -force|Missing required parameter: 'LOCK_ID'",
        "force-unlock id-1 id-2|Unmatched argument at index 3: 'id-2'",
        "force-unlock -forse id-1|Unknown option: '-forse'",
    })
    void a_missing_or_extra_argument_is_a_usage_error_exiting_1(String command, String message) throws Exception {
        byte[] lock = Files.readAllBytes(state.lockPath());
        EngineCliRunner.Result r = run(command.split(" "));
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().startsWith("\nError: Failed to parse command-line flags\n\n" + message + "\n"), r.err());
        assertTrue(r.err().endsWith("\nFor more help on using this command, run:\n  sslform force-unlock -help\n"), r.err());
        assertArrayEquals(lock, Files.readAllBytes(state.lockPath()));
    }

    @Test
    void a_lock_timeout_is_checked_though_force_unlock_never_waits() {
        EngineCliRunner.Result r = run("force-unlock", "-force", "-lock-timeout=soon", abandoned.info().id());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("soon"), r.err());
        assertTrue(Files.exists(state.lockPath()));
        assertEquals(0, run("force-unlock", "-force", "-lock-timeout=30s", abandoned.info().id()).code());
    }

    @Test
    void an_empty_lock_id_is_a_usage_error_exiting_1() {
        EngineCliRunner.Result r = run("force-unlock", "-force", " ");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().startsWith("\nError: Failed to parse command-line flags\n\nLOCK_ID must not be empty\n"), r.err());
        assertTrue(Files.exists(state.lockPath()));
    }

    @Test
    void a_broken_backend_block_is_refused_rather_than_taken_for_the_local_state() throws Exception {
        // a typo in the backend type: falling back to the local file would unlock (or change) the wrong state
        Files.writeString(dir.resolve("main.tf"), """
                terraform {
                  backend "pgg" {
                    conn_str = "postgres://db/state"
                  }
                }
                """);
        byte[] lock = Files.readAllBytes(state.lockPath());
        for (String[] args : List.of(new String[] {"force-unlock", "-force", abandoned.info().id()}, new String[] {"state", "list"})) {
            EngineCliRunner.Result r = run(args);
            assertEquals(1, r.code(), r.all());
            assertTrue(r.err().contains("backend block has errors") && r.err().contains("-state=PATH"), r.err());
        }
        assertArrayEquals(lock, Files.readAllBytes(state.lockPath()), "the local lock was left alone");
        // naming the local file explicitly is the way to act on it anyway
        EngineCliRunner.Result explicit = run("force-unlock", "-force", "-state=sslform.tfstate", abandoned.info().id());
        assertEquals(0, explicit.code(), explicit.all());
        assertFalse(Files.exists(state.lockPath()));
    }
}
