package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.plugin.support.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final CallLog calls;

    public ResilientSqlServerApi(SqlServerApi delegate, RateLimiter limiter, RetryPolicy policy) {
        this(delegate, limiter, policy, false, CallLog.OFF);
    }

    private ResilientSqlServerApi(SqlServerApi delegate, RateLimiter limiter, RetryPolicy policy, boolean retryStatusInvalid, CallLog calls) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.retryInstanceStatusInvalid = retryStatusInvalid;
        this.calls = calls;
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
        return create(config, clock, sleeper, ratePerSecond, Log.OFF);
    }

    /**
     * As above, logging every call to {@code log} at debug (action, region, instance, request id,
     * duration, attempts, retries, rate-limiter waits and throttling errors) and, at trace, the
     * request parameters and response bodies. Credentials never reach the log.
     */
    public static ResilientSqlServerApi create(ApiConfig config, java.time.Clock clock, dev.sslform.plugin.support.Sleeper sleeper,
                                               long ratePerSecond, Log log) {
        return new ResilientSqlServerApi(new TencentSqlServerApi(config, log), RateLimiter.windowed(ratePerSecond, clock, sleeper),
                RetryPolicy.defaults(sleeper, clock), false, new CallLog(log, config.region(), clock));
    }

    /** The same client, but {@code ResourceUnavailable.InstanceStatusInvalid} is retried as well. */
    public ResilientSqlServerApi retryingBusyInstance() {
        return new ResilientSqlServerApi(delegate, limiter, policy, true, calls);
    }

    private <T> T run(String action, Object request, Supplier<T> call) {
        if (!calls.log.enabled(Log.Level.DEBUG)) {
            return policy.execute(() -> {
                acquire(action);
                return call.get();
            }, retryInstanceStatusInvalid);
        }
        Instant start = calls.clock.instant();
        int[] attempts = {0};
        int[] throttled = {0};
        Duration[] limiterWait = {Duration.ZERO};
        try {
            T response = policy.execute(() -> {
                attempts[0]++;
                limiterWait[0] = limiterWait[0].plus(acquire(action));
                try {
                    return call.get();
                } catch (ApiError e) {
                    if (e.is("RequestLimitExceeded")) {
                        throttled[0]++;
                    }
                    calls.log.debug("API call attempt failed", "action", action, "attempt", attempts[0], "error_code", e.code(),
                            "request_id", String.valueOf(e.requestId()), "retryable", RetryPolicy.isRetryable(e.code(), retryInstanceStatusInvalid));
                    throw e;
                }
            }, retryInstanceStatusInvalid);
            calls.done(action, request, start, attempts[0], throttled[0], limiterWait[0], requestId(response), null);
            return response;
        } catch (ApiError e) {
            calls.done(action, request, start, attempts[0], throttled[0], limiterWait[0], e.requestId(), e.code());
            throw e;
        }
    }

    private Duration acquire(String action) {
        try {
            return limiter.acquire(action);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(action, ApiError.CLIENT_ERROR, "interrupted while waiting for the rate limiter", null, e);
        }
    }

    private static String requestId(Object response) {
        JsonNode n = response == null ? null : ApiJson.MAPPER.valueToTree(response).get("RequestId");
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Where calls are logged: the log, the region calls go to, and the clock durations are measured with. */
    private record CallLog(Log log, String region, Clock clock) {
        static final CallLog OFF = new CallLog(Log.OFF, null, Clock.systemUTC());

        /** The one debug line per call, whatever its outcome. */
        void done(String action, Object request, Instant start, int attempts, int throttled, Duration limiterWait, String requestId,
                  String errorCode) {
            JsonNode params = ApiJson.MAPPER.valueToTree(request);
            String instance = params.has("InstanceId") ? params.get("InstanceId").asText()
                    : params.has("InstanceIdSet") ? String.join(",", ApiJson.MAPPER.convertValue(params.get("InstanceIdSet"), String[].class))
                    : "";
            log.debug("API call", "action", action, "region", region, "instance", instance, "request_id", String.valueOf(requestId),
                    "duration", Duration.between(start, clock.instant()).toMillis() + "ms", "attempts", attempts,
                    "retries", Math.max(0, attempts - 1), "throttled", throttled, "rate_limit_wait", limiterWait.toMillis() + "ms",
                    "result", errorCode == null ? "ok" : "error", "error_code", errorCode == null ? "" : errorCode);
        }
    }

    @Override
    public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request request) {
        return run(DescribeDBInstances.ACTION, request, () -> delegate.describeDBInstances(request));
    }

    @Override
    public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request request) {
        return run(DescribeDBInstancesAttribute.ACTION, request, () -> delegate.describeDBInstancesAttribute(request));
    }

    @Override
    public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request request) {
        return run(ModifyDBInstanceSSL.ACTION, request, () -> delegate.modifyDBInstanceSSL(request));
    }

    @Override
    public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request request) {
        return run(DescribeFlowStatus.ACTION, request, () -> delegate.describeFlowStatus(request));
    }

    @Override
    public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request request) {
        return run(DescribeMaintenanceSpan.ACTION, request, () -> delegate.describeMaintenanceSpan(request));
    }

    @Override
    public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request request) {
        return run(ModifyMaintenanceSpan.ACTION, request, () -> delegate.modifyMaintenanceSpan(request));
    }
}
