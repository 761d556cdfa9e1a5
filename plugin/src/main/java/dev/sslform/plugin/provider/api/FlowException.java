package dev.sslform.plugin.provider.api;

/**
 * An asynchronous flow that did not succeed: it reported failure ({@link Kind#FAILED}, raised on
 * the first poll that sees status 1) or did not finish in time ({@link Kind#TIMEOUT}, naming the
 * last status seen). The message names the instance and the flow.
 */
public final class FlowException extends RuntimeException {

    /** INTERRUPTED: the caller asked to stop waiting; the flow goes on remotely. */
    public enum Kind { FAILED, TIMEOUT, INTERRUPTED }

    private final Kind kind;
    private final String instanceId;
    private final long flowId;
    private final Long lastStatus;

    public FlowException(Kind kind, String instanceId, long flowId, Long lastStatus, String message) {
        super(message);
        this.kind = kind;
        this.instanceId = instanceId;
        this.flowId = flowId;
        this.lastStatus = lastStatus;
    }

    public Kind kind() {
        return kind;
    }

    public String instanceId() {
        return instanceId;
    }

    public long flowId() {
        return flowId;
    }

    /** The last DescribeFlowStatus value seen; null if no poll succeeded. */
    public Long lastStatus() {
        return lastStatus;
    }
}
