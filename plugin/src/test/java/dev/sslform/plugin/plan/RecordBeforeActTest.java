package dev.sslform.plugin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.cli.ConfigSource;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.provider.api.ApiConfig;
import dev.sslform.plugin.provider.api.ResilientSqlServerApi;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import dev.sslform.plugin.state.StateException;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record before you act: with a state backend whose writes start failing (a full disk: ENOSPC),
 * every ModifyDBInstanceSSL the apply sent is in the stored state as requested, nothing is sent
 * after the first failed write, and no accepted operation is reported as failed.
 */
class RecordBeforeActTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int N = 30;

    @TempDir
    Path dir;

    MockCloudHarness mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < N; i++) {
            String id = "mssql-rba%03d".formatted(i);
            mock.createInstance(id, "03:00");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        Files.writeString(dir.resolve("main.tf"), """
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset([%s])
                  instance_id = each.value
                  encryption  = "enable"
                  wait_switch = 1
                }
                """.formatted(ids));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    /** Stores the first {@code ok} writes, then fails every write as a full disk does. */
    static final class FullDisk implements StateBackend {
        final LocalStateBackend real;
        final AtomicInteger left;

        FullDisk(LocalStateBackend real, int ok) {
            this.real = real;
            this.left = new AtomicInteger(ok);
        }

        @Override
        public State read() {
            return real.read();
        }

        @Override
        public State write(State next) {
            if (left.getAndDecrement() <= 0) {
                throw new StateException("cannot write state file " + real.location() + ": No space left on device");
            }
            return real.write(next);
        }

        @Override
        public Lock lock(LockRequest request) {
            return real.lock(request);
        }

        @Override
        public void forceUnlock(String lockId) {
            real.forceUnlock(lockId);
        }

        @Override
        public String location() {
            return real.location();
        }
    }

    ApplyResult apply(int okWrites, List<String> lines) {
        TencentCloudProvider provider = new TencentCloudProvider(ResilientSqlServerApi.create(new ApiConfig("ap-guangzhou",
                MockCloudHarness.SECRET_ID, MockCloudHarness.SECRET_KEY, null, mock.endpointUrl(), null), mock.clock(), mock.sleeper(), 1000),
                mock.clock(), mock.sleeper());
        ConfigSource config = ConfigSource.load(dir, List.of(), Map.of());
        assertFalse(config.diagnostics().hasErrors(), config.diagnostics().toString());
        LocalStateBackend real = new LocalStateBackend(dir.resolve("sslform.tfstate"));
        Plan plan = new Planner(provider, 10).plan(config, real.read(), PlanMode.NORMAL, l -> { });
        return new Applier(provider, new FullDisk(real, okWrites), mock.clock(), 10).apply(plan, real.read(), lines::add);
    }

    List<String> sentTo() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000&action=ModifyDBInstanceSSL"));
        JsonNode list = all.isArray() ? all : all.path("requests");
        List<String> out = new ArrayList<>();
        list.forEach(r -> out.add(r.path("parameters").path("InstanceId").asText()));
        return out;
    }

    @Test
    void a_full_disk_on_the_first_write_sends_nothing() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ApplyResult r = apply(0, lines);

        assertEquals(List.of(), sentTo());
        assertNotNull(r.unsaved());
        assertEquals(N, r.notStarted().size());
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Failed")), lines.toString());
    }

    @Test
    void every_operation_sent_is_in_the_stored_state_when_writes_start_failing() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ApplyResult r = apply(7, lines);

        List<String> sent = sentTo();
        assertFalse(sent.isEmpty());
        assertTrue(sent.size() < N, "stopped starting operations after the first failed write: " + sent.size());
        assertNotNull(r.unsaved());
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Failed")), lines.toString());
        assertEquals(N, sent.size() + r.notStarted().size(), "each object was sent or reported as not started");
        State stored = new LocalStateBackend(dir.resolve("sslform.tfstate")).read();
        for (String id : sent) {
            var inst = stored.addresses().stream().map(a -> stored.find(a).orElseThrow())
                    .filter(i -> id.equals(i.attributes().get("instance_id"))).findFirst();
            assertTrue(inst.isPresent(), id + " was sent but is not in the stored state");
            @SuppressWarnings("unchecked")
            Map<String, Object> pending = (Map<String, Object>) inst.get().attributes().get("pending");
            assertNotNull(pending, id + " has no pending operation in the stored state");
            assertEquals("enable", pending.get("operation"));
            assertNotNull(pending.get("requested_at"));
        }
        // Every operation whose flow id did not reach the stored state is in the recovery list.
        for (String id : sent) {
            boolean storedFlow = stored.addresses().stream().map(a -> stored.find(a).orElseThrow())
                    .filter(i -> id.equals(i.attributes().get("instance_id")))
                    .anyMatch(i -> ((Map<?, ?>) i.attributes().get("pending")).get("flow_id") != null);
            boolean listed = r.unsaved().operations().stream().anyMatch(o -> id.equals(o.instanceId()) && o.flowId() != null);
            assertTrue(storedFlow || listed, id + ": flow id neither stored nor in the recovery list");
        }
    }
}
