package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.support.Sleeper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply when the state can no longer be written mid-apply (here: another writer bumps the serial
 * while the first operation's flow runs): nothing new starts, the accepted operation is never
 * reported as failed, the recovery block names it with its flow id, errored.tfstate holds the
 * state that could not be stored, and the next run sends nothing twice.
 */
class StateWriteFailureTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int N = 5;

    @TempDir
    Path dir;

    MockCloudHarness mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < N; i++) {
            String id = "mssql-swf%03d".formatted(i);
            mock.createInstance(id, "03:00");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset([%s])
                  instance_id = each.value
                  encryption  = "enable"
                }
                """.formatted(mock.endpointUrl(), ids));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner cli(Sleeper sleeper) {
        return new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), sleeper);
    }

    EngineCliRunner.Result run(EngineCliRunner cli, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    List<JsonNode> modifies() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000&action=ModifyDBInstanceSSL"));
        JsonNode list = all.isArray() ? all : all.path("requests");
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    /** Another writer (ignoring the lock) stores the state again with serial + 1. */
    void bumpSerial() {
        try {
            Path f = dir.resolve("sslform.tfstate");
            ObjectNode s = (ObjectNode) JSON.readTree(Files.readAllBytes(f));
            s.put("serial", s.path("serial").asLong() + 1);
            Files.write(f, JSON.writeValueAsBytes(s));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_serial_conflict_mid_apply_stops_new_operations_and_leaves_a_recovery_block_and_errored_tfstate() throws Exception {
        AtomicBoolean bumped = new AtomicBoolean();
        Sleeper base = mock.sleeper();
        // The first wait is the first operation's flow: by then its call was accepted and recorded.
        Sleeper sabotage = d -> {
            if (bumped.compareAndSet(false, true)) {
                bumpSerial();
            }
            base.sleep(d);
        };

        EngineCliRunner.Result apply = run(cli(sabotage), "apply", "-auto-approve", "-parallelism", "1");

        assertEquals(1, apply.code(), apply.all());
        assertEquals(1, modifies().size(), "nothing started after the failed write: " + apply.all());
        assertFalse(apply.all().contains("Failed:"), "an accepted operation is never reported as failed:\n" + apply.all());
        assertTrue(apply.err().contains("Error: Failed to save state"), apply.err());
        assertTrue(apply.err().contains("refusing to write state based on serial"), apply.err());
        assertTrue(apply.err().contains("Not started"), apply.err());
        assertTrue(apply.err().contains("Error: Failed to persist state to backend"), apply.err());
        String first = modifies().get(0).path("parameters").path("InstanceId").asText();
        assertTrue(apply.err().contains("fleet[\"" + first + "\"]  instance " + first + "  encryption = \"enable\""), apply.err());
        Path errored = dir.resolve("errored.tfstate");
        assertTrue(Files.exists(errored), apply.err());
        JsonNode saved = JSON.readTree(Files.readAllBytes(errored));
        assertTrue(saved.toString().contains(first), saved.toString());
        assertFalse(apply.out().contains("Apply complete!"), apply.out());

        // State is writable again: the next apply makes the other four changes and repeats nothing.
        EngineCliRunner.Result again = run(cli(mock.sleeper()), "apply", "-auto-approve");
        assertEquals(0, again.code(), again.all());
        assertEquals(N, modifies().size());
        assertEquals(N, modifies().stream().map(m -> m.path("parameters").path("InstanceId").asText()).distinct().count());
        EngineCliRunner.Result plan = run(cli(mock.sleeper()), "plan", "-detailed-exitcode");
        assertEquals(0, plan.code(), plan.all());
    }

    @Test
    void under_json_the_recovery_block_is_a_diagnostic_message_of_the_machine_readable_ui() throws Exception {
        AtomicBoolean bumped = new AtomicBoolean();
        Sleeper base = mock.sleeper();
        Sleeper sabotage = d -> {
            if (bumped.compareAndSet(false, true)) {
                bumpSerial();
            }
            base.sleep(d);
        };

        EngineCliRunner.Result apply = run(cli(sabotage), "apply", "-json", "-auto-approve", "-parallelism", "1");

        assertEquals(1, apply.code(), apply.all());
        assertEquals(1, modifies().size(), apply.all());
        List<JsonNode> diagnostics = new ArrayList<>();
        for (String line : apply.out().split("\n")) {
            JsonNode m = JSON.readTree(line); // every line of stdout is one JSON message
            if (m.path("type").asText().equals("diagnostic")) {
                diagnostics.add(m);
            }
        }
        List<String> summaries = diagnostics.stream().map(m -> m.path("diagnostic").path("summary").asText()).toList();
        assertTrue(summaries.contains("Failed to save state") && summaries.contains("Failed to persist state to backend"), apply.out());
        JsonNode block = diagnostics.stream().filter(m -> m.path("diagnostic").path("summary").asText()
                .equals("Failed to persist state to backend")).findFirst().orElseThrow();
        assertEquals("error", block.path("@level").asText());
        assertEquals("error", block.path("diagnostic").path("severity").asText());
        String first = modifies().get(0).path("parameters").path("InstanceId").asText();
        assertTrue(block.path("diagnostic").path("detail").asText().contains(first), block.toString());
        assertTrue(block.path("diagnostic").path("detail").asText().contains("state push errored.tfstate"), block.toString());
        assertFalse(apply.err().contains("Failed to persist state"), "not printed as text as well: " + apply.err());
        assertTrue(Files.exists(dir.resolve("errored.tfstate")));
    }
}
