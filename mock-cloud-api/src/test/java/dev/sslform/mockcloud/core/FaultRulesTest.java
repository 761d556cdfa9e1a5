package dev.sslform.mockcloud.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultRulesTest {
    final AtomicLong nanos = new AtomicLong();
    final FaultRules rules = new FaultRules(nanos::get);

    static FaultRule error(String action, String instanceId, String account, Integer times) {
        return new FaultRule(action, instanceId, account, times, "InternalError.SystemError", "injected", null, null, false, false,
                null, null);
    }

    @Test
    void an_error_rule_fires_its_times_then_is_spent() {
        rules.add(error("DescribeDBInstances", null, null, 2));
        assertEquals("InternalError.SystemError", rules.onCall("DescribeDBInstances", "AKID", List.of()).errorCode());
        assertEquals("injected", rules.onCall("DescribeDBInstances", "AKID", List.of()).errorMessage());
        assertTrue(rules.onCall("DescribeDBInstances", "AKID", List.of()).none());
        FaultRules.Entry e = rules.list().get(0);
        assertEquals(0, e.remaining());
        assertEquals(2, e.fired());
    }

    @Test
    void narrowers_match_action_instance_and_account_absent_means_any() {
        rules.add(error(null, "mssql-a", "AKIDone", null));
        assertTrue(rules.onCall("DescribeDBInstances", "AKIDone", List.of("mssql-b")).none());
        assertTrue(rules.onCall("DescribeDBInstances", "AKIDtwo", List.of("mssql-a")).none());
        assertFalse(rules.onCall("DescribeDBInstances", "AKIDone", List.of("mssql-b", "mssql-a")).none());
        assertFalse(rules.onCall("ModifyDBInstanceSSL", "AKIDone", List.of("mssql-a")).none());
    }

    @Test
    void latencies_add_up_and_the_first_outcome_rule_wins() {
        rules.add(new FaultRule(null, null, null, null, null, null, 100, null, false, false, null, null));
        rules.add(new FaultRule(null, null, null, null, null, null, 50, null, false, false, null, null));
        rules.add(new FaultRule(null, null, null, 1, null, null, null, null, false, true, null, null));
        rules.add(error(null, null, null, null));
        FaultRules.Decision first = rules.onCall("X", "A", List.of());
        assertEquals(150, first.delayMs());
        assertTrue(first.drop());
        FaultRules.Decision second = rules.onCall("X", "A", List.of());
        assertFalse(second.drop());
        assertEquals("InternalError.SystemError", second.errorCode());
    }

    @Test
    void a_throttle_counts_calls_over_the_last_real_second() {
        rules.add(new FaultRule("DescribeDBInstances", null, null, null, null, null, null, 2, false, false, null, null));
        assertTrue(rules.onCall("DescribeDBInstances", "A", List.of()).none());
        assertTrue(rules.onCall("DescribeDBInstances", "A", List.of()).none());
        FaultRules.Decision third = rules.onCall("DescribeDBInstances", "A", List.of());
        assertEquals("RequestLimitExceeded", third.errorCode());
        assertTrue(third.errorMessage().contains("limit of 2 per second"));
        nanos.addAndGet(1_000_000_000L);
        assertTrue(rules.onCall("DescribeDBInstances", "A", List.of()).none());
    }

    @Test
    void a_probability_draws_from_the_rules_own_seeded_random() {
        FaultRule r = new FaultRule(null, null, null, null, "InternalError", "x", null, null, false, false, 0.2, 7L);
        FaultRules again = new FaultRules(nanos::get);
        rules.add(r);
        again.add(r);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            a.append(rules.onCall("X", "A", List.of()).none() ? '.' : 'x');
            b.append(again.onCall("X", "A", List.of()).none() ? '.' : 'x');
        }
        assertEquals(a.toString(), b.toString());
        long hits = a.chars().filter(c -> c == 'x').count();
        assertTrue(hits > 0 && hits < 25, "about a fifth of 50 calls, got " + hits);
    }

    @Test
    void fail_next_operation_fires_once_for_its_instance_and_not_on_calls() {
        rules.add(new FaultRule(null, "mssql-a", null, null, null, null, null, null, true, false, null, null));
        assertTrue(rules.onCall("ModifyDBInstanceSSL", "A", List.of("mssql-a")).none());
        assertFalse(rules.failNext(1, "mssql-b"));
        assertTrue(rules.failNext(1, "mssql-a"));
        assertFalse(rules.failNext(1, "mssql-a"));
    }

    @Test
    void remove_and_clear() {
        String id = rules.add(error(null, null, null, null)).id();
        rules.add(error(null, null, null, null));
        assertTrue(rules.remove(id));
        assertFalse(rules.remove(id));
        assertEquals(1, rules.list().size());
        rules.clear();
        assertTrue(rules.onCall("X", "A", List.of()).none());
    }

    @Test
    void impossible_rules_are_refused_with_a_reason() {
        assertEquals("a rule needs one effect: error, latencyMs, throttlePerSecond, failNextOperation or dropConnection",
                assertThrows(IllegalArgumentException.class,
                        () -> new FaultRule("X", null, null, 1, null, null, null, null, false, false, null, null)).getMessage());
        assertEquals("a rule has exactly one effect; this one combines error, dropConnection", assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, 1, "E", null, null, null, false, true, null, null)).getMessage());
        assertEquals("times must be a positive integer, got -1", assertThrows(IllegalArgumentException.class,
                () -> error(null, null, null, -1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, null, null, null, null, null, true, false, null, null)).getMessage()
                .startsWith("failNextOperation needs the instanceId"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, null, "E", null, null, null, false, false, 1.5, 7L)).getMessage()
                .startsWith("probability must be in (0, 1]"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, 3, null, null, null, 5, false, false, null, null)).getMessage()
                .startsWith("times cannot be combined with throttlePerSecond"));
    }
}
