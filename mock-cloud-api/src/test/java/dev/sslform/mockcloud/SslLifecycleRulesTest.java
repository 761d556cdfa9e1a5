package dev.sslform.mockcloud;

import dev.sslform.mockcloud.testkit.Lab;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules around the life cycle: blocking while an operation waits or runs, maintenance-span
 * changes while waiting, renewal and expiry, KMS fields, and the maintenance-check edge cases,
 * all end to end on the virtual clock. 2026-11-30 is a Monday, 2026-12-01 a Tuesday.
 */
class SslLifecycleRulesTest {
    static final List<Integer> EVERY_DAY = List.of(1, 2, 3, 4, 5, 6, 7);

    Lab lab;

    Lab start(TestInfo info, String clock) {
        lab = Lab.start("rules-" + info.getTestMethod().orElseThrow().getName(), clock);
        return lab;
    }

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void a_second_modify_while_waiting_or_running_is_refused_and_on_the_replica_too(TestInfo info) {
        start(info, "2026-12-01T17:05:00+08:00");
        Lab.Created inst = lab.create(1, EVERY_DAY, "17:00", 1);
        long flow = lab.accepted(inst.id(), "enable", 1);
        for (String phase : List.of("waiting", "running")) {
            if (phase.equals("running")) {
                lab.setClock("2026-12-01T17:10:00+08:00");
                assertEquals("7/enable_doing", lab.state(inst.id()));
            }
            for (String type : List.of("enable", "disable", "renew")) {
                for (int ws = 0; ws <= 1; ws++) {
                    Response r = lab.modify(inst.id(), type, ws);
                    assertEquals("ResourceUnavailable.InstanceStatusInvalid", Lab.errorCode(r), phase + " " + type + " " + ws);
                    assertTrue(Lab.errorMessage(r).contains("FlowId " + flow), () -> "names the blocking flow: " + r.asString());
                    Response ro = lab.modify(inst.replicas().get(0), type, ws);
                    assertEquals("ResourceUnavailable.NotSupportRoInstance", Lab.errorCode(ro), phase + " replica " + type + " " + ws);
                }
            }
        }
        lab.setClock("2026-12-01T17:10:20+08:00");
        assertEquals(0, lab.flowStatus(flow));
        assertEquals("2/disable", lab.state(lab.create(0).id()), "a fresh instance is not blocked by another's flow");
        Lab.flowIdOf(lab.modify(inst.id(), "renew", 0));
    }

    @Test
    void modify_maintenance_span_is_allowed_while_waiting_and_the_operation_follows_the_new_window(TestInfo info) {
        start(info, "2026-12-01T17:05:00+08:00");
        Lab.Created inst = lab.create(1, EVERY_DAY, "17:00", 1);
        long flow = lab.accepted(inst.id(), "enable", 1);
        Response r = lab.api.call("ModifyMaintenanceSpan", "{\"InstanceId\":\"" + inst.id() + "\",\"StartTime\":\"19:00\",\"Span\":1}");
        assertNull(Lab.errorCode(r), () -> r.asString());
        Map<String, Object> span = lab.api.call("DescribeMaintenanceSpan", "{\"InstanceId\":\"" + inst.id() + "\"}")
                .then().extract().jsonPath().getMap("Response");
        assertEquals("19:00", span.get("StartTime"));
        lab.setClock("2026-12-01T17:10:00+08:00");
        assertEquals("13/wait_doing", lab.state(inst.id()), "the old window's check no longer picks it up");
        lab.setClock("2026-12-01T18:59:59+08:00");
        assertEquals("13/wait_doing", lab.state(inst.id()));
        lab.setClock("2026-12-01T19:00:00+08:00");
        assertEquals("7/enable_doing", lab.state(inst.id()));
        assertEquals("7/enable_doing", lab.state(inst.replicas().get(0)));
        lab.setClock("2026-12-01T19:00:20+08:00");
        assertEquals("2/enable", lab.state(inst.id()));
        assertEquals(0, lab.flowStatus(flow));
    }

