package dev.sslform.plugin.provider.api;

import dev.sslform.plugin.support.Backoff;
import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Waits for an asynchronous flow (the {@code FlowId} of {@code ModifyDBInstanceSSL}) by polling
 * {@code DescribeFlowStatus}: 500 ms after the first poll, doubling to a 10 s cap, never past the
 * deadline. Status 0 returns; status 1 fails at once — unlike the Terraform provider, which waits
 * out its timeout on a failed flow (spec §7.5); a timeout fails naming the last status seen. The
 * progress callback hears about every poll.
 */
public final class FlowWaiter {

    /** One poll's outcome: the status read and the time since waiting began. */
    public record Progress(String instanceId, long flowId, int poll, Duration elapsed, long status) {

        public String statusName() {
            return FlowWaiter.statusName(status);
        }
    }

    private static final Backoff POLL = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    private final SqlServerApi api;
    private final Clock clock;
    private final Sleeper sleeper;

    public FlowWaiter(SqlServerApi api, Clock clock, Sleeper sleeper) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Polls until the flow ends.
     *
     * @throws FlowException when the flow fails or {@code timeout} passes
     * @throws ApiError when a poll fails in a way the api's own retries did not absorb
     */
    public void await(String instanceId, long flowId, Duration timeout, Consumer<Progress> progress) {
        await(instanceId, flowId, timeout, progress, () -> false);
    }

    /**
     * As {@link #await(String, long, Duration, Consumer)}, but stops waiting (a
     * {@link FlowException.Kind#INTERRUPTED} failure; the flow goes on remotely) when {@code stop}
     * turns true, checked after every poll.
     */
    public void await(String instanceId, long flowId, Duration timeout, Consumer<Progress> progress,
                      java.util.function.BooleanSupplier stop) {
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        Long last = null;
        for (int poll = 1; ; poll++) {
            DescribeFlowStatus.Response r = api.describeFlowStatus(new DescribeFlowStatus.Request(flowId));
            long status = r.status() == null ? -1 : r.status();
            last = status;
            Duration elapsed = Duration.between(start, clock.instant());
            progress.accept(new Progress(instanceId, flowId, poll, elapsed, status));
            if (status == DescribeFlowStatus.SUCCESS) {
                return;
            }
            if (status == DescribeFlowStatus.FAILED) {
                throw new FlowException(FlowException.Kind.FAILED, instanceId, flowId, last,
                        "flow " + flowId + " on instance " + instanceId + " failed (DescribeFlowStatus Status=1) after "
                                + seconds(elapsed) + (r.requestId() == null ? "" : " (RequestId: " + r.requestId() + ")"));
            }
            if (stop.getAsBoolean()) {
                throw new FlowException(FlowException.Kind.INTERRUPTED, instanceId, flowId, last,
                        "stopped waiting for flow " + flowId + " on instance " + instanceId + " after an interrupt; last status: "
                                + statusName(last) + " (the operation goes on remotely)");
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new FlowException(FlowException.Kind.TIMEOUT, instanceId, flowId, last,
                        "timed out after " + seconds(timeout) + " waiting for flow " + flowId + " on instance " + instanceId
                                + "; last status: " + statusName(last) + " (" + last + ")");
            }
            Duration wait = POLL.ceiling(poll - 1);
            try {
                sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FlowException(FlowException.Kind.TIMEOUT, instanceId, flowId, last,
                        "interrupted while waiting for flow " + flowId + " on instance " + instanceId
                                + "; last status: " + statusName(last));
            }
        }
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
