package dev.sslform.plugin.provider.api;

import dev.sslform.plugin.support.Backoff;
import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits for the asynchronous flows of one run (the {@code FlowId} of {@code ModifyDBInstanceSSL}).
 * One waiter is shared by every worker of a run.
 *
 * <p>Polling each flow on a backoff schedule either sees a short flow finish late (a 500 ms task
 * seen at a 1.5 s poll) or, polled often, spends one {@code DescribeFlowStatus} call per flow per
 * poll, which a fleet at the API's 20 calls/s cannot afford. Instead the waiting workers share
 * one <em>watch</em>: every {@code watchInterval}, whichever worker finds the last look stale
 * describes every watched instance with batched {@code DescribeDBInstances} calls (100 ids a call,
 * so the cost follows the number of flows in flight ÷ 100, not the number of flows). An instance
 * whose {@code Status} goes from an operation status (7 task running, 13 waiting for the window,
 * 12 restarting …) back to 2 running — or that is running at the first look, or that the API no
 * longer returns — has its flow confirmed by one {@code DescribeFlowStatus} call. Whether the real
 * API shows 7 during an SSL flow is not documented (spec §8), so each flow is also asked directly
 * on a slow schedule (2 s, then doubling to 10 s; every 30 s once the watch has seen the instance
 * busy, as its return to running will then tell) and once more at the deadline: the watch only
 * makes the answer come sooner.
 *
 * <p>Status 0 returns; status 1 fails at once — unlike the Terraform provider, which waits out its
 * timeout on a failed flow (spec §7.5); a timeout fails naming the last status seen. A watch call
 * that fails is skipped (the next one, or the direct polls, carry on); a failed direct poll
 * propagates. Thread-safe.
 */
public final class FlowWaiter {

    /** One {@code DescribeFlowStatus} outcome, or a heartbeat while waiting: the last status read and the time since waiting began. */
    public record Progress(String instanceId, long flowId, int poll, Duration elapsed, long status) {

        public String statusName() {
            return FlowWaiter.statusName(status);
        }
    }

