package dev.sslform.mockcloud;

import dev.sslform.mockcloud.testkit.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The manual clock's reading survives a restart on the same database (migration V2): the
 * server resumes from max(saved reading, --clock-start), so virtual time never goes back and
 * operations accepted before the restart complete when they should.
 */
class ManualClockPersistenceTest {
    static final Instant START = OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant();

    @TempDir
    Path dir;

    MockCloudConfig config(Instant clockStart) {
        return MockCloudConfig.forTests("unused", clockStart).withDb("jdbc:h2:file:" + dir.resolve("db"));
    }

    @Test
    void a_restart_resumes_the_manual_clock_from_the_saved_reading_not_from_clock_start() {
        try (Lab lab = new Lab(MockCloud.start(config(START)))) {
            lab.advance("P3DT2H");
        }
        try (Lab lab = new Lab(MockCloud.start(config(START)))) {
            assertEquals(START.plusSeconds(3 * 86400 + 7200), lab.now());
        }
    }

    @Test
    void a_later_clock_start_wins_over_the_saved_reading() {
        try (Lab lab = new Lab(MockCloud.start(config(START)))) {
            lab.advance("PT1H");
        }
        Instant later = START.plusSeconds(86400 * 10);
        try (Lab lab = new Lab(MockCloud.start(config(later)))) {
            assertEquals(later, lab.now());
        }
    }

    @Test
    void an_operation_running_at_a_restart_completes_on_the_resumed_clock() {
        String id;
        long flow;
        try (Lab lab = new Lab(MockCloud.start(config(START)))) {
            id = lab.create(0).id();
            lab.advance("PT1H");
            flow = lab.accepted(id, "enable", 0);
            lab.advance("PT10S");
            assertEquals("7/enable_doing", lab.state(id));
        }
        try (Lab lab = new Lab(MockCloud.start(config(START)))) {
            assertEquals("7/enable_doing", lab.state(id), "resumed at 11:00:10, the task ends at 11:00:20");
            lab.advance("PT10S");
            assertEquals("2/enable", lab.state(id));
            assertEquals(0, lab.flowStatus(flow));
            assertEquals("2027-12-01 11:00:20", lab.sslConfig(id).get("SSLValidityPeriod"));
            assertEquals(1, lab.sslConfig(id).get("SSLValidity"));
        }
    }

    @Test
    void the_saved_reading_only_grows_when_several_servers_save_theirs() {
        try (Lab lab = new Lab(MockCloud.start(config(START)))) {
            lab.server.store().transaction(tx -> {
                tx.saveClockReading(START.plusSeconds(100));
                tx.saveClockReading(START.plusSeconds(50));
                return null;
            });
            assertEquals(START.plusSeconds(100), lab.server.store().transaction(tx -> tx.clockReading()).orElseThrow());
        }
    }
}
