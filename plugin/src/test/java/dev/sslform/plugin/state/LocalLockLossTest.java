package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local lock removed under its holder (force-unlock from another terminal) is noticed at the next write. */
class LocalLockLossTest {

    @TempDir
    Path dir;

    @Test
    void a_write_after_the_lock_was_force_unlocked_and_taken_by_another_run_is_refused() {
        Path file = dir.resolve("sslform.tfstate");
        LocalStateBackend first = new LocalStateBackend(file);
        Lock lock = first.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));
        State s = first.write(first.read());

        LocalStateBackend second = new LocalStateBackend(file);
        second.forceUnlock(lock.info().id());
        try (Lock other = second.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            StateLockLostException e = assertThrows(StateLockLostException.class, () -> first.write(s));
            assertTrue(e.getMessage().contains("now holds lock " + other.info().id()), e.getMessage());
            lock.close();
            assertTrue(Files.exists(second.lockPath()), "the first run's release leaves the second run's lock");
            assertEquals(2, second.write(second.read()).serial());
        }
        // Without a lock taken through it, a backend writes as before (state commands that lock elsewhere).
        assertEquals(3, first.write(first.read()).serial());
    }
}
