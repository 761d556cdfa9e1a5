package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet-scale apply against mockcloud in-process: many instances at once under -parallelism,
 * with whole progress lines, "N of M done" summaries, batched refresh and no call made twice.
 */
class FleetApplyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int FLEET = 24;

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < FLEET; i++) {
            String id = "mssql-fleet%03d".formatted(i);
            mock.createInstance(id, "03:00");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region     = "ap-guangzhou"
                  endpoint   = "%s"
                  rate_limit = 50
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

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    List<JsonNode> journal(String action) throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000&action=" + action));
        JsonNode list = all.isArray() ? all : all.path("requests");
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    @Test
    void parallel_apply_changes_every_instance_once_with_whole_lines_and_summaries() throws Exception {
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"latencyMs\":200}");

        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism", "8");

        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: " + FLEET + " added, 0 changed, 0 destroyed."), apply.out());
        assertTrue(apply.out().contains("Progress: " + FLEET + " of " + FLEET + " done"), apply.out());
        assertTrue(apply.out().contains("Progress: 12 of " + FLEET + " done"), apply.out());
        // Every line is one whole line of a known shape: nothing interleaved mid-line.
        Pattern known = Pattern.compile("^(|tencentcloud_sqlserver_db_instance_ssl_config\\.fleet\\[\"mssql-fleet\\d{3}\"]: "
                + "(Refreshing state|Creating|Creation complete).*|Progress: \\d+ of \\d+ done.*|.*)$");
        for (String line : apply.out().split("\n")) {
            assertTrue(known.matcher(line).matches(), line);
            assertTrue(!line.matches(".*\\]: .*\\]: .*"), "interleaved: " + line);
        }
        List<JsonNode> modifies = journal("ModifyDBInstanceSSL");
        assertEquals(FLEET, modifies.size());
        assertEquals(FLEET, modifies.stream().map(m -> m.path("parameters").path("InstanceId").asText()).distinct().count());
        assertTrue(maxOverlap(modifies) >= 4, "ModifyDBInstanceSSL calls ran concurrently: max overlap " + maxOverlap(modifies));
        assertTrue(maxOverlap(modifies) <= 8, "never more than -parallelism at once: " + maxOverlap(modifies));
        // The plan's refresh described all 24 new instances in one batched call; after it, the flow
        // watch describes only the instances in flight, never more than -parallelism of them.
        List<JsonNode> describes = journal("DescribeDBInstances");
        assertEquals(FLEET, describes.get(0).path("parameters").path("InstanceIdSet").size());
        assertTrue(describes.size() > 1, "the flows were watched");
        for (JsonNode d : describes.subList(1, describes.size())) {
            int ids = d.path("parameters").path("InstanceIdSet").size();
            assertTrue(ids >= 1 && ids <= 8, "watch call with " + ids + " ids");
        }
        // Each flow is confirmed with DescribeFlowStatus. Exactly once per flow holds on one virtual
        // clock (FlowWaiterTest.concurrent_waiters_share_one_batched_watch, with SteppedSleeper);
        // here eight real threads advance the mock's clock as each sleeps while others are in a
        // 200 ms call, so a flow can pass its first direct poll (at 2 s of virtual time) before the
        // watch has seen it busy: one extra call for such a flow, depending on the interleaving
        // (31 of 24 seen once at load 25). What must hold whatever the interleaving: every flow
        // asked about, and never the per-flow polling the watch replaced (2 s, 4 s, 8 s, 10 s …).
        int flowCalls = journal("DescribeFlowStatus").size();
        assertTrue(flowCalls >= FLEET && flowCalls <= 2 * FLEET, "DescribeFlowStatus calls for " + FLEET + " flows: " + flowCalls);

        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode", "-parallelism", "50");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("No changes."), plan.out());
        assertEquals(FLEET, journal("ModifyDBInstanceSSL").size(), "an empty plan makes no write call");
    }

    @Test
    void a_throttled_api_is_retried_with_backoff_until_every_change_is_made() throws Exception {
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"times\":5,"
                + "\"error\":{\"code\":\"RequestLimitExceeded\",\"message\":\"too fast\"}}");

        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism", "10");

        assertEquals(0, apply.code(), apply.all());
        List<JsonNode> modifies = journal("ModifyDBInstanceSSL");
        assertEquals(FLEET + 5, modifies.size());
        assertEquals(5, modifies.stream().filter(m -> m.path("outcome").asText().equals("error")).count());
    }

    @Test
    void internal_error_is_not_retried_and_names_the_instance_while_the_rest_carry_on() throws Exception {
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"instanceId\":\"mssql-fleet007\",\"times\":1,"
                + "\"error\":{\"code\":\"InternalError\",\"message\":\"boom\"}}");

        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-parallelism", "10");

        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("ModifyDBInstanceSSL failed: InternalError"), apply.err());
        assertTrue(apply.err().contains("fleet[\"mssql-fleet007\"]"), apply.err());
        assertTrue(apply.out().contains("Progress: " + FLEET + " of " + FLEET + " done (1 failed)"), apply.out());
        assertEquals(1, journal("ModifyDBInstanceSSL").stream()
                .filter(m -> m.path("parameters").path("InstanceId").asText().equals("mssql-fleet007")).count());
        assertEquals(FLEET - 1, run("state", "list").out().lines().count());
    }

    @Test
    void parallelism_below_one_is_refused() {
        EngineCliRunner.Result r = run("plan", "-parallelism", "0");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("-parallelism must be at least 1, not 0"), r.err());
    }

    /** The largest number of calls in flight at one moment, from the journal's real start times and durations. */
    static int maxOverlap(List<JsonNode> calls) {
        List<long[]> events = new ArrayList<>();
        for (JsonNode c : calls) {
            long start = Instant.parse(c.path("realTime").asText()).toEpochMilli();
            events.add(new long[] {start, 1});
            events.add(new long[] {start + c.path("durationMs").asLong(), -1});
        }
        events.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        int cur = 0;
        int max = 0;
        for (long[] e : events) {
            cur += (int) e[1];
            max = Math.max(max, cur);
        }
        return max;
    }
}
