package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.store.JdbiStore;
import dev.sslform.mockcloud.testkit.ChildMockCloud;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static dev.sslform.mockcloud.testkit.ChildMockCloud.pollUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mockcloud as a real process on an H2 file, killed with SIGKILL while operations run and
 * requests arrive, then started again on the same file: no acknowledged operation is lost,
 * none runs twice, and nothing stays {@code *_doing} past the time it should have finished.
 */
class DurabilityIT {
    static final int INSTANCES = 60;
    static final int KILL_AFTER = 40;

    @TempDir
    Path dir;

    @Test
    void a_killed_server_restarted_on_the_same_database_loses_nothing_it_acknowledged_and_runs_nothing_twice()
            throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db");
        String[] args = {"--port", "0", "--db", db, "--task-duration", "2s", "--restart-duration", "1s"};
        ChildMockCloud first = ChildMockCloud.start(dir, "first", args);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            ids.add(first.adminPost("/_mock/instances", "{\"Region\":\"ap-guangzhou\"}", 201).getString("InstanceId"));
        }
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        SignedClient api = first.api();
        Thread sender = new Thread(() -> {
            for (String id : ids) {
                try {
                    Response r = api.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":0}");
                    Long flow = r.then().extract().jsonPath().getObject("Response.FlowId", Long.class);
                    if (flow != null) {
                        accepted.put(id, flow);
                    }
                } catch (Exception killed) {
                    // The server died under this request: it was not acknowledged.
                }
            }
        }, "sender");
        sender.start();
        pollUntil(Duration.ofSeconds(120), () -> accepted.size() >= KILL_AFTER, () -> "accepted " + accepted.size());
        first.kill();
        sender.join(Duration.ofSeconds(60).toMillis());
        assertTrue(accepted.size() >= KILL_AFTER);

        ChildMockCloud second = ChildMockCloud.start(dir, "second", args);
        SignedClient api2 = second.api();
        try {
            // Everything acknowledged was due at most 2 s after it was accepted; the restart took longer,
            // so the catch-up at start has finished it. The poll only absorbs a slow machine.
            pollUntil(Duration.ofSeconds(10), () -> accepted.values().stream().allMatch(f -> flowStatus(api2, f) == 0),
                    () -> "flows not done: " + accepted.entrySet().stream().filter(e -> flowStatus(api2, e.getValue()) != 0)
                            .map(Map.Entry::getKey).toList());
            List<Object> busy = second.admin("/_mock/instances").getList("findAll { it.Status != 2 }.InstanceId");
            assertEquals(List.of(), busy, "nothing stays *_doing");
            for (String id : accepted.keySet()) {
                JsonPath ssl = api2.call("DescribeDBInstancesAttribute", "{\"InstanceId\":\"" + id + "\"}").then().extract().jsonPath();
                assertEquals("enable", ssl.getString("Response.SSLConfig.Encryption"), id);
                assertEquals(1, ssl.getInt("Response.SSLConfig.SSLValidity"), id);
            }
        } finally {
            second.close();
        }

        try (JdbiStore store = JdbiStore.open(db, null, null)) {
            Map<String, List<SslOperation>> ops = store.transaction(tx -> tx.allOperations()).stream()
                    .collect(Collectors.groupingBy(SslOperation::instanceId));
            for (String id : ids) {
                List<ServerCertificate> certs = store.transaction(tx -> tx.certificates(id));
                List<SslOperation> mine = ops.getOrDefault(id, List.of());
                if (accepted.containsKey(id)) {
                    assertEquals(1, mine.size(), () -> "operations of " + id + ": " + mine);
                    assertEquals(accepted.get(id), mine.get(0).flowId());
                    assertEquals(1, certs.size(), () -> "certificates of " + id);
                } else {
                    // Committed but unacknowledged (the kill cut the response) is allowed; twice is not.
                    assertTrue(mine.size() <= 1, () -> "operations of " + id + ": " + mine);
                    assertEquals(mine.size(), certs.size(), () -> "certificates of " + id);
                }
                for (SslOperation op : mine) {
                    assertEquals(OperationPhase.SUCCEEDED, op.phase(), op::toString);
                    assertEquals(op.requestedAt().plusSeconds(2), op.finishedAt(), () -> "finished when due: " + op);
                }
            }
        }
    }

    @Test
    void a_manual_clock_survives_a_kill_and_the_running_operation_completes_on_time() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("manual");
        String[] args = {"--port", "0", "--db", db, "--clock", "manual", "--clock-start", "2026-12-01T10:00:00+08:00"};
        ChildMockCloud first = ChildMockCloud.start(dir, "manual-first", args);
        String id = first.adminPost("/_mock/instances", "{\"Region\":\"ap-guangzhou\"}", 201).getString("InstanceId");
        long flow = first.api().call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .then().extract().jsonPath().getLong("Response.FlowId");
        first.adminPost("/_mock/clock", "{\"advance\":\"PT10S\"}", 200);
        first.kill();

        ChildMockCloud second = ChildMockCloud.start(dir, "manual-second", args);
        try {
            assertEquals("2026-12-01T10:00:10+08:00", second.admin("/_mock/clock").getString("now"));
            assertEquals("enable_doing", second.admin("/_mock/instances/" + id).getString("SSLConfig.Encryption"));
            second.adminPost("/_mock/clock", "{\"advance\":\"PT10S\"}", 200);
            assertEquals("enable", second.admin("/_mock/instances/" + id).getString("SSLConfig.Encryption"));
            assertEquals(0, flowStatus(second.api(), flow));
        } finally {
            second.close();
        }
    }

    private static int flowStatus(SignedClient api, long flow) {
        return api.call("DescribeFlowStatus", "{\"FlowId\":" + flow + "}").then().extract().jsonPath().getInt("Response.Status");
    }
}
