package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.support.Backoff;
import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);

    private RetryPolicy policy(int attempts, Duration elapsed) {
        return new RetryPolicy(attempts, elapsed, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(20)),
                new Random(42), sleeper, clock);
    }

    @ParameterizedTest(name = "{0} retried={1} (instance status retry allowed={2})")
    @CsvSource({
        "RequestLimitExceeded, true, false",
        "RequestLimitExceeded.UinLimitExceeded, true, false",
        "RequestLimitExceeded.GlobalRegionUinLimitExceeded, true, false",
        "ClientError.NetworkError, true, false",
        "ClientError.HttpStatusCodeError, true, false",
        "ResourceInUse, true, false",
        "ResourceBusy, true, false",
        "ResourceUnavailable, true, false",
        "ResourceUnavailable.VpcNotExist, true, false",
        "ResourceUnavailable.NotSupportRoInstance, false, false",
        "ResourceUnavailable.NotSupportRoInstance, false, true",
        "ResourceUnavailable.InstanceStatusInvalid, false, false",
        "ResourceUnavailable.InstanceStatusInvalid, true, true",
        "InternalError, false, true",
        "InternalError.SystemError, false, true",
        "InvalidParameter, false, true",
        "InvalidParameter.InputIllegal, false, true",
        "InvalidParameterValue.ModifyTypeValueInvalid, false, true",
        "MissingParameter, false, true",
        "UnknownParameter, false, true",
        "AuthFailure, false, true",
        "AuthFailure.SignatureFailure, false, true",
        "UnsupportedOperation.NotSupportRepeat, false, true",
        "ResourceNotFound.InstanceNotFound, false, true",
        "FailedOperation.GcsError, false, true",
        "RequestLimitExceededX, false, true",
    })
    void retry_classification_fixes_terraforms_flaws(String code, boolean retried, boolean allowStatusInvalid) {
        assertEquals(retried, RetryPolicy.isRetryable(code, allowStatusInvalid));
    }

    @Test
    void every_delay_is_within_zero_and_the_capped_exponential_ceiling() {
        RetryPolicy p = policy(10, Duration.ofHours(1));
        for (int retry = 0; retry < 12; retry++) {
            long ceiling = Math.min(20_000, 500L << retry);
            for (int i = 0; i < 200; i++) {
                long ms = p.delay(retry).toMillis();
                assertTrue(ms >= 0 && ms <= ceiling, "retry " + retry + ": " + ms + " > " + ceiling);
            }
        }
        assertEquals(Duration.ofSeconds(20), new Backoff(Duration.ofMillis(500), Duration.ofSeconds(20)).ceiling(1000));
    }

    @Test
    void throttling_is_retried_until_the_call_succeeds() {
        AtomicInteger calls = new AtomicInteger();
        String out = policy(5, Duration.ofMinutes(1)).execute(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ApiError("DescribeFlowStatus", "RequestLimitExceeded", "slow down", "r" + calls.get());
            }
            return "done";
        }, false);
        assertEquals("done", out);
        assertEquals(3, calls.get());
        assertEquals(2, sleeper.sleeps().size());
    }

    @Test
    void a_non_retryable_error_fails_on_the_first_attempt() {
        AtomicInteger calls = new AtomicInteger();
        ApiError e = assertThrows(ApiError.class, () -> policy(5, Duration.ofMinutes(1)).execute(() -> {
            calls.incrementAndGet();
            throw new ApiError("ModifyDBInstanceSSL", "ResourceUnavailable.NotSupportRoInstance", "read-only", "r1");
        }, true));
        assertEquals("ResourceUnavailable.NotSupportRoInstance", e.code());
        assertEquals(1, calls.get());
        assertTrue(sleeper.sleeps().isEmpty());
    }

    @Test
    void retries_stop_at_max_attempts_with_the_last_error() {
        AtomicInteger calls = new AtomicInteger();
        ApiError last = new ApiError("X", "ClientError.NetworkError", "reset", null);
        ApiError e = assertThrows(ApiError.class, () -> policy(4, Duration.ofHours(1)).execute(() -> {
            calls.incrementAndGet();
            throw last;
        }, false));
        assertSame(last, e);
        assertEquals(4, calls.get());
    }

    @Test
    void retries_stop_before_the_elapsed_budget_is_exceeded() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(ApiError.class, () -> policy(1000, Duration.ofSeconds(30)).execute(() -> {
            calls.incrementAndGet();
            throw new ApiError("X", "ResourceInUse", "busy", null);
        }, false));
        assertTrue(sleeper.total().compareTo(Duration.ofSeconds(30)) <= 0, sleeper.total().toString());
        assertTrue(calls.get() > 1 && calls.get() < 1000, "calls: " + calls.get());
    }

    @Test
    void instance_status_invalid_is_retried_only_when_the_caller_asks() {
        AtomicInteger calls = new AtomicInteger();
        ApiError busy = new ApiError("ModifyDBInstanceSSL", ApiError.INSTANCE_STATUS_INVALID, "busy", "r");
        assertThrows(ApiError.class, () -> policy(3, Duration.ofMinutes(1)).execute(() -> {
            calls.incrementAndGet();
            throw busy;
        }, false));
        assertEquals(1, calls.get());
        calls.set(0);
        assertThrows(ApiError.class, () -> policy(3, Duration.ofMinutes(1)).execute(() -> {
            calls.incrementAndGet();
            throw busy;
        }, true));
        assertEquals(3, calls.get());
        assertFalse(RetryPolicy.isRetryable(null, true));
    }
}
