package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.FaultRule;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultTemplatesTest {
    @Test
    void each_template_makes_its_rule() {
        FaultRule fail = FaultTemplates.build("fail", Map.of("action", "DescribeDBInstances", "times", "2", "code", "InternalError"));
        assertEquals(2, fail.times());
        assertEquals("InternalError", fail.errorCode());
        assertEquals(5, FaultTemplates.build("throttle", Map.of("throttlePerSecond", "5")).throttlePerSecond());
        assertEquals(300, FaultTemplates.build("latency", Map.of("latencyMs", "300")).latencyMs());
        assertTrue(FaultTemplates.build("fail-operation", Map.of("instanceId", "mssql-1")).failNextOperation());
        FaultRule drop = FaultTemplates.build("drop", Map.of("probability", "0.5", "seed", "7"));
        assertTrue(drop.dropConnection());
        assertEquals(7L, drop.seed());
    }

    @Test
    void a_field_the_template_does_not_take_or_an_impossible_rule_is_refused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultTemplates.build("latency", Map.of("latencyMs", "1", "code", "X")))
                .getMessage().contains("\"code\" does not apply to \"Add latency\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultTemplates.build("fail", Map.of("code", "X")))
                .getMessage().contains("times is required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultTemplates.build("throttle", Map.of("throttlePerSecond", "x")))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultTemplates.build("drop", Map.of("probability", "2")))
                .getMessage().contains("probability must be in (0, 1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultTemplates.build("chaos", Map.of()))
                .getMessage().contains("unknown template"));
    }
}
