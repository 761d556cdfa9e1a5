package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeSleeper;
import dev.sslform.plugin.testkit.ScriptedSqlServerApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowWaiterTest {

    private final FakeClock clock = new FakeClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final List<FlowWaiter.Progress> progress = new ArrayList<>();

    @Test
    void a_running_flow_is_polled_with_doubling_waits_until_it_succeeds() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi().flowStatuses(2, 2, 2, 2, 2, 2, 2, 0);
        new FlowWaiter(api, clock, sleeper).await("mssql-j8kv137v", 100001, Duration.ofMinutes(10), progress::add);
        assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L),
                sleeper.sleeps().stream().map(Duration::toMillis).toList());
        assertEquals(8, progress.size());
        assertEquals(Duration.ZERO, progress.get(0).elapsed());
        assertEquals(Duration.ofMillis(35500), progress.get(7).elapsed());
        assertEquals("success", progress.get(7).statusName());
        assertEquals("running", progress.get(0).statusName());
        assertEquals(8, progress.get(7).poll());
    }

    @Test
    void a_failed_flow_is_an_error_at_once_naming_instance_and_flow() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi().flowStatuses(2, 1);
        FlowException e = assertThrows(FlowException.class, () ->
                new FlowWaiter(api, clock, sleeper).await("mssql-j8kv137v", 100001, Duration.ofMinutes(5), progress::add));
        assertEquals(FlowException.Kind.FAILED, e.kind());
        assertEquals(1L, e.lastStatus());
        assertTrue(e.getMessage().contains("mssql-j8kv137v") && e.getMessage().contains("100001")
                && e.getMessage().contains("failed"), e.getMessage());
        assertEquals(Duration.ofMillis(500), sleeper.total(), "did not wait out the timeout");
    }

    @Test
    void a_timeout_names_the_last_observed_state_and_never_sleeps_past_the_deadline() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi().flowStatuses(2);
        FlowException e = assertThrows(FlowException.class, () ->
                new FlowWaiter(api, clock, sleeper).await("mssql-a", 7, Duration.ofSeconds(20), progress::add));
        assertEquals(FlowException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("last status: running (2)") && e.getMessage().contains("flow 7")
                && e.getMessage().contains("mssql-a") && e.getMessage().contains("20s"), e.getMessage());
        assertEquals(Duration.ofSeconds(20), sleeper.total());
        assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 4500L),
                sleeper.sleeps().stream().map(Duration::toMillis).toList());
    }

    @Test
    void an_unknown_status_keeps_polling_and_is_reported_as_unknown_on_timeout() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi().flowStatuses(5);
        FlowException e = assertThrows(FlowException.class, () ->
                new FlowWaiter(api, clock, sleeper).await("mssql-a", 7, Duration.ofSeconds(1), progress::add));
        assertTrue(e.getMessage().contains("unknown (5)"), e.getMessage());
    }

    @Test
    void a_poll_error_that_is_not_absorbed_propagates_as_api_error() {
        ScriptedSqlServerApi api = new ScriptedSqlServerApi().thenFail(DescribeFlowStatus.ACTION, "InternalError.SystemError");
        ApiError e = assertThrows(ApiError.class, () ->
                new FlowWaiter(api, clock, sleeper).await("mssql-a", 7, Duration.ofSeconds(1), progress::add));
        assertEquals("InternalError.SystemError", e.code());
    }
}
