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
import java.time.ZoneOffset;
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
 * SIGKILL of a real child sslform while its {@code wait_switch = 1} calls are in flight (sent, not
 * yet answered, so their flow ids were never recorded), with the maintenance window days away.
 * The operations are sslform's own (each was recorded as requested before it was sent), so the
 * next plan and apply adopt them as pending: no "operation in progress that sslform did not
 * start", no ModifyDBInstanceSSL sent twice, and the plan converges.
 */
class KilledWaitIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int FLEET = 10;

    @TempDir
    Path dir;

    MockCloud mock;

    @BeforeEach
    void start() throws Exception {
        mock = MockCloud.start(MockCloudConfig.forTests("killedwait-" + UUID.randomUUID(), Instant.now()).withSystemClock());
        // A weekly window three days from today (region time, UTC+8): it does not open during the test.
        int day = Instant.now().atOffset(ZoneOffset.ofHours(8)).getDayOfWeek().plus(3).getValue();
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < FLEET; i++) {
            String id = "mssql-kwait%03d".formatted(i);
            post("/_mock/instances", "{\"InstanceId\":\"" + id + "\",\"Region\":\"ap-guangzhou\","
                    + "\"Maintenance\":{\"Weekly\":[" + day + "],\"StartTime\":\"03:00\",\"Span\":1}}");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        // Each ModifyDBInstanceSSL is answered after 4 s: long enough to kill the child while all are in flight.
        post("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"latencyMs\":4000}");
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "http://%s"
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset([%s])
                  instance_id = each.value
                  encryption  = "enable"
                  wait_switch = 1
                }
                """.formatted(mock.endpoint(), ids));
    }

    @AfterEach
    void stop() {
        try {
            mock.close();
        } catch (RuntimeException e) {
            // a graceful-stop timeout with keep-alive connections is not what this test is about
        }
    }

    void post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(mock.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.body());
    }

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

    String output() throws Exception {
        return (Files.exists(dir.resolve("out.txt")) ? Files.readString(dir.resolve("out.txt")) : "")
                + (Files.exists(dir.resolve("err.txt")) ? Files.readString(dir.resolve("err.txt")) : "");
    }

    static void await(String what, Duration limit, BooleanSupplier cond) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            // A short pause between polls so the child gets the CPU; the deadline, not the pause, bounds the wait.
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    long requestedInState() {
        try {
            Path s = dir.resolve("sslform.tfstate");
            if (!Files.exists(s)) {
                return 0;
            }
            String text = Files.readString(s);
            return text.split("\"requested_at\"", -1).length - 1;
        } catch (Exception e) {
            return 0;
        }
    }

    Process run(String... args) throws Exception {
        Process p = child(args);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", args) + " finished");
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void after_sigkill_during_wait_switch_calls_the_next_runs_adopt_them_and_send_none_twice() throws Exception {
        Process p = child("apply", "-auto-approve", "-parallelism=" + FLEET);
        await("every operation to be recorded as requested and sent", Duration.ofSeconds(90), () -> requestedInState() >= FLEET);
        assertTrue(output().contains("Creating..."), output());
        assertFalse(Files.readString(dir.resolve("sslform.tfstate")).contains("\"flow_id\" : 1"), "killed before any answer");
        Process k = new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).inheritIO().start();
        assertTrue(k.waitFor(10, TimeUnit.SECONDS) && k.exitValue() == 0);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        // The calls in flight at the kill still reach the server, as they would in production; those
        // still queued in the client's rate limiter died with it (recorded as requested, never sent).
        Map<String, Integer>[] last = new Map[] {Map.of()};
        long[] stableSince = {System.nanoTime()};
        await("the calls in flight to be carried out", Duration.ofSeconds(60), () -> {
            try {
                Map<String, Integer> now = modifies();
                if (!now.equals(last[0])) {
                    last[0] = now;
                    stableSince[0] = System.nanoTime();
                }
                return System.nanoTime() - stableSince[0] > Duration.ofSeconds(6).toNanos();
            } catch (Exception e) {
                return false;
            }
        });
        Map<String, Integer> sentBeforeKill = modifies();
        assertFalse(sentBeforeKill.isEmpty(), "calls were in flight at the kill");

        Process plan = run("plan", "-detailed-exitcode", "-parallelism=" + FLEET);
        String planOut = output();
        assertEquals(sentBeforeKill.size() == FLEET ? 0 : 2, plan.exitValue(), "sent operations are adopted as pending:\n" + planOut);
        assertTrue(planOut.contains("waits for the maintenance window"), planOut);
        assertFalse(planOut.contains("did not start"), planOut);
        assertTrue(planOut.contains("0 to add, " + (FLEET - sentBeforeKill.size()) + " to change") || sentBeforeKill.size() == FLEET, planOut);

        Process apply = run("apply", "-auto-approve", "-parallelism=" + FLEET);
        assertEquals(0, apply.exitValue(), output());
        Map<String, Integer> sent = modifies();
        assertEquals(FLEET, sent.size(), sent.toString());
        sent.forEach((id, n) -> assertEquals(1, n, "never sent twice: " + id));

        Process again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.exitValue(), output());
    }
}
