package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupts and crashes with a real child process ({@code java … cli.Main apply}) against
 * mockcloud in this JVM on the system clock, where each SSL task takes 3 s: SIGINT stops
 * gracefully and reports, a second SIGINT stops at once with state written and the lock released,
 * and after SIGKILL the next run re-plans cleanly and sends no operation twice.
 */
class InterruptIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int FLEET = 8;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    MockCloud mock;

    @BeforeEach
    void start() throws Exception {
        mock = MockCloud.start(MockCloudConfig.forTests("interrupt-" + UUID.randomUUID(), Instant.now())
                .withSystemClock().withDurations(Duration.ofSeconds(3), Duration.ofSeconds(3)));
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < FLEET; i++) {
            String id = "mssql-intr%04d".formatted(i);
            post("/_mock/instances", "{\"InstanceId\":\"" + id + "\",\"Region\":\"ap-guangzhou\"}");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "http://%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset([%s])
                  instance_id = each.value
                  encryption  = "enable"
                }
                """.formatted(mock.endpoint(), ids));
    }

    @AfterEach
    void stop() {
        try {
            mock.close();
        } catch (RuntimeException e) {
            // a graceful-stop timeout with keep-alive connections is not what these tests are about
        }
    }

    void post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(mock.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.body());
    }

    /** ModifyDBInstanceSSL calls per instance id, from the mock's journal. */
    Map<String, Integer> modifies() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(mock.url() + "/_mock/requests?action=ModifyDBInstanceSSL&limit=10000"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonNode all = JSON.readTree(body);
        JsonNode list = all.isArray() ? all : all.path("requests");
        Map<String, Integer> out = new HashMap<>();
        list.forEach(r -> out.merge(r.path("parameters").path("InstanceId").asText(), 1, Integer::sum));
        return out;
    }

    Process child(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.sslform.plugin.cli.Main", "-chdir=" + dir));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID);
        pb.environment().put("TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY);
        return pb.start();
    }

    String out() throws Exception {
        return Files.exists(dir.resolve("out.txt")) ? Files.readString(dir.resolve("out.txt")) : "";
    }

    String err() throws Exception {
        return Files.exists(dir.resolve("err.txt")) ? Files.readString(dir.resolve("err.txt")) : "";
    }

    static void await(String what, Duration limit, BooleanSupplier cond) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            // A short pause between polls so the child gets the CPU; the deadline, not the pause, bounds the wait.
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    void signal(Process p, String sig) throws Exception {
        Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start();
        assertTrue(k.waitFor(10, TimeUnit.SECONDS) && k.exitValue() == 0, "kill -" + sig);
    }

    long creating() throws Exception {
        return out().lines().filter(l -> l.contains(": Creating... [id=")).count();
    }

    int reapply() throws Exception {
        Process again = child("apply", "-auto-approve", "-parallelism=4");
        assertTrue(again.waitFor(120, TimeUnit.SECONDS), "second apply finished");
        return again.exitValue();
    }

    @Test
    void first_sigint_lets_calls_in_flight_finish_writes_state_and_reports_what_was_not_done() throws Exception {
        Process p = child("apply", "-auto-approve", "-parallelism=2");
        await("two operations to start", Duration.ofSeconds(60), () -> {
            try {
                return creating() >= 2;
            } catch (Exception e) {
                return false;
            }
        });
        signal(p, "INT");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child exits after one interrupt");

        assertEquals(1, p.exitValue(), out() + err());
        assertTrue(err().contains("Interrupt received."), err());
        assertTrue(err().contains("Error: Operation interrupted"), err());
        assertTrue(err().contains("Not started (run apply again to make these changes):"), err());
        assertTrue(err().contains("State is written."), err());
        assertFalse(Files.exists(dir.resolve("sslform.tfstate.lock.info")), "the lock is released");
        Map<String, Integer> sent = modifies();
        assertTrue(sent.size() >= 2 && sent.size() < FLEET, "some started, some not: " + sent);
        String state = Files.readString(dir.resolve("sslform.tfstate"));
        for (String id : sent.keySet()) {
            assertTrue(state.contains("\"" + id + "\""), "every started operation is in state: " + id);
        }

        assertEquals(0, reapply(), out() + err());
        Map<String, Integer> after = modifies();
        assertEquals(FLEET, after.size(), after.toString());
        after.forEach((id, n) -> assertEquals(1, n, "never sent twice: " + id));
    }

    @Test
    void a_second_sigint_stops_at_once_with_state_written_and_the_lock_released() throws Exception {
        // Instances 0 and 1 go first and fast; the later ones' ModifyDBInstanceSSL takes 8 s, so a
        // graceful stop is still waiting for those calls in flight when the second interrupt comes.
        for (int i = 2; i < FLEET; i++) {
            post("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"instanceId\":\"mssql-intr%04d\",\"latencyMs\":8000}".formatted(i));
        }
        Process p = child("apply", "-auto-approve", "-parallelism=2");
        await("a slow call to be in flight after the first operations were recorded", Duration.ofSeconds(60), () -> {
            try {
                return Files.exists(dir.resolve("sslform.tfstate")) && out().contains("Creating... [id=mssql-intr0002]");
            } catch (Exception e) {
                return false;
            }
        });
        signal(p, "INT");
        await("the first interrupt to be seen", Duration.ofSeconds(30), () -> {
            try {
                return err().contains("Interrupt received.");
            } catch (Exception e) {
                return false;
            }
        });
        signal(p, "INT");
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child exits after two interrupts");

        assertEquals(1, p.exitValue(), out() + err());
        assertTrue(err().contains("Two interrupts received."), err());
        assertFalse(Files.exists(dir.resolve("sslform.tfstate.lock.info")), "the lock is released");
        String state = Files.readString(dir.resolve("sslform.tfstate"));
        assertTrue(state.contains("\"mssql-intr0000\"") && state.contains("\"mssql-intr0001\""), "finished operations are in state: " + state);
        // The calls that were in flight when the process stopped still reach the server (after the
        // injected latency); wait until they have, as the next pipeline run would come later.
        List<String> started = out().lines().filter(l -> l.contains(": Creating... [id=")).map(l -> l.replaceAll(".*\\[id=(.*)]$", "$1")).toList();
        await("the calls in flight at the abort to reach the server", Duration.ofSeconds(30), () -> {
            try {
                return modifies().keySet().containsAll(started);
            } catch (Exception e) {
                return false;
            }
        });

        assertEquals(0, reapply(), out() + err());
        modifies().forEach((id, n) -> assertEquals(1, n, "never sent twice: " + id));
        assertEquals(FLEET, modifies().size());
    }

    @Test
    void after_sigkill_the_next_run_recognises_pending_operations_from_the_api_and_sends_none_twice() throws Exception {
        Process p = child("apply", "-auto-approve", "-parallelism=3");
        await("three operations to start", Duration.ofSeconds(60), () -> {
            try {
                return creating() >= 3;
            } catch (Exception e) {
                return false;
            }
        });
        signal(p, "KILL");
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Map<String, Integer> sent = modifies();
        assertTrue(Files.exists(dir.resolve("sslform.tfstate.lock.info")), "a killed process cannot release its lock");

        // The next run recognises the dead holder's lock, replaces it with a warning, and re-plans cleanly.
        Process plan = child("plan", "-parallelism=4");
        assertTrue(plan.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, plan.exitValue(), out() + err());
        assertTrue(out().contains("Warning: Replaced a stale state lock"), out());

        assertEquals(0, reapply(), out() + err());
        Map<String, Integer> after = modifies();
        assertEquals(FLEET, after.size(), after.toString());
        after.forEach((id, n) -> assertEquals(1, n, "never sent twice: " + id + " (sent before the kill: " + sent + ")"));
    }
}
