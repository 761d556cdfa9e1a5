package dev.sslform.plugin.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The user's interrupts (SIGINT, SIGTERM) as apply sees them. The first asks for a graceful stop:
 * start nothing new, let calls in flight finish, stop waiting for flows (they go on remotely and
 * are recorded as pending), write state, report. The second asks to stop now: the registered
 * abort hooks run (newest first: write state, release the lock) and the process exits.
 * Thread-safe; signal handlers call {@link #signal}.
 */
public final class Interruption {

    private final AtomicInteger count = new AtomicInteger();
    private final List<Runnable> hooks = new ArrayList<>();

    /** Records one interrupt; on the second, runs the abort hooks. Returns how many there were. */
    public int signal() {
        int n = count.incrementAndGet();
        if (n == 2) {
            List<Runnable> run;
            synchronized (hooks) {
                run = new ArrayList<>(hooks);
            }
            for (int i = run.size() - 1; i >= 0; i--) {
                try {
                    run.get(i).run();
                } catch (RuntimeException e) {
                    // Best effort: the next hook (e.g. releasing the lock) must still run.
                }
            }
        }
        return n;
    }

    public boolean stopRequested() {
        return count.get() >= 1;
    }

    /** Registers {@code hook} to run on the second interrupt; close the result to unregister it. */
    public AutoCloseable onAbort(Runnable hook) {
        synchronized (hooks) {
            hooks.add(hook);
        }
        return () -> {
            synchronized (hooks) {
                hooks.remove(hook);
            }
        };
    }
}
