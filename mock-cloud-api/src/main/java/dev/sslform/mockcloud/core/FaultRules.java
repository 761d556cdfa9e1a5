package dev.sslform.mockcloud.core;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * The fault-injection rules of one mockcloud process, and the decision they make for each API
 * call and each accepted SSL operation. In memory only: a restart or a second process sharing
 * the database starts with none.
 *
 * <p>Deterministic: a rule fires on every matching call until its {@code times} are spent,
 * unless it has a {@code probability}, whose draws come from the rule's own
 * {@code new Random(seed)}. Throttles count calls over the last second of real time (the
 * injected nano clock), since rate is what a client experiences, not virtual time.
 * Thread-safe; decisions are made under one cheap lock, and any delay is served by the caller.
 */
public final class FaultRules implements OperationFaults {
    private static final long SECOND_NANOS = 1_000_000_000L;

    /** A rule as stored: its id, the rule, and its counters. */
    public record Entry(String id, FaultRule rule, Integer remaining, long fired) {
    }

    /** What one API call is to suffer: a delay, then possibly an error or a dropped connection. */
    public record Decision(long delayMs, String errorCode, String errorMessage, boolean drop) {
        public static final Decision NONE = new Decision(0, null, null, false);

        public boolean none() {
            return delayMs == 0 && errorCode == null && !drop;
        }
    }

    private static final class Live {
        final String id;
        final FaultRule rule;
        Integer remaining;
        long fired;
        final Random random;
        final ArrayDeque<Long> window = new ArrayDeque<>();

        Live(String id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
            this.remaining = rule.times();
            this.random = rule.probability() == null ? null : new Random(rule.seed());
        }

        boolean spent() {
            return remaining != null && remaining <= 0;
        }

        /** Draws against the probability; consumes one draw per matching call. */
        boolean rolls() {
            return random == null || random.nextDouble() < rule.probability();
        }

        void fire() {
            fired++;
            if (remaining != null) {
                remaining--;
            }
        }
    }

    private final LongSupplier nanoTime;
    private final Map<String, Live> rules = new LinkedHashMap<>();
    private long nextId = 1;
    /** Read without the lock on the hot path: with no rules, a call costs one volatile read. */
    private volatile boolean empty = true;

    public FaultRules(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public synchronized Entry add(FaultRule rule) {
        String id = "fault-" + nextId++;
        Live live = new Live(id, rule);
        rules.put(id, live);
        empty = false;
        return entry(live);
    }

    public synchronized List<Entry> list() {
        return rules.values().stream().map(FaultRules::entry).toList();
    }

    public synchronized boolean remove(String id) {
        boolean removed = rules.remove(id) != null;
        empty = rules.isEmpty();
        return removed;
    }

    public synchronized void clear() {
        rules.clear();
        empty = true;
    }

    /**
     * The decision for one API call: the sum of the matching latencies, then the first matching
     * rule (in the order added) that answers an error, throttles, or drops the connection.
     */
    public Decision onCall(String action, String secretId, Collection<String> instanceIds) {
        if (empty) {
            return Decision.NONE;
        }
        synchronized (this) {
            long delay = 0;
            for (Live l : rules.values()) {
                FaultRule r = l.rule;
                if (!r.affectsCalls() || l.spent() || !r.matches(action, secretId, instanceIds)) {
                    continue;
                }
                if (r.latencyMs() != null) {
                    if (l.rolls()) {
                        l.fire();
                        delay += r.latencyMs();
                    }
                } else if (r.throttlePerSecond() != null) {
                    long now = nanoTime.getAsLong();
                    while (!l.window.isEmpty() && now - l.window.peekFirst() >= SECOND_NANOS) {
                        l.window.pollFirst();
                    }
                    if (l.window.size() >= r.throttlePerSecond() && l.rolls()) {
                        l.fire();
                        return new Decision(delay, ErrorCodes.REQUEST_LIMIT_EXCEEDED, "Your request rate exceeds the limit of "
                                + r.throttlePerSecond() + " per second (fault rule " + l.id + ").", false);
                    }
                    l.window.addLast(now);
                } else if (l.rolls()) {
                    l.fire();
                    if (r.dropConnection()) {
                        return new Decision(delay, null, null, true);
                    }
                    return new Decision(delay, r.errorCode(), r.errorMessage(), false);
                }
            }
            return delay == 0 ? Decision.NONE : new Decision(delay, null, null, false);
        }
    }

    /** {@link OperationFaults}: a {@code failNextOperation} rule on the instance fires once per operation. */
    @Override
    public boolean failNext(long appId, String instanceId) {
        if (empty) {
            return false;
        }
        synchronized (this) {
            for (Iterator<Live> it = rules.values().iterator(); it.hasNext(); ) {
                Live l = it.next();
                if (l.rule.failNextOperation() && !l.spent() && instanceId.equals(l.rule.instanceId()) && l.rolls()) {
                    l.fire();
                    return true;
                }
            }
            return false;
        }
    }

    public synchronized Optional<Entry> get(String id) {
        return Optional.ofNullable(rules.get(id)).map(FaultRules::entry);
    }

    private static Entry entry(Live l) {
        return new Entry(l.id, l.rule, l.remaining, l.fired);
    }
}