    @Test
    void certificate_expiry_turns_validity_0_while_encryption_stays_enable_and_the_instance_keeps_running(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        Lab.Created inst = lab.create(1);
        lab.accepted(inst.id(), "enable", 0);
        lab.advance("PT20S");
        lab.setClock("2027-12-01T10:00:19+08:00");
        assertEquals(1, lab.sslConfig(inst.id()).get("SSLValidity"));
        lab.setClock("2027-12-01T10:00:20+08:00");
        Map<String, Object> ssl = lab.sslConfig(inst.id());
        assertEquals(0, ssl.get("SSLValidity"), ssl::toString);
        assertEquals("enable", ssl.get("Encryption"));
        assertEquals("2027-12-01 10:00:20", ssl.get("SSLValidityPeriod"));
        assertEquals("2/enable", lab.state(inst.id()));
        assertEquals(2, lab.status(inst.id()));
        assertEquals(ssl, lab.sslConfig(inst.replicas().get(0)));
    }

    @Test
    void renewing_an_expired_certificate_gives_a_new_period_one_year_after_the_renew(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        Lab.Created inst = lab.create(0);
        lab.accepted(inst.id(), "enable", 0);
        lab.advance("PT20S");
        lab.setClock("2028-01-10T08:00:00+08:00");
        assertEquals(0, lab.sslConfig(inst.id()).get("SSLValidity"));
        long flow = lab.accepted(inst.id(), "renew", 0);
        lab.advance("PT20S");
        assertEquals(0, lab.flowStatus(flow));
        Map<String, Object> ssl = lab.sslConfig(inst.id());
        assertEquals("2029-01-09 08:00:20", ssl.get("SSLValidityPeriod"), ssl::toString);
        assertEquals(1, ssl.get("SSLValidity"));
        assertEquals(2, lab.server.store().transaction(tx -> tx.certificates(inst.id())).size());
    }

    @Test
    void disable_keeps_the_last_period_and_sets_validity_0(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        Lab.Created inst = lab.create(0);
        lab.accepted(inst.id(), "enable", 0);
        lab.advance("PT20S");
        lab.accepted(inst.id(), "disable", 0);
        lab.advance("PT20S");
        Map<String, Object> ssl = lab.sslConfig(inst.id());
        assertEquals(Map.of("Encryption", "disable", "SSLValidityPeriod", "2027-12-01 10:00:20", "SSLValidity", 0,
                "IsKMS", 0, "CMKId", "", "CMKRegion", ""), ssl);
        lab.accepted(inst.id(), "enable", 0);
        lab.advance("PT20S");
        assertEquals("2027-12-01 10:01:00", lab.sslConfig(inst.id()).get("SSLValidityPeriod"), "enable again issues a new period");
    }

