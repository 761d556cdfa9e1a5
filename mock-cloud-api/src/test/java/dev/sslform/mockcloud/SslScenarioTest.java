package dev.sslform.mockcloud;

import dev.sslform.mockcloud.testkit.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One scenario per row of the seed's Appendix 1, replayed second by second on the virtual clock
 * (Asia/Shanghai, default 20 s task): {@code Status} and {@code Encryption} of the master and its
 * read-only replica, the flow's status, and the certificate fields at the end. 2026-12-01 is a
 * Tuesday; the window is every day 17:00–18:00.
 */
class SslScenarioTest {
    static final List<Integer> EVERY_DAY = List.of(1, 2, 3, 4, 5, 6, 7);

    Lab lab;
    Lab.Created inst;

    void start(TestInfo info, String clock) {
        lab = Lab.start("scenario-" + info.getTestMethod().orElseThrow().getName(), clock);
        inst = lab.create(1, EVERY_DAY, "17:00", 1);
    }

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void enable_now_goes_disable_enable_doing_enable_and_status_2_7_2(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        expect("2/disable");
        assertEquals(2, lab.status(inst.id()), "running before");
        long flow = lab.accepted(inst.id(), "enable", 0);
        expect("7/enable_doing", flow, 2);
        assertEquals(7, lab.status(inst.id()));
        assertEquals(7, lab.status(inst.replicas().get(0)));
        at("2026-12-01T10:00:14+08:00", "7/enable_doing", flow, 2);
        assertEquals(false, lab.admin(inst.id()).getBoolean("Restarting"));
        at("2026-12-01T10:00:15+08:00", "7/enable_doing", flow, 2);
        assertEquals(true, lab.admin(inst.id()).getBoolean("Restarting"), "the last 5 s are the restart");
        at("2026-12-01T10:00:19.999+08:00", "7/enable_doing", flow, 2);
        at("2026-12-01T10:00:20+08:00", "2/enable", flow, 0);
        assertEquals(2, lab.status(inst.id()));
        assertSsl("enable", "2027-12-01 10:00:20", 1);
    }

    /** The seed's example exactly: window 17:00–18:00, request at 17:05, pick-up at 17:10. */
    @Test
    void enable_in_the_window_replays_the_seed_example_second_by_second(TestInfo info) {
        start(info, "2026-12-01T17:00:00+08:00");
        at("2026-12-01T17:04:59+08:00", "2/disable");
        lab.setClock("2026-12-01T17:05:00+08:00");
        long flow = lab.accepted(inst.id(), "enable", 1);
        expect("13/wait_doing", flow, 2);
        assertEquals(13, lab.status(inst.id()));
        assertEquals(13, lab.status(inst.replicas().get(0)));
        at("2026-12-01T17:09:59+08:00", "13/wait_doing", flow, 2);
        at("2026-12-01T17:10:00+08:00", "7/enable_doing", flow, 2);
        at("2026-12-01T17:10:19+08:00", "7/enable_doing", flow, 2);
        at("2026-12-01T17:10:20+08:00", "2/enable", flow, 0);
        assertSsl("enable", "2027-12-01 17:10:20", 1);
    }

    @Test
    void renew_now_goes_enable_renew_doing_enable_with_a_new_period(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        enableNow();
        lab.setClock("2027-06-01T10:00:00+08:00");
        long flow = lab.accepted(inst.id(), "renew", 0);
        expect("7/renew_doing", flow, 2);
        assertSsl("renew_doing", "2027-12-01 10:00:20", 1);
        at("2027-06-01T10:00:19+08:00", "7/renew_doing", flow, 2);
        at("2027-06-01T10:00:20+08:00", "2/enable", flow, 0);
        assertSsl("enable", "2028-05-31 10:00:20", 1);
        assertEquals(2, lab.server.store().transaction(tx -> tx.certificates(inst.id())).size(), "one certificate per enable or renew");
    }

    @Test
    void renew_in_the_window_waits_then_renews(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        enableNow();
        lab.setClock("2027-06-01T17:05:00+08:00");
        long flow = lab.accepted(inst.id(), "renew", 1);
        expect("13/wait_doing", flow, 2);
        assertSsl("wait_doing", "2027-12-01 10:00:20", 1);
        at("2027-06-01T17:09:59+08:00", "13/wait_doing", flow, 2);
        at("2027-06-01T17:10:00+08:00", "7/renew_doing", flow, 2);
        at("2027-06-01T17:10:19+08:00", "7/renew_doing", flow, 2);
        at("2027-06-01T17:10:20+08:00", "2/enable", flow, 0);
        assertSsl("enable", "2028-05-31 17:10:20", 1);
    }

    @Test
    void disable_now_goes_enable_disable_doing_disable_and_keeps_the_period(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        enableNow();
        lab.setClock("2026-12-02T09:00:00+08:00");
        long flow = lab.accepted(inst.id(), "disable", 0);
        expect("7/disable_doing", flow, 2);
        at("2026-12-02T09:00:19+08:00", "7/disable_doing", flow, 2);
        at("2026-12-02T09:00:20+08:00", "2/disable", flow, 0);
        assertSsl("disable", "2027-12-01 10:00:20", 0);
    }

    @Test
    void disable_in_the_window_waits_then_disables(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        enableNow();
        lab.setClock("2026-12-01T17:05:00+08:00");
        long flow = lab.accepted(inst.id(), "disable", 1);
        expect("13/wait_doing", flow, 2);
        at("2026-12-01T17:09:59+08:00", "13/wait_doing", flow, 2);
        at("2026-12-01T17:10:00+08:00", "7/disable_doing", flow, 2);
        at("2026-12-01T17:10:19+08:00", "7/disable_doing", flow, 2);
        at("2026-12-01T17:10:20+08:00", "2/disable", flow, 0);
        assertSsl("disable", "2027-12-01 10:00:20", 0);
    }

    private void enableNow() {
        long flow = lab.accepted(inst.id(), "enable", 0);
        lab.advance("PT20S");
        assertEquals(0, lab.flowStatus(flow));
        expect("2/enable");
    }

    /** Sets the clock, then checks master, replica and flow. */
    private void at(String time, String state, long flow, int flowStatus) {
        lab.setClock(time);
        expect(state, flow, flowStatus);
    }

    private void at(String time, String state) {
        lab.setClock(time);
        expect(state);
    }

    private void expect(String state, long flow, int flowStatus) {
        expect(state);
        assertEquals(flowStatus, lab.flowStatus(flow), () -> "flow " + flow + " at " + lab.now());
    }

    private void expect(String state) {
        assertEquals(state, lab.state(inst.id()), () -> "master at " + lab.now());
        for (String ro : inst.replicas()) {
            assertEquals(state, lab.state(ro), () -> "replica " + ro + " at " + lab.now());
            assertEquals(lab.sslConfig(inst.id()), lab.sslConfig(ro), () -> "replica SSLConfig at " + lab.now());
        }
    }

    private void assertSsl(String encryption, String period, int validity) {
        Map<String, Object> ssl = lab.sslConfig(inst.id());
        assertEquals(encryption, ssl.get("Encryption"), () -> ssl.toString());
        assertEquals(period, ssl.get("SSLValidityPeriod"), () -> ssl.toString());
        assertEquals(validity, ssl.get("SSLValidity"), () -> ssl.toString());
        assertEquals(ssl, lab.sslConfig(inst.replicas().get(0)), "the replica shows its master's SSLConfig");
    }
}
