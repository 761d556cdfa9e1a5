package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sslform.plugin.support.Backoff;
import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import dev.sslform.plugin.testkit.ScriptedSqlServerApi;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResilientSqlServerApiTest {

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1),
            new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), new Random(1), sleeper, clock);

    @Test
    void throttled_calls_are_retried_and_each_attempt_takes_a_rate_limit_token() {
        ScriptedSqlServerApi fake = new ScriptedSqlServerApi()
                .thenFail(ModifyDBInstanceSSL.ACTION, "RequestLimitExceeded")
                .then(ModifyDBInstanceSSL.ACTION, new ModifyDBInstanceSSL.Response(42L, "r"));
        RateLimiter limiter = RateLimiter.windowed(1, clock, sleeper);
        SqlServerApi api = new ResilientSqlServerApi(fake, limiter, policy);
        assertEquals(42L, api.modifyDBInstanceSSL(ModifyDBInstanceSSL.Request.of("mssql-a", "enable", 1)).flowId());
        assertEquals(2, fake.calls().size());
    }

    @Test
    void a_busy_instance_fails_at_once_unless_the_caller_opts_in() {
        ScriptedSqlServerApi fake = new ScriptedSqlServerApi()
                .thenFail(ModifyDBInstanceSSL.ACTION, ApiError.INSTANCE_STATUS_INVALID)
                .then(ModifyDBInstanceSSL.ACTION, new ModifyDBInstanceSSL.Response(7L, "r"));
        ResilientSqlServerApi api = new ResilientSqlServerApi(fake, RateLimiter.defaults(clock, sleeper), policy);
        ModifyDBInstanceSSL.Request req = ModifyDBInstanceSSL.Request.of("mssql-a", "renew", 0);
        ApiError e = assertThrows(ApiError.class, () -> api.modifyDBInstanceSSL(req));
        assertEquals(ApiError.INSTANCE_STATUS_INVALID, e.code());
        // The scripted failure was consumed; opt in and script another one.
        ScriptedSqlServerApi fake2 = new ScriptedSqlServerApi()
                .thenFail(ModifyDBInstanceSSL.ACTION, ApiError.INSTANCE_STATUS_INVALID)
                .then(ModifyDBInstanceSSL.ACTION, new ModifyDBInstanceSSL.Response(7L, "r"));
        ResilientSqlServerApi api2 = new ResilientSqlServerApi(fake2, RateLimiter.defaults(clock, sleeper), policy);
        assertEquals(7L, api2.retryingBusyInstance().modifyDBInstanceSSL(req).flowId());
    }
}
