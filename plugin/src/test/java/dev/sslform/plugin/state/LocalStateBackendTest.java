package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalStateBackendTest {

    private static final ResourceAddress ORDERS = ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.orders[\"eu\"]");

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);

    private LocalStateBackend backend(String who) {
        return new LocalStateBackend(dir.resolve("sslform.tfstate"), clock, sleeper, who);
    }

    private static State withOrders(State base, String encryption) {
        return base.withInstance(ORDERS, new ResourceInstanceState(IndexKey.NONE, 1,
                Map.of("instance_id", "mssql-j8kv137v", "encryption", encryption, "wait_switch", 1,
                        "nested", Map.of("list", List.of(1, "two"))), "cHJpdmF0ZQ=="));
    }

    @Test
    void a_missing_file_reads_as_an_empty_state() {
        State s = backend("a@h").read();
        assertEquals(0, s.serial());
        assertEquals(null, s.lineage());
        assertTrue(s.isEmpty());
    }

    @Test
    void state_round_trips_and_each_write_moves_the_serial_keeping_the_lineage() {
        LocalStateBackend b = backend("a@h");
        State first = b.write(withOrders(b.read(), "enable"));
        assertEquals(1, first.serial());
        assertNotNull(first.lineage());
        State read = b.read();
        assertEquals(first, read);
        assertEquals(1L, read.find(ORDERS).orElseThrow().schemaVersion());
        assertEquals("cHJpdmF0ZQ==", read.find(ORDERS).orElseThrow().privateData());
        assertEquals(Map.of("list", List.of(1L, "two")), read.find(ORDERS).orElseThrow().attributes().get("nested"));

        State second = b.write(withOrders(read, "disable"));
        assertEquals(2, second.serial());
        assertEquals(first.lineage(), second.lineage());
    }

    @Test
    void the_file_has_terraform_v4_shape() throws Exception {
        LocalStateBackend b = backend("a@h");
        b.write(withOrders(b.read(), "enable"));
        String json = Files.readString(b.path());
        for (String expected : new String[] {"\"version\" : 4", "\"terraform_version\" : \"0.1.0\"",
                "\"serial\" : 1", "\"mode\" : \"managed\"", "\"index_key\" : \"eu\"", "\"schema_version\" : 1",
                "\"provider\" : \"provider[\\\"registry.terraform.io/tencentcloudstack/tencentcloud\\\"]\""}) {
            assertTrue(json.contains(expected), expected + " in\n" + json);
        }
    }

    @Test
    void an_atomic_write_keeps_the_state_from_before_the_command_as_backup_and_leaves_no_temp_files() throws Exception {
        LocalStateBackend first = backend("a@h");
        first.write(withOrders(first.read(), "enable"));
        assertFalse(Files.exists(first.backupPath()), "nothing to back up before the first state");
        byte[] before = Files.readAllBytes(first.path());
        // the next command writes many times (an apply writes after every object): the backup
        // stays the state as that command found it
        LocalStateBackend b = backend("a@h");
        b.write(withOrders(b.read(), "disable"));
        b.write(withOrders(b.read(), "enable"));
        b.write(withOrders(b.read(), "disable"));
        assertArrayEquals(before, Files.readAllBytes(b.backupPath()));
        assertEquals(1, StateCodec.decode(Files.readAllBytes(b.backupPath()), "backup").serial());
        assertEquals(4, b.read().serial());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("sslform.tfstate", "sslform.tfstate.backup"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void a_file_changed_behind_a_backends_back_is_read_again_not_taken_for_its_own_last_write() throws Exception {
        LocalStateBackend b = backend("a@h");
        State mine = b.write(withOrders(b.read(), "enable"));
        LocalStateBackend other = backend("b@h");
        other.write(withOrders(other.read(), "disable"));
        assertThrows(StateConflictException.class, () -> b.write(withOrders(mine, "enable")));
        Files.writeString(b.path(), "{not json");
        assertThrows(StateException.class, () -> b.write(withOrders(mine, "enable")));
        assertEquals("{not json", Files.readString(b.path()));
    }

    @Test
    void a_write_based_on_an_old_serial_is_refused_and_nothing_is_lost() {
        LocalStateBackend b = backend("a@h");
        State base = b.read();
        State mine = b.write(withOrders(base, "enable"));
        StateConflictException e = assertThrows(StateConflictException.class, () -> b.write(withOrders(base, "disable")));
        assertTrue(e.getMessage().contains("serial 0") && e.getMessage().contains("serial 1"), e.getMessage());
        assertEquals(mine, b.read());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{not json|not valid JSON",
        "[]|the top level is not a JSON object",
        "{\"serial\": 1, \"lineage\": \"x\", \"resources\": []}|missing \"version\"",
        "{\"version\": \"4\", \"serial\": 1, \"lineage\": \"x\"}|\"version\" must be a number",
        "{\"version\": 4, \"serial\": \"1\", \"lineage\": \"x\"}|\"serial\" must be a number",
        "{\"version\": 4, \"serial\": 1, \"lineage\": \"x\", \"resources\": {}}|\"resources\" must be an array",
        "{\"version\": 4, \"serial\": 1, \"lineage\": \"x\", \"resources\": [{\"mode\": \"managed\", \"type\": \"t\", \"name\": \"n\", \"provider\": \"p\", \"instances\": [{\"attributes\": 3}]}]}|resources[0].instances[0].attributes must be an object",
        "{\"version\": 3, \"serial\": 1, \"lineage\": \"x\"}|unsupported \"version\" 3",
    })
    void a_corrupt_state_file_is_refused_by_name_and_left_byte_for_byte_untouched(String content, String reason) throws Exception {
        LocalStateBackend b = backend("a@h");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(b.path(), bytes);
        CorruptStateException read = assertThrows(CorruptStateException.class, b::read);
        assertTrue(read.getMessage().contains(reason), read.getMessage());
        assertTrue(read.getMessage().contains(b.path().toString()), read.getMessage());
        assertThrows(CorruptStateException.class, () -> b.write(withOrders(State.empty(), "enable")));
        assertArrayEquals(bytes, Files.readAllBytes(b.path()));
        assertFalse(Files.exists(b.backupPath()));
    }

    @Test
    void a_state_from_a_newer_format_version_is_refused_and_untouched() throws Exception {
        LocalStateBackend b = backend("a@h");
        byte[] bytes = "{\"version\": 5, \"serial\": 9, \"lineage\": \"x\", \"resources\": []}".getBytes(StandardCharsets.UTF_8);
        Files.write(b.path(), bytes);
        CorruptStateException e = assertThrows(CorruptStateException.class, b::read);
        assertTrue(e.getMessage().contains("format version 5") && e.getMessage().contains("upgrade sslform"), e.getMessage());
        assertThrows(CorruptStateException.class, () -> b.write(State.empty()));
        assertArrayEquals(bytes, Files.readAllBytes(b.path()));
    }

    @Test
    void lock_writes_the_lock_info_file_and_closing_deletes_it() throws Exception {
        LocalStateBackend b = backend("alice@ci-1");
        try (Lock lock = b.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            LockInfo onDisk = b.readLockInfo().orElseThrow();
            assertEquals(lock.info(), onDisk);
            assertEquals("alice@ci-1", onDisk.who());
            assertEquals("OperationTypeApply", onDisk.operation());
            assertEquals("2026-11-29T04:00:00Z", onDisk.created());
            assertEquals(b.path().toString(), onDisk.path());
            assertTrue(Files.readString(b.lockPath()).contains("\"Who\""));
        }
        assertFalse(Files.exists(b.lockPath()));
    }

    @Test
    void a_second_backend_times_out_with_the_first_ones_lock_info_after_backing_off() {
        LocalStateBackend first = backend("alice@ci-1");
        LocalStateBackend second = backend("bob@laptop");
        try (Lock held = first.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            StateLockedException e = assertThrows(StateLockedException.class,
                    () -> second.lock(LockRequest.of("OperationTypePlan", Duration.ofSeconds(5))));
            assertEquals(held.info(), e.holder());
            assertTrue(e.getMessage().contains("alice@ci-1") && e.getMessage().contains(held.info().id()), e.getMessage());
            assertTrue(e.getMessage().contains("still locked after 5s"), e.getMessage());
            assertEquals(Duration.ofSeconds(5), sleeper.total(), "waits exactly up to the deadline");
            assertEquals(List.of(100L, 200L, 400L, 800L, 1600L, 1900L),
                    sleeper.sleeps().stream().map(Duration::toMillis).toList());
        }
        assertFalse(Files.exists(first.lockPath()));
        try (Lock now = second.lock(LockRequest.of("OperationTypePlan", Duration.ZERO))) {
            assertEquals("bob@laptop", now.info().who());
        }
    }

    @Test
    void a_stale_lock_is_not_broken_automatically() throws Exception {
        LocalStateBackend b = backend("a@h");
        Files.writeString(b.lockPath(), "{\"ID\":\"dead-beef\",\"Who\":\"ghost@gone\",\"Operation\":\"OperationTypeApply\"}");
        StateLockedException e = assertThrows(StateLockedException.class,
                () -> b.lock(LockRequest.of("OperationTypeApply", Duration.ofSeconds(1))));
        assertEquals("dead-beef", e.holder().id());
        assertTrue(Files.exists(b.lockPath()));
    }

    @Test
    void a_lock_left_by_a_dead_process_on_this_host_is_replaced_and_reported() throws Exception {
        LocalStateBackend b = backend("a@h");
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        java.nio.file.Files.writeString(b.lockPath(), "{\"ID\":\"old-lock\",\"Operation\":\"OperationTypeApply\",\"Info\":\"pid "
                + dead.pid() + " on " + host + "\",\"Who\":\"x@y\",\"Version\":\"v\",\"Created\":\"c\",\"Path\":\"p\"}");
        try (Lock lock = b.lock(LockRequest.of("OperationTypeApply", java.time.Duration.ZERO))) {
            assertEquals("old-lock", lock.replacedStale().orElseThrow().id());
            assertTrue(lock.info().info().contains("pid " + ProcessHandle.current().pid() + " on " + host), lock.info().info());
        }
        assertTrue(java.nio.file.Files.notExists(b.lockPath()));
    }

    @Test
    void a_lock_of_a_live_process_or_another_host_is_never_broken() throws Exception {
        LocalStateBackend b = backend("a@h");
        String host = java.net.InetAddress.getLocalHost().getHostName();
        for (String info : new String[] {"pid " + ProcessHandle.current().parent().orElseThrow().pid() + " on " + host, "pid 1 on another-host"}) {
            java.nio.file.Files.writeString(b.lockPath(), "{\"ID\":\"held\",\"Operation\":\"OperationTypeApply\",\"Info\":\"" + info
                    + "\",\"Who\":\"x@y\",\"Version\":\"v\",\"Created\":\"c\",\"Path\":\"p\"}");
            StateLockedException e = org.junit.jupiter.api.Assertions.assertThrows(StateLockedException.class,
                    () -> b.lock(LockRequest.of("OperationTypeApply", java.time.Duration.ZERO)));
            assertTrue(e.getMessage().contains("held"), e.getMessage());
            java.nio.file.Files.delete(b.lockPath());
        }
    }

    @Test
    void force_unlock_with_the_held_id_removes_the_lock_and_a_new_lock_can_then_be_taken() {
        LocalStateBackend crashed = backend("alice@ci-1");
        Lock abandoned = crashed.lock(LockRequest.of("OperationTypeApply", Duration.ZERO));
        LocalStateBackend b = backend("bob@laptop");

        b.forceUnlock(abandoned.info().id());

        assertFalse(Files.exists(b.lockPath()));
        try (Lock mine = b.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            assertEquals("bob@laptop", mine.info().who());
            abandoned.close();
            assertEquals(mine.info(), b.readLockInfo().orElseThrow(), "the old holder's release leaves the new lock alone");
        }
        assertFalse(Files.exists(b.lockPath()));
    }

    @Test
    void force_unlock_with_another_id_is_refused_showing_the_held_lock_and_leaves_it_byte_for_byte() throws Exception {
        LocalStateBackend holder = backend("alice@ci-1");
        try (Lock held = holder.lock(new LockRequest("OperationTypeApply", "apply #42", Duration.ZERO))) {
            byte[] before = Files.readAllBytes(holder.lockPath());
            ForceUnlockException e = assertThrows(ForceUnlockException.class, () -> backend("bob@laptop").forceUnlock("not-the-id"));
            assertEquals(ForceUnlockException.Reason.ID_MISMATCH, e.reason());
            assertEquals(held.info(), e.holder());
            assertTrue(e.getMessage().startsWith("Lock ID \"not-the-id\" does not match the lock held on " + holder.path()
                    + ", whose ID is \"" + held.info().id() + "\". Nothing was removed.\n\n" + held.info().describe()), e.getMessage());
            assertTrue(e.getMessage().contains("alice@ci-1") && e.getMessage().contains("apply #42"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(holder.lockPath()));
        }
    }

    @Test
    void force_unlock_without_a_lock_is_refused() {
        LocalStateBackend b = backend("a@h");
        ForceUnlockException e = assertThrows(ForceUnlockException.class, () -> b.forceUnlock("some-id"));
        assertEquals(ForceUnlockException.Reason.NOT_LOCKED, e.reason());
        assertEquals("No lock is held on " + b.path() + ".", e.getMessage());
        assertEquals(null, e.holder());
        assertFalse(Files.exists(b.lockPath()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|No content to map",
        "{\"ID\": \"half-wri|Unexpected end-of-input",
        "{\"Who\": \"x@y\"}|no ID",
        "not json|Unrecognized token",
    })
    void an_unreadable_lock_file_is_named_by_a_digest_of_its_bytes_and_removed_only_with_that_id(String content, String problem)
            throws Exception {
        LocalStateBackend b = backend("a@h");
        Files.writeString(b.lockPath(), content);
        // The lock error shows the ID to pass: the file's bytes, digested.
        LockInfo shown = assertThrows(StateLockedException.class, () -> b.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))).holder();
        assertTrue(shown.id().matches("unreadable-[0-9a-f]{16}"), shown.id());
        assertTrue(shown.info().contains(problem) && shown.info().contains(content.length() + " bytes: \"" + content + "\""), shown.info());
        assertEquals(b.lockPath().toString(), shown.path());

        ForceUnlockException other = assertThrows(ForceUnlockException.class, () -> b.forceUnlock("unreadable-0000000000000000"));
        assertEquals(ForceUnlockException.Reason.ID_MISMATCH, other.reason());
        assertTrue(other.getMessage().contains(shown.id()) && other.getMessage().contains(b.lockPath().toString()), other.getMessage());

        // Once the file changes, the ID shown for it no longer matches.
        Files.writeString(b.lockPath(), content + " ");
        assertThrows(ForceUnlockException.class, () -> b.forceUnlock(shown.id()));
        assertEquals(content + " ", Files.readString(b.lockPath()));

        b.forceUnlock(b.readLockInfo().orElseThrow().id());
        assertFalse(Files.exists(b.lockPath()));
    }

    @Test
    void the_lock_error_says_how_to_force_unlock() {
        LocalStateBackend first = backend("alice@ci-1");
        try (Lock held = first.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            StateLockedException e = assertThrows(StateLockedException.class,
                    () -> backend("bob@laptop").lock(LockRequest.of("OperationTypePlan", Duration.ZERO)));
            assertTrue(e.getMessage().contains("run sslform force-unlock LOCK_ID"), e.getMessage());
        }
    }
}
