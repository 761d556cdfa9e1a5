package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock or state file that cannot be created says why, not just its path twice. */
class LockFileMessagesTest {

    @TempDir
    Path dir;

    @Test
    void a_lock_in_a_missing_directory_names_the_reason() {
        Path state = dir.resolve("missing/sslform.tfstate");
        StateException e = assertThrows(StateException.class,
                () -> new LocalStateBackend(state).lock(LockRequest.of("OperationTypePlan", Duration.ZERO)));
        assertEquals("cannot create lock file " + state + ".lock.info: no such file or directory", e.getMessage());
    }

    @Test
    void permission_denied_is_said_in_words() {
        Path p = dir.resolve("x.lock.info");
        assertEquals("permission denied", IoReasons.of(new AccessDeniedException(p.toString()), p));
        assertEquals("permission denied (" + dir + ")", IoReasons.of(new AccessDeniedException(dir.toString()), p));
        assertEquals("Read-only file system", IoReasons.of(new java.nio.file.FileSystemException(p.toString(), null, "Read-only file system"), p));
    }
}
