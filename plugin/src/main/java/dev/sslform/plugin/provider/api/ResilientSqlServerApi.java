package dev.sslform.plugin.provider.api;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link SqlServerApi} decorator that takes a {@link RateLimiter} token before every attempt and
 * repeats retryable failures as {@link RetryPolicy} says. By default
 * {@code ResourceUnavailable.InstanceStatusInvalid} fails at once (the instance is busy with
 * something we did not start and may stay so); {@link #retryingBusyInstance()} gives a view that
 * retries it too, for callers that know the instance is about to become ready.
 */
public final class ResilientSqlServerApi implements SqlServerApi {

    private final SqlServerApi delegate;
    private final RateLimiter limiter;
    private final RetryPolicy policy;
    private final boolean retryInstanceStatusInvalid;

    public ResilientSqlServerApi(SqlServerApi delegate, RateLimiter limiter, RetryPolicy policy) {
        this(delegate, limiter, policy, false);
    }

    private ResilientSqlServerApi(SqlServerApi delegate, RateLimiter limiter, RetryPolicy policy, boolean retryStatusInvalid) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.retryInstanceStatusInvalid = retryStatusInvalid;
    }

    /**
     * The client the provider should use: the wire client for {@code config}, limited to 20 calls
     * per second per action and retrying with {@link RetryPolicy#defaults}.
     */
    public static ResilientSqlServerApi create(ApiConfig config, java.time.Clock clock, dev.sslform.plugin.support.Sleeper sleeper) {
        return create(config, clock, sleeper, DEFAULT_RATE_LIMIT);
    }

    /** The API's documented limit per action, and the provider's default {@code rate_limit}. */
    public static final long DEFAULT_RATE_LIMIT = 20;

    /** As {@link #create(ApiConfig, java.time.Clock, dev.sslform.plugin.support.Sleeper)}, with {@code ratePerSecond} calls per second per action. */
    public static ResilientSqlServerApi create(ApiConfig config, java.time.Clock clock, dev.sslform.plugin.support.Sleeper sleeper,
                                               long ratePerSecond) {
        return new ResilientSqlServerApi(new TencentSqlServerApi(config), RateLimiter.windowed(ratePerSecond, clock, sleeper),
                RetryPolicy.defaults(sleeper, clock));
    }

    /** The same client, but {@code ResourceUnavailable.InstanceStatusInvalid} is retried as well. */
    public ResilientSqlServerApi retryingBusyInstance() {
        return new ResilientSqlServerApi(delegate, limiter, policy, true);
    }

    private <T> T run(String action, Supplier<T> call) {
        return policy.execute(() -> {
            try {
                limiter.acquire(action);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiError(action, ApiError.CLIENT_ERROR, "interrupted while waiting for the rate limiter", null, e);
            }
            return call.get();
        }, retryInstanceStatusInvalid);
    }

    @Override
    public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request request) {
        return run(DescribeDBInstances.ACTION, () -> delegate.describeDBInstances(request));
    }

    @Override
    public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request request) {
        return run(DescribeDBInstancesAttribute.ACTION, () -> delegate.describeDBInstancesAttribute(request));
    }

    @Override
    public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request request) {
        return run(ModifyDBInstanceSSL.ACTION, () -> delegate.modifyDBInstanceSSL(request));
    }

    @Override
    public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request request) {
        return run(DescribeFlowStatus.ACTION, () -> delegate.describeFlowStatus(request));
    }

    @Override
    public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request request) {
        return run(DescribeMaintenanceSpan.ACTION, () -> delegate.describeMaintenanceSpan(request));
    }

    @Override
    public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request request) {
        return run(ModifyMaintenanceSpan.ACTION, () -> delegate.modifyMaintenanceSpan(request));
    }
}
