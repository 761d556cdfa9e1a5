package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.support.Sleeper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state on a real full disk: a 256 KiB tmpfs (mounted for the test; the test machine runs as
 * root) filled up before the apply, or while its first flow runs. ENOSPC on the first write sends
 * nothing; ENOSPC mid-apply starts nothing more and leaves the recovery block and errored.tfstate
 * in the working directory (which is not on the full disk).
 */
class FullDiskIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int FLEET = 50;

    @TempDir
    Path dir;

    Path disk;
    MockCloudHarness mock;

    static void sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
    }

    @BeforeEach
    void start() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString());
        Files.createDirectories(dir.resolve("config"));
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < FLEET; i++) {
            String id = "mssql-full%04d".formatted(i);
            mock.createInstance(id, "03:00");
            ids.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        Files.writeString(dir.resolve("config/main.tf"), """
                provider "tencentcloud" {
                  region     = "ap-guangzhou"
                  endpoint   = "%s"
                  rate_limit = 100
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset([%s])
                  instance_id = each.value
                  encryption  = "enable"
                }
                """.formatted(mock.endpointUrl(), ids));
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
        sh("umount", disk.toString());
    }

    /** Writes zeros to the tmpfs until it is full. */
    void fill() {
        try (OutputStream o = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                o.write(block);
                o.flush();
            }
        } catch (IOException full) {
            // ENOSPC: the disk is full now
        }
    }

    EngineCliRunner.Result apply(Sleeper sleeper) {
        Map<String, String> env = new HashMap<>(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY));
        return new EngineCliRunner(env, mock.clock(), sleeper).run("-chdir=" + dir.resolve("config"), "apply", "-auto-approve",
                "-parallelism=1", "-state=" + disk.resolve("sslform.tfstate"));
    }

    int modifies() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000&action=ModifyDBInstanceSSL"));
        return (all.isArray() ? all : all.path("requests")).size();
    }

    @Test
    void enospc_on_the_first_write_sends_nothing() throws Exception {
        fill();
        EngineCliRunner.Result r = apply(mock.sleeper());

        assertEquals(1, r.code(), r.all());
        assertEquals(0, modifies(), "nothing is sent that cannot be recorded");
        assertTrue(r.words().contains("No space left on device"), r.err());
        assertFalse(r.all().contains("Failed:"), r.all());
        assertFalse(Files.exists(dir.resolve("config/errored.tfstate")), "nothing was done that state lacks");
    }

    @Test
    void enospc_mid_apply_stops_new_operations_and_writes_errored_tfstate_in_the_working_directory() throws Exception {
        AtomicBoolean filled = new AtomicBoolean();
        Sleeper base = mock.sleeper();
        Sleeper sabotage = d -> {
            if (filled.compareAndSet(false, true)) {
                fill();
            }
            base.sleep(d);
        };

        EngineCliRunner.Result r = apply(sabotage);

        assertEquals(1, r.code(), r.all());
        assertEquals(1, modifies(), "the first operation ran; nothing started after the disk filled:\n" + r.all());
        assertFalse(r.all().contains("Failed:"), r.all());
        assertTrue(r.err().contains("No space left on device"), r.err());
        assertTrue(r.err().contains("Error: Failed to persist state to backend"), r.err());
        assertTrue(r.err().contains("instance mssql-full"), r.err());
        assertTrue(Files.exists(dir.resolve("config/errored.tfstate")), r.err());
        // The stored state has the first operation at least as requested, so the next run adopts it.
        assertTrue(Files.readString(disk.resolve("sslform.tfstate")).contains("requested_at"));
    }
}
