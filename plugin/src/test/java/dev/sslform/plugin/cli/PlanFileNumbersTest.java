package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A saved plan keeps every number exactly: beyond 64 bits, and decimals no double holds. */
class PlanFileNumbersTest extends PipelineCliBase {

    @Test
    void big_and_exact_numbers_survive_plan_out_show_json_and_apply_file() throws Exception {
        Files.writeString(dir.resolve("outputs.tf"), """
                output "big" {
                  value = 12345678901234567890 + 1
                }
                output "exact" {
                  value = 0.1000000000000000000000001
                }
                output "nested" {
                  value = { n = [-98765432109876543210, 1.5] }
                }
                """);
        EngineCliRunner.Result plan = run("plan", "-input=false", "-out=tfplan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("+ big    = 12345678901234567891"), plan.out());

        EngineCliRunner.Result show = run("show", "-json", "tfplan");
        assertEquals(0, show.code(), show.all());
        JsonNode j = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(show.out());
        JsonNode after = j.path("output_changes");
        assertEquals(new BigInteger("12345678901234567891"), after.path("big").path("after").bigIntegerValue(), show.out());
        assertEquals(0, new BigDecimal("0.1000000000000000000000001").compareTo(after.path("exact").path("after").decimalValue()),
                show.out());
        assertEquals(new BigInteger("-98765432109876543210"), after.path("nested").path("after").path("n").get(0).bigIntegerValue());

        EngineCliRunner.Result apply = run("apply", "-input=false", "tfplan");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("big = 12345678901234567891"), apply.out());
        assertEquals("12345678901234567891", run("output", "-raw", "big").out());
        assertEquals("0.1000000000000000000000001", run("output", "-raw", "exact").out());
        EngineCliRunner.Result again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.code(), "the state read back equals what the configuration gives: " + again.all());
    }
}