    /** Direct polls of one flow: the fallback when the instance's {@code Status} tells nothing. */
    static final Backoff DIRECT = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(10));
    /** Direct polls once the watch has seen the instance busy, so its return to running will tell. */
    static final Duration RELAXED = Duration.ofSeconds(30);
    /** The shortest watch interval, whatever the rate limit. */
    static final Duration MIN_WATCH = Duration.ofMillis(20);
    /** The longest watch interval: a flow is never seen done more than about this late. */
    static final Duration MAX_WATCH = Duration.ofSeconds(1);
    /** Ids per {@code DescribeDBInstances} call, the API's largest page. */
    private static final int PAGE = 100;
    /** How often a waiting worker reports progress without a poll. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

    private final SqlServerApi api;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration watchInterval;
    private final Duration tick;
    private final Map<Ticket, Boolean> watched = new ConcurrentHashMap<>();
    private final ReentrantLock watchLock = new ReentrantLock();
    private volatile Instant lastWatch = Instant.MIN;

    /** A waiter whose watch suits the API's default rate limit (20 calls/s per action). */
    public FlowWaiter(SqlServerApi api, Clock clock, Sleeper sleeper) {
        this(api, clock, sleeper, watchInterval(ResilientSqlServerApi.DEFAULT_RATE_LIMIT));
    }

    public FlowWaiter(SqlServerApi api, Clock clock, Sleeper sleeper, Duration watchInterval) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("watch interval must be positive: " + watchInterval);
        }
        this.watchInterval = watchInterval;
        Duration quarter = watchInterval.dividedBy(4);
        this.tick = quarter.compareTo(Duration.ofMillis(5)) < 0 ? Duration.ofMillis(5) : quarter;
    }

    /**
     * The watch interval for a client limited to {@code ratePerSecond} calls per action: the watch
     * spends at most a quarter of {@code DescribeDBInstances}' budget per 100 flows in flight, and
     * looks at least once a second and at most every 20 ms. At the default 20/s: every 200 ms.
     */
    public static Duration watchInterval(double ratePerSecond) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        Duration d = Duration.ofNanos((long) Math.min(Long.MAX_VALUE, 4.0 / ratePerSecond * 1e9));
        return d.compareTo(MIN_WATCH) < 0 ? MIN_WATCH : d.compareTo(MAX_WATCH) > 0 ? MAX_WATCH : d;
    }

    /**
     * Waits until the flow ends.
     *
     * @throws FlowException when the flow fails or {@code timeout} passes
     * @throws ApiError when a direct poll fails in a way the api's own retries did not absorb
     */
    public void await(String instanceId, long flowId, Duration timeout, Consumer<Progress> progress) {
        await(instanceId, flowId, timeout, progress, () -> false);
    }

    /**
     * As {@link #await(String, long, Duration, Consumer)}, but stops waiting (a
     * {@link FlowException.Kind#INTERRUPTED} failure; the flow goes on remotely) when {@code stop}
     * turns true, checked between polls.
     */
    public void await(String instanceId, long flowId, Duration timeout, Consumer<Progress> progress, BooleanSupplier stop) {
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        Ticket ticket = new Ticket(instanceId);
        watched.put(ticket, Boolean.TRUE);
        try {
            Long last = null;
            int polls = 0;
            int directPolls = 1;
            Instant scheduled = start.plus(DIRECT.ceiling(0));
            Instant lastDirect = start;
            Instant lastReport = start;
            while (true) {
                Instant relaxed = lastDirect.plus(RELAXED);
                Instant nextDirect = min(ticket.seenBusy() && relaxed.isAfter(scheduled) ? relaxed : scheduled, deadline);
                Instant now = clock.instant();
                if (ticket.takeConfirm() || !now.isBefore(nextDirect)) {
                    DescribeFlowStatus.Response r = api.describeFlowStatus(new DescribeFlowStatus.Request(flowId));
                    long status = r.status() == null ? -1 : r.status();
                    last = status;
                    polls++;
                    now = clock.instant();
                    Duration elapsed = Duration.between(start, now);
                    lastReport = now;
                    progress.accept(new Progress(instanceId, flowId, polls, elapsed, status));
                    if (status == DescribeFlowStatus.SUCCESS) {
                        return;
                    }
                    if (status == DescribeFlowStatus.FAILED) {
                        throw new FlowException(FlowException.Kind.FAILED, instanceId, flowId, last,
                                "flow " + flowId + " on instance " + instanceId + " failed (DescribeFlowStatus Status=1) after "
                                        + seconds(elapsed) + (r.requestId() == null ? "" : " (RequestId: " + r.requestId() + ")"));
                    }
                    if (!now.isBefore(deadline)) {
                        throw new FlowException(FlowException.Kind.TIMEOUT, instanceId, flowId, last,
                                "timed out after " + seconds(timeout) + " waiting for flow " + flowId + " on instance " + instanceId
                                        + "; last status: " + statusName(last) + " (" + last + ")");
                    }
                    if (!nextDirect.isAfter(now)) {
                        lastDirect = now;
                        scheduled = now.plus(DIRECT.ceiling(directPolls++));
                    }
                } else if (!Duration.between(lastReport, now).minus(HEARTBEAT).isNegative()) {
                    lastReport = now;
                    progress.accept(new Progress(instanceId, flowId, polls, Duration.between(start, now),
                            last == null ? DescribeFlowStatus.RUNNING : last));
                }
                if (stop.getAsBoolean()) {
                    throw new FlowException(FlowException.Kind.INTERRUPTED, instanceId, flowId, last,
                            "stopped waiting for flow " + flowId + " on instance " + instanceId + " after an interrupt; last status: "
                                    + statusName(last == null ? DescribeFlowStatus.RUNNING : last) + " (the operation goes on remotely)");
                }
                watchIfDue();
                if (ticket.confirmPending()) {
                    continue;
                }
                Duration wait = Duration.between(clock.instant(), nextDirect);
                if (wait.isNegative() || wait.isZero()) {
                    continue;
                }
                try {
                    sleeper.sleep(wait.compareTo(tick) < 0 ? wait : tick);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FlowException(FlowException.Kind.TIMEOUT, instanceId, flowId, last,
                            "interrupted while waiting for flow " + flowId + " on instance " + instanceId
                                    + "; last status: " + statusName(last == null ? DescribeFlowStatus.RUNNING : last));
                }
            }
        } finally {
            watched.remove(ticket);
        }
    }

    /**
     * Describes every watched instance when the last look is older than the interval and no
     * other worker is looking right now; the caller never blocks on another worker's look.
     */
    private void watchIfDue() {
        if (Duration.between(lastWatch, clock.instant()).compareTo(watchInterval) < 0 || !watchLock.tryLock()) {
            return;
        }
        try {
            if (Duration.between(lastWatch, clock.instant()).compareTo(watchInterval) < 0) {
                return;
            }
            lastWatch = clock.instant();
            List<Ticket> tickets = new ArrayList<>(watched.keySet());
            Set<String> ids = new LinkedHashSet<>();
            tickets.forEach(t -> ids.add(t.instanceId));
            List<String> all = new ArrayList<>(ids);
            Map<String, Long> status = new HashMap<>();
            Set<String> answered = new java.util.HashSet<>();
            for (int from = 0; from < all.size(); from += PAGE) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + PAGE));
                DescribeDBInstances.Response r;
                try {
                    r = api.describeDBInstances(DescribeDBInstances.Request.byIds(batch, 0, PAGE));
                } catch (ApiError e) {
                    continue; // this batch learns nothing this time; its direct polls go on
                }
                answered.addAll(batch);
                r.dbInstances().forEach(i -> status.put(i.instanceId(), i.status()));
            }
            for (Ticket t : tickets) {
                if (answered.contains(t.instanceId)) {
                    t.observe(status.get(t.instanceId), status.containsKey(t.instanceId));
                }
            }
        } finally {
            watchLock.unlock();
        }
    }

    /** What the watch has seen of one waiting flow's instance. */
    private static final class Ticket {
        final String instanceId;
        private int looks;
        private boolean busy;
        private boolean everBusy;
        private boolean missing;
        private boolean confirm;

        Ticket(String instanceId) {
            this.instanceId = instanceId;
        }

        /** One look: the instance's Status, or {@code present} false when the API did not return it. */
        synchronized void observe(Long status, boolean present) {
            looks++;
            if (!present) {
                confirm |= !missing;
                missing = true;
                everBusy = false; // nothing will signal the end now: back to the direct schedule
                return;
            }
            missing = false;
            if (status == null || status != DBInstance.STATUS_RUNNING) {
                busy = true;
                everBusy = true;
                return;
            }
            if (busy || looks == 1) {
                confirm = true;
                busy = false;
            }
        }

        synchronized boolean takeConfirm() {
            boolean c = confirm;
            confirm = false;
            return c;
        }

        /** The watch has seen the instance in an operation status at least once. */
        synchronized boolean seenBusy() {
            return everBusy;
        }

        synchronized boolean confirmPending() {
            return confirm;
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static String statusName(long status) {
        if (status == DescribeFlowStatus.SUCCESS) {
            return "success";
        }
        if (status == DescribeFlowStatus.FAILED) {
            return "failed";
        }
        if (status == DescribeFlowStatus.RUNNING) {
            return "running";
        }
        return "unknown";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
