package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.state.ResourceAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sslform-specific messages and the formatting helpers of the machine-readable UI, without a cloud. */
class JsonUiMessagesTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:05:00.000001Z");

    /** SSLValidityPeriod is China Standard Time: 2026-12-11 17:05:00 CST is 09:05:00 UTC, ten days after NOW. */
    @ParameterizedTest
    @CsvSource({
            "2027-12-01 17:05:01, , valid, info, 365",
            "2026-12-11 17:05:01, , expiring, warn, 10",
            "2027-01-20 17:05:01, 60, expiring, warn, 50",
            "2027-01-20 17:05:01, 7, valid, info, 50",
            "2026-11-30 17:05:00, , expired, warn, -1",
            "2026-12-01 15:05:00, , expired, warn, 0",
    })
    void certificate_expiry_status_days_left_and_level(String period, Long renewBefore, String status, String level, long daysLeft)
            throws Exception {
        StringWriter out = new StringWriter();
        JsonUi ui = JsonUi.open(new PrintWriter(out), Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, Object> attrs = new HashMap<>(Map.of("instance_id", "mssql-x", "encryption", "enable", "ssl_validity_period", period));
        if (renewBefore != null) {
            attrs.put("renew_before_days", renewBefore);
        }
        JsonUiPlan.certificate(ui, ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.a"), attrs, NOW);

        List<JsonNode> lines = lines(out);
        assertEquals(2, lines.size());
        JsonNode m = lines.get(1);
        assertEquals(JsonUi.CERTIFICATE, m.path("type").asText());
        assertEquals(level, m.path("@level").asText());
        assertEquals(status, m.path("certificate").path("status").asText());
        assertEquals(daysLeft, m.path("certificate").path("days_left").asLong());
        assertEquals(renewBefore == null, m.path("certificate").path("renew_before_days").isNull());
        assertEquals("2026-12-01T09:05:00.000001Z", m.path("@timestamp").asText(), "microseconds, UTC");
    }

    @ParameterizedTest
    @CsvSource({"disable, 2027-12-01 17:05:00", "enable, ''"})
    void no_certificate_message_without_ssl_or_a_validity_period(String encryption, String period) throws Exception {
        StringWriter out = new StringWriter();
        JsonUi ui = JsonUi.open(new PrintWriter(out), Clock.fixed(NOW, ZoneOffset.UTC));
        JsonUiPlan.certificate(ui, ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.a"),
                Map.of("instance_id", "mssql-x", "encryption", encryption, "ssl_validity_period", period), NOW);
        assertEquals(1, lines(out).size(), "only the version message");
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "9, 9s", "60, 1m0s", "90, 1m30s", "3600, 1h0m0s", "3725, 1h2m5s"})
    void durations_read_as_go_prints_them(long seconds, String text) {
        assertEquals(text, JsonUi.goDuration(seconds));
    }

    static List<JsonNode> lines(StringWriter out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            list.add(new ObjectMapper().readTree(l));
        }
        return list;
    }
}
