package dev.sslform.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/demo} end to end, as the README tells a newcomer to, on the jars this build has
 * just packaged (Failsafe runs after {@code package}; SSLFORM_DEMO_NO_BUILD makes a missing jar
 * an error instead of a nested build). The demo's temp directory goes under a JUnit one.
 */
class DemoIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final long DEADLINE_SECONDS = 240;

    @TempDir
    Path tmp;

    @Test
    void bin_demo_walks_the_basic_example_to_a_converged_instance_and_exits_0() throws Exception {
        assertTrue(Files.isRegularFile(ROOT.resolve("mock-cloud-api/target/mock-cloud-api.jar")),
                "build mock-cloud-api first (mvn install runs it before the plugin)");
        Process p = start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        if (!p.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("bin/demo did not finish within " + DEADLINE_SECONDS + " s:\n" + output.get(10, TimeUnit.SECONDS));
        }
        String out = output.get(10, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        for (String line : new String[] {
                "mockcloud listening on http://127.0.0.1:",
                "$ bin/sslform -chdir=examples/basic validate",
                "Success! The configuration is valid.",
                "Plan: 1 to add, 0 to change, 0 to destroy.",
                "waits for the maintenance window opening",
                "Apply complete! Resources: 1 added, 0 changed, 0 destroyed.",
                "Pending operations",
                "\"Encryption\":\"wait_doing\"",
                "$ curl -s -X POST $TF_VAR_endpoint/_mock/clock",
                "\"Encryption\":\"enable\"",
                "No changes. Your infrastructure matches the configuration.",
                "TencentDB-SSL-CA.jks",
                "CA bundle saved to " + tmp}) {
            assertTrue(out.contains(line), "expected \"" + line + "\" in:\n" + out);
        }
        try (var dirs = Files.list(tmp)) {
            Path work = dirs.filter(d -> d.getFileName().toString().startsWith("sslform-demo.")).findFirst().orElseThrow();
            assertTrue(Files.size(work.resolve("TencentDB-SSL-CA.zip")) > 0);
        }
        assertNoMockcloudLeft();
    }

    @Test
    void an_interrupted_demo_stops_its_mockcloud_and_exits_non_zero() throws Exception {
        Process p = start();
        StringBuilder out = new StringBuilder();
        CountDownLatch listening = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                    if (line.startsWith("mockcloud listening on")) {
                        listening.countDown();
                    }
                }
            } catch (IOException e) {
                // the process is gone; what was read is enough
            }
        });
        reader.start();
        assertTrue(listening.await(DEADLINE_SECONDS, TimeUnit.SECONDS), "mockcloud never started:\n" + out);
        p.destroy(); // SIGTERM, as a CI runner cancelling the job would send; Ctrl-C takes the same trap
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/demo did not stop on SIGTERM");
        reader.join(10_000);
        assertNotEquals(0, p.exitValue(), out.toString());
        assertNoMockcloudLeft();
    }

    private Process start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "bin/demo").directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().put("SSLFORM_DEMO_NO_BUILD", "1");
        pb.environment().remove("TF_VAR_endpoint");
        return pb.start();
    }

    /** No process anywhere still runs on this test's temp directory (the demo's mockcloud would). */
    private void assertNoMockcloudLeft() throws InterruptedException {
        for (int i = 0; i < 50 && running(); i++) {
            Thread.sleep(100); // a process that got SIGTERM takes a moment to leave the process table
        }
        boolean left = running();
        if (left) { // do not leak it into the rest of the build
            ProcessHandle.allProcesses().filter(h -> h.info().commandLine().orElse("").contains(tmp.toString()))
                    .forEach(ProcessHandle::destroyForcibly);
        }
        assertFalse(left, "a mockcloud started by bin/demo is still running");
    }

    private boolean running() {
        return ProcessHandle.allProcesses().anyMatch(h -> h.isAlive() && h.info().commandLine().orElse("").contains(tmp.toString()));
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }
}
