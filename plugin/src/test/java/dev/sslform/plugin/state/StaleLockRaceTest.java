package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many runs racing to replace the lock of a holder that died: exactly one of them gets the lock,
 * whether they are threads of one process or separate processes. (Replacing was check-then-delete:
 * a racer could delete the lock another had just created, leaving two or three holders.)
 */
class StaleLockRaceTest {

    static final int THREADS = 8;
    static final int TRIALS = 200;

    @TempDir
    Path dir;

    /** The pid of a process of this host that has exited. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    static void writeStaleLock(Path lockPath, long pid, String id) throws Exception {
        String owner = LockFile.owner().replaceFirst("^pid \\d+", "pid " + pid);
        LockInfo dead = new LockInfo(id, "OperationTypeApply", owner, "someone@host", "sslform", "2026-12-01T00:00:00Z", "x");
        Files.write(lockPath, StateCodec.JSON.writeValueAsBytes(dead));
    }

    static LockInfo mine(String id) {
        return new LockInfo(id, "OperationTypeApply", LockFile.owner(), "me", "sslform", "2026-12-01T00:00:00Z", "x");
    }

    @Test
    void eight_threads_replacing_a_dead_holders_lock_end_with_exactly_one_holder_in_every_trial() throws Exception {
        long dead = deadPid();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                Path lockPath = dir.resolve("t" + trial + ".tfstate.lock.info");
                writeStaleLock(lockPath, dead, "dead-" + trial);
                LockFile lockFile = new LockFile(lockPath);
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<Optional<Lock>>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String id = "trial" + trial + "-thread" + t;
                    results.add(pool.submit(() -> {
                        start.await();
                        return lockFile.tryLock(mine(id), new LockInfo[1]);
                    }));
                }
                List<Lock> holders = new ArrayList<>();
                for (Future<Optional<Lock>> f : results) {
                    f.get(30, TimeUnit.SECONDS).ifPresent(holders::add);
                }
                assertEquals(1, holders.size(), "trial " + trial + ": holders " + holders.stream().map(l -> l.info().id()).toList());
                assertEquals(holders.get(0).info().id(), lockFile.read().orElseThrow().id(), "the file holds the one holder's lock");
                holders.get(0).close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Run in a child JVM: waits for the parent's go (a line on stdin), tries once to take each lock
     * file named on the command line, prints the ones it got, then holds them until stdin closes:
     * a lock whose holder exited is stale and may rightly be taken again, so holders stay alive
     * until every process has tried.
     */
    public static void main(String[] args) throws Exception {
        if (System.in.read() == -1) {
            return;
        }
        StringBuilder got = new StringBuilder();
        for (String arg : args) {
            Optional<Lock> l = new LockFile(Path.of(arg)).tryLock(mine("p" + ProcessHandle.current().pid() + "-" + arg), new LockInfo[1]);
            if (l.isPresent()) {
                got.append(arg).append('\n');
            }
        }
        System.out.print(got + "END\n");
        System.out.flush();
        while (System.in.read() != -1) {
            // held until the parent closes our stdin
        }
    }

    @Test
    void separate_processes_replacing_dead_holders_locks_end_with_exactly_one_holder_per_lock() throws Exception {
        int processes = 4;
        int locks = 60;
        long dead = deadPid();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < locks; i++) {
            Path lockPath = dir.resolve("p" + i + ".tfstate.lock.info");
            writeStaleLock(lockPath, dead, "dead-" + i);
            args.add(lockPath.toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), StaleLockRaceTest.class.getName()));
            cmd.addAll(args);
            children.add(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        for (Process c : children) { // go: every child tries at once, as soon as its JVM is up
            c.getOutputStream().write('\n');
            c.getOutputStream().flush();
        }
        List<String> won = new ArrayList<>();
        for (Process c : children) {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream()));
            for (String line = in.readLine(); line != null && !line.equals("END"); line = in.readLine()) {
                won.add(line);
            }
        }
        for (Process c : children) {
            c.getOutputStream().close(); // every process has tried: holders may exit
        }
        for (Process c : children) {
            assertTrue(c.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, c.exitValue());
        }
        for (String lock : args) {
            assertEquals(1, won.stream().filter(lock::equals).count(), lock + " taken by exactly one process: " + won);
        }
    }
}
