package dev.sslform.mockcloud.core;

/**
 * Where an SSL operation is in its life: waiting for a maintenance-window check, running (task
 * then restart), or finished. Maps onto {@code DescribeFlowStatus.Status}: 2, 2, 0, 1.
 */
public enum OperationPhase {
    WAITING(2),
    RUNNING(2),
    SUCCEEDED(0),
    FAILED(1);

    private final int flowStatus;

    OperationPhase(int flowStatus) {
        this.flowStatus = flowStatus;
    }

    /** {@code DescribeFlowStatus.Status}: 0 success, 1 failed, 2 running (D12). */
    public int flowStatus() {
        return flowStatus;
    }

    public boolean active() {
        return this == WAITING || this == RUNNING;
    }
}