    @Test
    void kms_key_given_with_enable_is_recorded_and_shown_as_cmk_fields(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        Lab.Created inst = lab.create(1);
        Response r = lab.api.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + inst.id()
                + "\",\"Type\":\"enable\",\"WaitSwitch\":0,\"IsKMS\":1,\"KeyId\":\"kms-key-1\",\"KeyRegion\":\"ap-shanghai\"}");
        long flow = Lab.flowIdOf(r);
        lab.advance("PT20S");
        assertEquals(0, lab.flowStatus(flow));
        Map<String, Object> ssl = lab.sslConfig(inst.id());
        assertEquals(1, ssl.get("IsKMS"), ssl::toString);
        assertEquals("kms-key-1", ssl.get("CMKId"));
        assertEquals("ap-shanghai", ssl.get("CMKRegion"));
        assertEquals(ssl, lab.sslConfig(inst.replicas().get(0)));
    }

    @Test
    void a_request_exactly_at_a_check_is_picked_up_by_the_next_one(TestInfo info) {
        start(info, "2026-12-01T17:10:00+08:00");
        String id = lab.create(0, EVERY_DAY, "17:00", 1).id();
        lab.accepted(id, "enable", 1);
        assertPickUp(id, "2026-12-01T17:19:59+08:00", "2026-12-01T17:20:00+08:00");
    }

    @Test
    void a_request_before_the_window_opens_is_picked_up_when_it_opens(TestInfo info) {
        start(info, "2026-12-01T16:55:00+08:00");
        String id = lab.create(0, EVERY_DAY, "17:00", 1).id();
        lab.accepted(id, "enable", 1);
        assertPickUp(id, "2026-12-01T16:59:59+08:00", "2026-12-01T17:00:00+08:00");
    }

    @Test
    void a_request_after_the_window_closed_waits_for_the_next_days_window(TestInfo info) {
        start(info, "2026-12-01T18:05:00+08:00");
        String id = lab.create(0, EVERY_DAY, "17:00", 1).id();
        lab.accepted(id, "enable", 1);
        assertPickUp(id, "2026-12-02T16:59:59+08:00", "2026-12-02T17:00:00+08:00");
    }

    @Test
    void a_request_after_the_window_closed_waits_for_the_next_allowed_day(TestInfo info) {
        start(info, "2026-12-01T18:05:00+08:00");
        String id = lab.create(0, List.of(2), "17:00", 1).id(); // Tuesdays only
        lab.accepted(id, "enable", 1);
        lab.setClock("2026-12-07T17:30:00+08:00"); // Monday, inside 17:00-18:00 but not an allowed day
        assertEquals("13/wait_doing", lab.state(id));
        assertPickUp(id, "2026-12-08T16:59:59+08:00", "2026-12-08T17:00:00+08:00");
    }

    @Test
    void a_window_crossing_midnight_belongs_to_its_start_day(TestInfo info) {
        start(info, "2026-12-01T00:45:00+08:00"); // Tuesday, inside Monday's 23:00 + 2 h window
        String inside = lab.create(0, List.of(1), "23:00", 2).id();
        lab.accepted(inside, "enable", 1);
        assertPickUp(inside, "2026-12-01T00:49:59+08:00", "2026-12-01T00:50:00+08:00");
        lab.setClock("2026-12-01T00:55:00+08:00");
        assertEquals("2/enable", lab.state(inside));
        String late = lab.create(0, List.of(1), "23:00", 2).id();
        lab.accepted(late, "enable", 1);
        lab.setClock("2026-12-01T01:00:00+08:00");
        assertEquals("13/wait_doing", lab.state(late), "the window closes at 01:00, so that check is outside it");
        assertPickUp(late, "2026-12-07T22:59:59+08:00", "2026-12-07T23:00:00+08:00");
    }

    @Test
    void a_jump_of_400_days_is_fast_runs_what_falls_due_and_flips_validity(TestInfo info) {
        start(info, "2026-12-01T10:00:00+08:00");
        Lab.Created enabled = lab.create(1);
        lab.accepted(enabled.id(), "enable", 0);
        lab.advance("PT20S");
        String waiting = lab.create(0).id(); // Monday 00:00 window
        lab.accepted(waiting, "enable", 1);
        long t0 = System.nanoTime();
        lab.advance("P400D");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "a 400-day jump took " + took);
        assertEquals(0, lab.sslConfig(enabled.id()).get("SSLValidity"));
        assertEquals(0, lab.sslConfig(enabled.replicas().get(0)).get("SSLValidity"));
        assertEquals("2/enable", lab.state(enabled.id()));
        Map<String, Object> w = lab.sslConfig(waiting);
        assertEquals("enable", w.get("Encryption"));
        // Picked up at the first Monday check (2026-12-07 00:00), so expired 365 days + 20 s later.
        assertEquals("2027-12-07 00:00:20", w.get("SSLValidityPeriod"));
        assertEquals(0, w.get("SSLValidity"));
    }

    private void assertPickUp(String id, String lastWaiting, String pickUp) {
        lab.setClock(lastWaiting);
        assertEquals("13/wait_doing", lab.state(id), "still waiting at " + lastWaiting);
        lab.setClock(pickUp);
        assertEquals("7/enable_doing", lab.state(id), "picked up at " + pickUp);
    }
}
