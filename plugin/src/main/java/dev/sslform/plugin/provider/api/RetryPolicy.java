package dev.sslform.plugin.provider.api;

import dev.sslform.plugin.support.Backoff;
import dev.sslform.plugin.support.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Which failed calls are worth repeating, and how: Terraform's classification (spec §4.8) with the
 * flaws of §7.5 fixed, plus exponential backoff with full jitter, bounded by attempts and elapsed
 * time.
 *
 * <p>Retried: {@code RequestLimitExceeded*}, {@code ClientError.NetworkError},
 * {@code ClientError.HttpStatusCodeError}, {@code ResourceInUse*}, {@code ResourceBusy*} and
 * {@code ResourceUnavailable.*} — except {@code ResourceUnavailable.NotSupportRoInstance}, which can
 * never succeed, and {@code ResourceUnavailable.InstanceStatusInvalid}, which is retried only when
 * the caller says the instance is expected to become ready (e.g. right after its own operation).
 * Everything else, notably {@code InternalError*}, {@code InvalidParameter*},
 * {@code MissingParameter}, {@code UnknownParameter}, {@code AuthFailure*} and
 * {@code UnsupportedOperation*}, fails at once.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration maxElapsed;
    private final Backoff backoff;
    private final Random random;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryPolicy(int maxAttempts, Duration maxElapsed, Backoff backoff, Random random, Sleeper sleeper, Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.maxElapsed = Objects.requireNonNull(maxElapsed, "maxElapsed");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.random = Objects.requireNonNull(random, "random");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** 8 attempts within 2 minutes, backing off from 500 ms up to 20 s. */
    public static RetryPolicy defaults(Sleeper sleeper, Clock clock) {
        return new RetryPolicy(8, Duration.ofMinutes(2), new Backoff(Duration.ofMillis(500), Duration.ofSeconds(20)),
                new Random(), sleeper, clock);
    }

    /** Whether an error with {@code code} may succeed if the same call is made again. */
    public static boolean isRetryable(String code, boolean retryInstanceStatusInvalid) {
        if (code == null) {
            return false;
        }
        if (code.equals(ApiError.NOT_SUPPORT_RO_INSTANCE)) {
            return false;
        }
        if (code.equals(ApiError.INSTANCE_STATUS_INVALID)) {
            return retryInstanceStatusInvalid;
        }
        return code.equals(ApiError.NETWORK_ERROR)
                || code.equals(ApiError.HTTP_STATUS_ERROR)
                || matches(code, "RequestLimitExceeded")
                || matches(code, "ResourceInUse")
                || matches(code, "ResourceBusy")
                || matches(code, "ResourceUnavailable");
    }

    private static boolean matches(String code, String prefix) {
        return code.equals(prefix) || code.startsWith(prefix + ".");
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration maxElapsed() {
        return maxElapsed;
    }

    /** The wait before retry number {@code retry} (0-based): uniform in [0, min(max, base·2^retry)]. */
    public Duration delay(int retry) {
        synchronized (random) {
            return backoff.fullJitter(retry, random);
        }
    }

    /**
     * Runs {@code call}, retrying retryable {@link ApiError}s until it succeeds, an error is not
     * retryable, {@code maxAttempts} are used, or the next wait would pass {@code maxElapsed}; then
     * the last error is thrown.
     */
    public <T> T execute(Supplier<T> call, boolean retryInstanceStatusInvalid) {
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ApiError e) {
                if (!isRetryable(e.code(), retryInstanceStatusInvalid) || attempt >= maxAttempts) {
                    throw e;
                }
                Duration wait = delay(attempt - 1);
                Duration elapsed = Duration.between(start, clock.instant());
                if (elapsed.plus(wait).compareTo(maxElapsed) > 0) {
                    throw e;
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(ie);
                    throw e;
                }
            }
        }
    }
}
