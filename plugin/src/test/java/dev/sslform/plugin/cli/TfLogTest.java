package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TF_LOG and TF_LOG_PATH through the CLI against in-process mockcloud: every API call logged at debug, no secret ever. */
class TfLogTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SSL = "tencentcloud_sqlserver_db_instance_ssl_config";
    static final String TOKEN = "session-token-do-not-log-7f3a";
    static final Pattern CALL = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\[DEBUG\\] provider\\.tencentcloud: API call:"
            + " action=(\\w+) region=(\\S+) instance=(\\S*) request_id=(\\S+) duration=(\\d+)ms attempts=(\\d+) retries=(\\d+)"
            + " throttled=(\\d+) rate_limit_wait=(\\d+)ms result=(ok|error) error_code=(\\S*)$");

    @TempDir
    Path dir;

    MockCloudHarness mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        mock.createInstance("mssql-log00001", "03:00");
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                resource "%s" "a" {
                  instance_id = "mssql-log00001"
                  encryption  = "enable"
                }
                """.formatted(mock.endpointUrl(), SSL));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner.Result run(Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY));
        env.putAll(extra);
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return new EngineCliRunner(env, mock.clock(), mock.sleeper()).run(full);
    }

    int requestsToMock() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000"));
        return (all.isArray() ? all : all.path("requests")).size();
    }

    @Test
    void tf_log_debug_logs_every_api_call_with_region_instance_request_id_duration_retries_and_throttling() throws Exception {
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"times\":2,"
                + "\"error\":{\"code\":\"RequestLimitExceeded\",\"message\":\"too fast\"}}");

        EngineCliRunner.Result apply = run(Map.of("TF_LOG", "debug"), "apply", "-auto-approve");

        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete!"), "the UI is unchanged on stdout: " + apply.out());
        List<Matcher> calls = new ArrayList<>();
        for (String line : apply.err().split("\n")) {
            assertFalse(line.contains("[TRACE]"), "debug leaves trace out: " + line);
            if (line.contains("API call:")) {
                Matcher m = CALL.matcher(line);
                assertTrue(m.matches(), "API call line shape: " + line);
                calls.add(m);
            }
        }
        int attempts = calls.stream().mapToInt(m -> Integer.parseInt(m.group(6))).sum();
        assertEquals(requestsToMock(), attempts, "every request the mock received is in the log:\n" + apply.err());
        Matcher modify = calls.stream().filter(m -> m.group(1).equals("ModifyDBInstanceSSL")).findFirst().orElseThrow();
        assertEquals("ap-guangzhou", modify.group(2));
        assertEquals("mssql-log00001", modify.group(3));
        assertFalse(modify.group(4).equals("null") || modify.group(4).isEmpty(), "the request id of the call that succeeded");
        assertEquals("3", modify.group(6), "two throttled attempts, then success");
        assertEquals("2", modify.group(7));
        assertEquals("2", modify.group(8), "throttled: RequestLimitExceeded answers");
        assertEquals("ok", modify.group(10));
        assertTrue(Long.parseLong(modify.group(5)) > 0, "backoff waits count in the duration");
        assertTrue(calls.stream().anyMatch(m -> m.group(1).equals("DescribeDBInstances") && m.group(3).contains("mssql-log00001")));
        assertEquals(2, apply.err().lines().filter(l -> l.contains("API call attempt failed: action=ModifyDBInstanceSSL")
                && l.contains("error_code=RequestLimitExceeded") && l.contains("retryable=true")).count(), apply.err());
        assertTrue(apply.err().lines().anyMatch(l -> l.matches(".* \\[INFO\\]  sslform version: .*")), apply.err());
    }

    @Test
    void a_failed_call_is_logged_with_its_error_code_and_request_id() {
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"error\":{\"code\":\"InternalError.SystemError\",\"message\":\"boom\"}}");

        EngineCliRunner.Result apply = run(Map.of("TF_LOG", "DEBUG"), "apply", "-auto-approve");

        assertEquals(1, apply.code());
        String line = apply.err().lines().filter(l -> l.contains("API call: action=ModifyDBInstanceSSL")).findFirst().orElseThrow();
        Matcher m = CALL.matcher(line);
        assertTrue(m.matches(), line);
        assertEquals("error", m.group(10));
        assertEquals("InternalError.SystemError", m.group(11));
        assertEquals("1", m.group(6), "not retryable: one attempt");
        assertFalse(m.group(4).equals("null"), "the error's request id: " + line);
    }

    @Test
    void tf_log_trace_to_tf_log_path_never_contains_a_secret_id_key_token_or_signature() throws Exception {
        Path log = dir.resolve("sslform.log");
        Map<String, String> env = Map.of("TF_LOG", "trace", "TF_LOG_PATH", log.toString(), "TENCENTCLOUD_SESSION_TOKEN", TOKEN);

        EngineCliRunner.Result plan = run(env, "plan");
        EngineCliRunner.Result apply = run(env, "apply", "-auto-approve");

        assertEquals(0, plan.code(), plan.all());
        assertEquals(0, apply.code(), apply.all());
        assertFalse(plan.err().contains("[TRACE]") || apply.err().contains("[DEBUG]"), "with TF_LOG_PATH the log goes only to the file");
        String text = Files.readString(log);
        assertTrue(text.contains("[TRACE] provider.tencentcloud: API request: action=ModifyDBInstanceSSL"), text);
        assertTrue(text.contains("[TRACE] provider.tencentcloud: API response: action=ModifyDBInstanceSSL"), text);
        assertEquals(2, text.lines().filter(l -> l.contains("CLI command: command=")).count(), "both runs appended to the file");
        for (String secret : List.of(MockCloudHarness.SECRET_ID, MockCloudHarness.SECRET_KEY, TOKEN, "Signature", "signature", "TC3-HMAC",
                "Authorization", "X-TC-Token", "Credential")) {
            assertFalse(text.contains(secret), "the log contains " + secret);
        }
    }

    @Test
    void tf_log_json_writes_one_json_object_per_line_with_the_call_fields() {
        EngineCliRunner.Result plan = run(Map.of("TF_LOG", "json"), "plan");

        assertEquals(0, plan.code(), plan.all());
        List<JsonNode> lines = plan.err().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
        assertFalse(lines.isEmpty());
        for (JsonNode l : lines) {
            assertTrue(l.path("@level").isTextual() && l.path("@message").isTextual() && l.path("@timestamp").asText().matches(".*\\.\\d{6}Z"), l.toString());
        }
        JsonNode call = lines.stream().filter(l -> l.path("@message").asText().equals("API call")).findFirst().orElseThrow();
        assertEquals("debug", call.path("@level").asText());
        assertEquals("provider.tencentcloud", call.path("@module").asText());
        assertEquals("ap-guangzhou", call.path("region").asText());
        assertTrue(call.path("attempts").isInt(), call.toString());
        assertTrue(lines.stream().anyMatch(l -> l.path("@level").asText().equals("trace")), "json is trace level");
    }

    @Test
    void levels_filter_and_no_tf_log_means_no_log() {
        EngineCliRunner.Result info = run(Map.of("TF_LOG", "info"), "plan");
        assertTrue(info.err().contains("[INFO]  sslform version: "), info.err());
        assertFalse(info.err().contains("API call"), "info leaves debug out");

        EngineCliRunner.Result none = run(Map.of(), "plan");
        assertEquals("", none.err());
        EngineCliRunner.Result off = run(Map.of("TF_LOG", "off", "TF_LOG_PATH", dir.resolve("x.log").toString()), "plan");
        assertEquals("", off.err());
        assertFalse(Files.exists(dir.resolve("x.log")), "TF_LOG_PATH alone logs nothing, as Terraform");
    }

    @Test
    void an_unknown_level_warns_and_logs_at_trace_as_terraform_does() {
        EngineCliRunner.Result r = run(Map.of("TF_LOG", "verbose"), "plan");

        assertEquals(0, r.code(), r.all());
        assertTrue(r.err().startsWith("[WARN] Invalid log level: \"VERBOSE\". Defaulting to level: TRACE."), r.err());
        assertTrue(r.err().contains("[TRACE] provider.tencentcloud: API request"), r.err());
    }

    @Test
    void the_root_help_names_tf_log_and_tf_log_path() {
        EngineCliRunner.Result r = new EngineCliRunner(Map.of(), mock.clock(), mock.sleeper()).run("-help");
        assertTrue(r.out().contains("TF_LOG=trace|debug|info|warn|error|json") && r.out().contains("TF_LOG_PATH"), r.all());
    }

    @Test
    void values_under_secret_names_are_redacted_and_values_with_spaces_quoted_as_hclog_does() {
        java.io.StringWriter text = new java.io.StringWriter();
        java.time.Clock at = java.time.Clock.fixed(Instant.parse("2026-12-01T09:05:00.123456Z"), java.time.ZoneOffset.UTC);
        TfLog.from(Map.of("TF_LOG", "Debug"), new java.io.PrintWriter(text), at).named("provider.tencentcloud")
                .debug("m", "secret_key", "abc", "security_token", "t", "X-TC-Signature", "s", "n", 1, "s", "a \"b\"", "e", "");
        assertEquals("2026-12-01T09:05:00.123Z [DEBUG] provider.tencentcloud: m: secret_key=[redacted] security_token=[redacted]"
                + " X-TC-Signature=[redacted] n=1 s=\"a \\\"b\\\"\" e=\"\"\n", text.toString());

        java.io.StringWriter json = new java.io.StringWriter();
        TfLog.from(Map.of("TF_LOG", "JSON"), new java.io.PrintWriter(json), at).warn("w", "password", "p", "n", 2);
        assertEquals("{\"@level\":\"warn\",\"@message\":\"w\",\"@timestamp\":\"2026-12-01T09:05:00.123456Z\","
                + "\"password\":\"[redacted]\",\"n\":2}\n", json.toString());
    }
}
