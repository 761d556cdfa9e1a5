package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan, apply, destroy and refresh with -json through the CLI against in-process mockcloud: every
 * line of stdout is one JSON object, and every message has the shape Terraform's "Machine-readable
 * UI" documentation (UI 1.2, Terraform 1.9) gives its type, checked against the table below.
 */
class JsonUiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SSL = "tencentcloud_sqlserver_db_instance_ssl_config";
    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}(Z|[+-]\\d\\d:\\d\\d)");
    static final Set<String> ACTIONS = Set.of("noop", "create", "read", "update", "replace", "delete", "move", "import");
    static final Set<String> REASONS = Set.of("tainted", "requested", "cannot_update", "delete_because_no_resource_config",
            "delete_because_wrong_repetition", "delete_because_count_index", "delete_because_each_key", "delete_because_no_module");

    /**
     * The documented fields of each message type besides @level, @message, @module, @timestamp
     * and type: "a.b" must be there; "?a.b" may be. "a.resource" stands for the whole resource
     * object. Nothing else may be at the top level.
     */
    static final Map<String, List<String>> SHAPES = Map.ofEntries(
            Map.entry("version", List.of("terraform", "ui", "?sslform")),
            Map.entry("log", List.of()),
            Map.entry("diagnostic", List.of("diagnostic.severity", "diagnostic.summary", "diagnostic.detail", "?diagnostic.address",
                    "?diagnostic.range", "?diagnostic.snippet")),
            Map.entry("planned_change", List.of("change.resource", "change.action", "?change.reason", "?change.previous_resource")),
            Map.entry("resource_drift", List.of("change.resource", "change.action")),
            Map.entry("change_summary", List.of("changes.add", "changes.change", "changes.import", "changes.remove", "changes.operation")),
            Map.entry("outputs", List.of("outputs")),
            Map.entry("apply_start", List.of("hook.resource", "hook.action", "?hook.id_key", "?hook.id_value")),
            Map.entry("apply_progress", List.of("hook.resource", "hook.action", "hook.elapsed_seconds")),
            Map.entry("apply_complete", List.of("hook.resource", "hook.action", "hook.elapsed_seconds", "?hook.id_key", "?hook.id_value")),
            Map.entry("apply_errored", List.of("hook.resource", "hook.action", "hook.elapsed_seconds")),
            Map.entry("refresh_start", List.of("hook.resource", "?hook.id_key", "?hook.id_value")),
            Map.entry("refresh_complete", List.of("hook.resource", "?hook.id_key", "?hook.id_value")),
            Map.entry(JsonUi.PENDING, List.of("pending.resource", "pending.instance_id", "pending.operation", "pending.flow_id",
                    "pending.requested_at", "pending.next_window_start")),
            Map.entry(JsonUi.CERTIFICATE, List.of("certificate.resource", "certificate.instance_id", "certificate.validity_period",
                    "certificate.expires_at", "certificate.days_left", "certificate.status", "certificate.renew_before_days")));

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    void config(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }
                %s
                """.formatted(mock.endpointUrl(), body));
    }

    /** Runs a -json command and returns its messages, each checked against {@link #SHAPES}. */
    List<JsonNode> stream(int expectedCode, String... args) {
        EngineCliRunner.Result r = run(args);
        assertEquals(expectedCode, r.code(), r.all());
        assertEquals("", r.err(), "with -json everything goes to stdout as messages");
        List<JsonNode> messages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : r.out().split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode m;
            try {
                m = JSON.readTree(line);
            } catch (Exception e) {
                fail("not one JSON object per line: " + line + "\n" + r.out());
                return null;
            }
            assertTrue(m.isObject(), line);
            checkShape(m, problems);
            messages.add(m);
        }
        assertTrue(r.out().endsWith("\n"), "every message ends its line");
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\n" + r.out());
        }
        assertEquals("version", messages.get(0).path("type").asText(), "the stream opens with the version message");
        return messages;
    }

    static void checkShape(JsonNode m, List<String> problems) {
        String type = m.path("type").asText();
        List<String> fields = SHAPES.get(type);
        if (fields == null) {
            problems.add("unknown message type " + type + ": " + m);
            return;
        }
        if (!Set.of("info", "warn", "error").contains(m.path("@level").asText())) {
            problems.add("@level: " + m);
        }
        if (!m.path("@message").isTextual() || m.path("@message").asText().isEmpty()) {
            problems.add("@message: " + m);
        }
        if (!"terraform.ui".equals(m.path("@module").asText())) {
            problems.add("@module: " + m);
        }
        if (!TIMESTAMP.matcher(m.path("@timestamp").asText()).matches()) {
            problems.add("@timestamp not RFC 3339 with microseconds: " + m);
        }
        Set<String> allowed = new java.util.HashSet<>(Set.of("@level", "@message", "@module", "@timestamp", "type"));
        for (String f : fields) {
            boolean optional = f.startsWith("?");
            String path = optional ? f.substring(1) : f;
            allowed.add(path.split("\\.")[0]);
            JsonNode n = m;
            for (String part : path.split("\\.")) {
                n = n.path(part);
            }
            if (n.isMissingNode()) {
                if (!optional) {
                    problems.add(type + ": " + path + " missing: " + m);
                }
                continue;
            }
            if (path.endsWith(".resource") || path.endsWith("previous_resource")) {
                checkResource(n, type, problems);
            } else if (path.endsWith("elapsed_seconds") || path.startsWith("changes.") && !path.endsWith("operation")) {
                if (!n.isIntegralNumber()) {
                    problems.add(type + ": " + path + " is not an integer: " + m);
                }
            } else if (path.endsWith(".action") && (type.startsWith("apply") || type.equals("planned_change"))) {
                if (!ACTIONS.contains(n.asText())) {
                    problems.add(type + ": action " + n + ": " + m);
                }
            } else if (path.equals("change.action") && type.equals("resource_drift") && !Set.of("update", "delete").contains(n.asText())) {
                problems.add(type + ": drift action " + n);
            } else if (path.equals("change.reason") && !REASONS.contains(n.asText())) {
                problems.add(type + ": reason " + n);
            } else if (path.equals("changes.operation") && !Set.of("plan", "apply", "destroy").contains(n.asText())) {
                problems.add(type + ": operation " + n);
            }
        }
        m.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problems.add(type + ": unexpected key " + k + ": " + m);
            }
        });
        if (type.equals("diagnostic")) {
            String sev = m.path("diagnostic").path("severity").asText();
            if (!Set.of("error", "warning").contains(sev) || !m.path("@level").asText().equals(sev.equals("error") ? "error" : "warn")) {
                problems.add("diagnostic severity and level: " + m);
            }
        }
        if (type.equals("outputs")) {
            m.path("outputs").fields().forEachRemaining(e -> {
                if (!e.getValue().path("sensitive").isBoolean()) {
                    problems.add("outputs." + e.getKey() + ".sensitive: " + m);
                }
            });
        }
        if (type.endsWith("_start") || type.endsWith("_complete")) {
            JsonNode h = m.path("hook");
            if (h.has("id_key") != h.has("id_value")) {
                problems.add(type + ": id_key and id_value come together: " + m);
            }
        }
    }

    static void checkResource(JsonNode r, String type, List<String> problems) {
        List<String> keys = new ArrayList<>();
        r.fieldNames().forEachRemaining(keys::add);
        if (!keys.equals(List.of("addr", "module", "resource", "implied_provider", "resource_type", "resource_name", "resource_key"))) {
            problems.add(type + ": resource object keys " + keys);
            return;
        }
        String addr = r.path("addr").asText();
        if (!r.path("resource").asText().equals(addr) || !r.path("module").asText().isEmpty()
                || !addr.startsWith((addr.startsWith("data.") ? "data." : "") + r.path("resource_type").asText() + "." + r.path("resource_name").asText())
                || !r.path("implied_provider").asText().equals("tencentcloud")) {
            problems.add(type + ": resource object " + r);
        }
        JsonNode key = r.path("resource_key");
        if (!(key.isNull() && !addr.endsWith("]") || key.isTextual() && addr.endsWith("[\"" + key.asText() + "\"]")
                || key.isIntegralNumber() && addr.endsWith("[" + key.asInt() + "]"))) {
            problems.add(type + ": resource_key " + key + " for " + addr);
        }
    }

    static List<String> types(List<JsonNode> messages) {
        return messages.stream().map(m -> m.path("type").asText()).toList();
    }

    static List<JsonNode> ofType(List<JsonNode> messages, String type) {
        return messages.stream().filter(m -> m.path("type").asText().equals(type)).toList();
    }

    static JsonNode one(List<JsonNode> messages, String type, String addr) {
        List<JsonNode> found = messages.stream().filter(m -> m.path("type").asText().equals(type))
                .filter(m -> addr == null || addr.equals(resourceOf(m).path("addr").asText())).toList();
        assertEquals(1, found.size(), type + " for " + addr + " in " + messages);
        return found.get(0);
    }

    static JsonNode resourceOf(JsonNode m) {
        for (String k : new String[] {"change", "hook", "pending", "certificate"}) {
            if (m.has(k)) {
                return m.path(k).path("resource");
            }
        }
        return m.path("nothing");
    }

    @Test
    void plan_json_streams_refresh_drift_planned_changes_summary_outputs_and_certificates() throws Exception {
        for (String id : List.of("mssql-ui000001", "mssql-ui000002", "mssql-ui000003")) {
            mock.createInstance(id, "03:00");
        }
        config("""
                resource "%s" "keep" {
                  instance_id = "mssql-ui000001"
                  encryption  = "enable"
                }
                resource "%s" "old" {
                  instance_id = "mssql-ui000003"
                  encryption  = "enable"
                }
                output "gone" {
                  value = 1
                }
                """.formatted(SSL, SSL));
        assertEquals(0, run("apply", "-auto-approve").code());
        config("""
                resource "%s" "keep" {
                  instance_id = "mssql-ui000001"
                  encryption  = "enable"
                }
                resource "%s" "fleet" {
                  count       = 1
                  instance_id = "mssql-ui000002"
                  encryption  = "enable"
                }
                output "count" {
                  value = 2
                }
                output "secret" {
                  value     = "s3cr3t"
                  sensitive = true
                }
                """.formatted(SSL, SSL));

        List<JsonNode> ms = stream(2, "plan", "-json", "-detailed-exitcode", "-out=tf.plan");

        JsonNode version = ms.get(0);
        assertEquals("1.2", version.path("ui").asText());
        assertEquals(VersionCommand.VERSION, version.path("terraform").asText());
        assertEquals("sslform " + VersionCommand.VERSION, version.path("@message").asText());
        assertEquals(SSL + ".keep: Refreshing state... [id=mssql-ui000001]",
                one(ms, "refresh_start", SSL + ".keep").path("@message").asText());
        JsonNode refreshed = one(ms, "refresh_complete", SSL + ".keep");
        assertEquals("mssql-ui000001", refreshed.path("hook").path("id_value").asText());
        assertEquals("id", refreshed.path("hook").path("id_key").asText());
        JsonNode create = one(ms, "planned_change", SSL + ".fleet[0]");
        assertEquals("create", create.path("change").path("action").asText());
        assertEquals(SSL + ".fleet[0]: Plan to create", create.path("@message").asText());
        assertEquals(0, create.path("change").path("resource").path("resource_key").asInt());
        assertFalse(create.path("change").has("reason"));
        JsonNode delete = one(ms, "planned_change", SSL + ".old");
        assertEquals("delete", delete.path("change").path("action").asText());
        assertEquals("delete_because_no_resource_config", delete.path("change").path("reason").asText());
        assertTrue(ofType(ms, "planned_change").stream().noneMatch(m -> resourceOf(m).path("addr").asText().endsWith(".keep")),
                "no planned_change for a no-op, as Terraform");
        JsonNode summary = one(ms, "change_summary", null);
        assertEquals("Plan: 1 to add, 0 to change, 1 to destroy.", summary.path("@message").asText());
        // examples/ci/gitlab-ci.yml reads the summary without jq: grep '"type":"change_summary"' | sed '.*"@message":"([^"]*)".*'
        String line = run("plan", "-json").out().lines().filter(l -> l.contains("\"type\":\"change_summary\"")).findFirst().orElseThrow();
        assertEquals("Plan: 1 to add, 0 to change, 1 to destroy.", line.replaceAll(".*\"@message\":\"([^\"]*)\".*", "$1"));
        assertEquals("{\"add\":1,\"change\":0,\"import\":0,\"remove\":1,\"operation\":\"plan\"}", summary.path("changes").toString());
        JsonNode outputs = one(ms, "outputs", null);
        assertEquals("{\"count\":{\"sensitive\":false,\"action\":\"create\"},\"gone\":{\"sensitive\":false,\"action\":\"delete\"},"
                + "\"secret\":{\"sensitive\":true,\"action\":\"create\"}}", outputs.path("outputs").toString());
        JsonNode cert = one(ms, JsonUi.CERTIFICATE, SSL + ".keep");
        assertEquals("mssql-ui000001", cert.path("certificate").path("instance_id").asText());
        assertEquals("valid", cert.path("certificate").path("status").asText());
        assertEquals("info", cert.path("@level").asText());
        Instant expires = Instant.parse(cert.path("certificate").path("expires_at").asText());
        assertTrue(expires.isAfter(mock.clock().instant()));
        assertTrue(cert.path("@message").asText().startsWith(SSL + ".keep: certificate expires in "), cert.toString());
        List<String> order = types(ms);
        assertTrue(order.indexOf("refresh_complete") < order.indexOf("planned_change")
                && order.indexOf("planned_change") < order.indexOf("change_summary")
                && order.indexOf("change_summary") < order.indexOf("outputs"), order.toString());
        assertTrue(Files.exists(dir.resolve("tf.plan")), "-out still saves the plan");

        // The JSON plan document is show -json FILE's, not plan -json's.
        JsonNode doc = JSON.readTree(run("show", "-json", "tf.plan").out());
        assertEquals("1.2", doc.path("format_version").asText());
        assertEquals(3, doc.path("resource_changes").size(), "keep (no-op), fleet[0] and old: " + doc);
    }

    @Test
    void apply_json_streams_the_plan_then_each_operation_then_the_summary_and_output_values() throws Exception {
        mock.createInstance("mssql-ui000011", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000011"
                  encryption  = "enable"
                }
                output "id" {
                  value = %s.a.instance_id
                }
                output "hidden" {
                  value     = "x"
                  sensitive = true
                }
                """.formatted(SSL, SSL));

        List<JsonNode> ms = stream(0, "apply", "-json", "-auto-approve");

        assertEquals("plan", ofType(ms, "change_summary").get(0).path("changes").path("operation").asText());
        JsonNode start = one(ms, "apply_start", SSL + ".a");
        assertEquals("create", start.path("hook").path("action").asText());
        assertEquals(SSL + ".a: Creating... [id=mssql-ui000011]", start.path("@message").asText());
        JsonNode done = one(ms, "apply_complete", SSL + ".a");
        assertEquals("mssql-ui000011", done.path("hook").path("id_value").asText());
        long secs = done.path("hook").path("elapsed_seconds").asLong();
        assertEquals(SSL + ".a: Creation complete after " + JsonUi.goDuration(secs) + " [id=mssql-ui000011]", done.path("@message").asText());
        assertTrue(secs >= 10, "enabling SSL now waits for the flow in virtual time: " + secs);
        List<JsonNode> progress = ofType(ms, "apply_progress");
        assertFalse(progress.isEmpty(), "a wait of " + secs + "s reports progress every 10s");
        assertEquals(10, progress.get(0).path("hook").path("elapsed_seconds").asLong());
        assertEquals(SSL + ".a: Still creating... [10s elapsed]", progress.get(0).path("@message").asText());
        JsonNode applied = ofType(ms, "change_summary").get(1);
        assertEquals("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.", applied.path("@message").asText());
        assertEquals("apply", applied.path("changes").path("operation").asText());
        JsonNode outputs = ms.get(ms.size() - 1);
        assertEquals("outputs", outputs.path("type").asText());
        assertEquals("{\"sensitive\":false,\"type\":\"string\",\"value\":\"mssql-ui000011\"}", outputs.path("outputs").path("id").toString());
        assertEquals("{\"sensitive\":true,\"type\":\"string\"}", outputs.path("outputs").path("hidden").toString(),
                "a sensitive output's value is left out, as Terraform 1.9 does");
        List<String> order = types(ms);
        assertTrue(order.indexOf("apply_start") > order.indexOf("change_summary"), order.toString());
    }

    @Test
    void an_errored_apply_reports_apply_errored_and_the_error_as_a_diagnostic_and_exits_1() throws Exception {
        mock.createInstance("mssql-ui000021", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000021"
                  encryption  = "enable"
                }
                """.formatted(SSL));
        mock.admin("/_mock/faults", "{\"action\":\"ModifyDBInstanceSSL\",\"error\":{\"code\":\"InternalError.SystemError\",\"message\":\"boom\"}}");

        List<JsonNode> ms = stream(1, "apply", "-json", "-auto-approve");

        JsonNode errored = one(ms, "apply_errored", SSL + ".a");
        assertEquals("create", errored.path("hook").path("action").asText());
        assertTrue(errored.path("@message").asText().startsWith(SSL + ".a: Creation errored after "), errored.toString());
        JsonNode diag = ofType(ms, "diagnostic").get(0);
        assertEquals("error", diag.path("@level").asText());
        assertEquals(SSL + ".a", diag.path("diagnostic").path("address").asText());
        assertTrue(diag.path("diagnostic").path("detail").asText().contains("InternalError.SystemError"), diag.toString());
        assertTrue(diag.path("@message").asText().startsWith("Error: ModifyDBInstanceSSL failed"), diag.toString());
        assertEquals(1, ofType(ms, "change_summary").size(), "no apply summary after a failure, as Terraform");
        assertTrue(ofType(ms, "apply_complete").isEmpty());
    }

    @Test
    void wait_switch_1_reports_the_pending_operation_after_apply_and_in_the_next_plan() throws Exception {
        mock.createInstance("mssql-ui000031", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000031"
                  encryption  = "enable"
                  wait_switch = 1
                }
                """.formatted(SSL));

        List<JsonNode> ms = stream(0, "apply", "-json", "-auto-approve");
        JsonNode pending = one(ms, JsonUi.PENDING, SSL + ".a");
        JsonNode p = pending.path("pending");
        assertEquals("enable", p.path("operation").asText());
        assertEquals("mssql-ui000031", p.path("instance_id").asText());
        assertTrue(p.path("flow_id").isIntegralNumber(), p.toString());
        Instant next = Instant.parse(p.path("next_window_start").asText());
        assertTrue(next.isAfter(mock.clock().instant()), "the window opens later: " + next);
        assertTrue(pending.path("@message").asText().contains("waits for the maintenance window"), pending.toString());
        assertTrue(types(ms).indexOf(JsonUi.PENDING) > types(ms).indexOf("apply_complete"));

        List<JsonNode> plan = stream(0, "plan", "-json");
        JsonNode again = one(plan, JsonUi.PENDING, SSL + ".a");
        assertEquals(p.path("flow_id").asLong(), again.path("pending").path("flow_id").asLong());
        assertEquals("Plan: 0 to add, 0 to change, 0 to destroy.", one(plan, "change_summary", null).path("@message").asText());
        assertTrue(ofType(plan, "planned_change").isEmpty(), "a pending operation is not a change");
    }

    @Test
    void destroy_json_streams_deletes_and_a_destroy_summary_without_outputs() throws Exception {
        mock.createInstance("mssql-ui000041", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000041"
                  encryption  = "enable"
                }
                output "x" {
                  value = 1
                }
                """.formatted(SSL));
        assertEquals(0, run("apply", "-auto-approve").code());

        List<JsonNode> ms = stream(0, "destroy", "-json", "-auto-approve");

        JsonNode change = one(ms, "planned_change", SSL + ".a");
        assertEquals("delete", change.path("change").path("action").asText());
        assertFalse(change.path("change").has("reason"), "destroy mode gives no reason, as Terraform");
        JsonNode start = one(ms, "apply_start", SSL + ".a");
        assertEquals(SSL + ".a: Destroying... [id=mssql-ui000041]", start.path("@message").asText());
        JsonNode done = one(ms, "apply_complete", SSL + ".a");
        assertFalse(done.path("hook").has("id_value"), "a destroyed object has no id");
        JsonNode last = ms.get(ms.size() - 1);
        assertEquals("change_summary", last.path("type").asText());
        assertEquals("Destroy complete! Resources: 1 destroyed.", last.path("@message").asText());
        assertEquals("destroy", last.path("changes").path("operation").asText());
        assertTrue(ofType(ms, "outputs").isEmpty());
    }

    @Test
    void refresh_json_streams_the_refresh_and_the_outputs_and_records_drift_in_state() throws Exception {
        mock.createInstance("mssql-ui000051", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000051"
                  encryption  = "enable"
                }
                output "x" {
                  value = 1
                }
                """.formatted(SSL));
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.deleteInstance("mssql-ui000051");

        List<JsonNode> ms = stream(0, "refresh", "-json");

        assertEquals(List.of("version", "refresh_start", "refresh_complete", "diagnostic", "outputs"), types(ms));
        assertFalse(one(ms, "refresh_complete", SSL + ".a").path("hook").has("id_value"), "the object is gone");
        assertEquals("{\"x\":{\"sensitive\":false,\"type\":\"number\",\"value\":1}}", ms.get(ms.size() - 1).path("outputs").toString());
        JsonNode state = JSON.readTree(run("show", "-json").out());
        assertTrue(state.path("values").path("root_module").path("resources").isEmpty(), "refresh wrote what it found: " + state);
    }

    @Test
    void apply_json_without_auto_approve_or_a_plan_file_is_refused_as_terraform_does() throws Exception {
        mock.createInstance("mssql-ui000061", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000061"
                  encryption  = "enable"
                }
                """.formatted(SSL));
        for (String cmd : List.of("apply", "destroy")) {
            List<JsonNode> ms = stream(1, cmd, "-json");
            assertEquals(List.of("version", "diagnostic"), types(ms));
            assertEquals("Plan file or auto-approve required", ms.get(1).path("diagnostic").path("summary").asText());
        }
        assertTrue(mock.get("/_mock/instances/mssql-ui000061").contains("\"Encryption\":\"disable\""),
                "nothing was applied: " + mock.get("/_mock/instances/mssql-ui000061"));
    }

    @Test
    void apply_json_of_a_saved_plan_streams_only_the_apply() throws Exception {
        mock.createInstance("mssql-ui000071", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000071"
                  encryption  = "enable"
                }
                """.formatted(SSL));
        assertEquals(0, run("plan", "-out=tf.plan").code());

        List<JsonNode> ms = stream(0, "apply", "-json", "tf.plan");

        assertEquals(List.of("version", "apply_start"), types(ms).subList(0, 2).stream().collect(Collectors.toList()));
        assertEquals("apply", one(ms, "change_summary", null).path("changes").path("operation").asText());
    }

    @Test
    void configuration_errors_are_diagnostics_with_range_and_snippet_on_stdout() throws Exception {
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000081"
                  encryption  = = "enable"
                }
                """.formatted(SSL));

        List<JsonNode> ms = stream(1, "plan", "-json");

        List<JsonNode> diags = ofType(ms, "diagnostic");
        assertFalse(diags.isEmpty());
        JsonNode withRange = diags.stream().filter(d -> d.path("diagnostic").has("range")).findFirst()
                .orElseThrow(() -> new AssertionError(diags.toString()));
        assertEquals("main.tf", Path.of(withRange.path("diagnostic").path("range").path("filename").asText()).getFileName().toString());
        assertTrue(withRange.path("diagnostic").path("snippet").has("code"), withRange.toString());
    }

    @Test
    void apply_refresh_only_json_reports_drift_then_both_summaries_and_the_outputs_in_state() throws Exception {
        mock.createInstance("mssql-ui000091", "03:00");
        config("""
                resource "%s" "a" {
                  instance_id = "mssql-ui000091"
                  encryption  = "enable"
                }
                output "x" {
                  value = "kept"
                }
                """.formatted(SSL));
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.deleteInstance("mssql-ui000091");

        List<JsonNode> ms = stream(0, "apply", "-json", "-refresh-only", "-auto-approve");

        assertEquals("delete", one(ms, "resource_drift", SSL + ".a").path("change").path("action").asText());
        assertEquals(SSL + ".a: Drift detected (delete)", one(ms, "resource_drift", SSL + ".a").path("@message").asText());
        assertTrue(ofType(ms, "planned_change").isEmpty(), "a refresh-only plan has no actions");
        List<JsonNode> summaries = ofType(ms, "change_summary");
        assertEquals(List.of("plan", "apply"), summaries.stream().map(m -> m.path("changes").path("operation").asText()).toList());
        assertEquals("{\"x\":{\"sensitive\":false,\"type\":\"string\",\"value\":\"kept\"}}", ms.get(ms.size() - 1).path("outputs").toString());
    }

    @Test
    void an_error_found_while_planning_in_the_configuration_is_shown_in_both_uis() throws Exception {
        config("""
                output "x" {
                  value = var.undeclared
                }
                """);

        List<JsonNode> ms = stream(1, "plan", "-json");
        JsonNode d = one(ms, "diagnostic", null);
        assertEquals("Reference to undeclared input variable", d.path("diagnostic").path("summary").asText());
        assertEquals(6, d.path("diagnostic").path("range").path("start").path("line").asInt(), "after the 4 lines of the provider block");

        EngineCliRunner.Result text = run("plan");
        assertEquals(1, text.code());
        assertTrue(text.err().contains("Error: Reference to undeclared input variable"), text.all());
    }

    @Test
    void a_data_source_read_while_planning_is_an_apply_start_and_complete_with_action_read() throws Exception {
        mock.createInstance("mssql-ui000101", "03:00");
        config("""
                data "tencentcloud_sqlserver_instances" "all" {
                  instance_type = "HA"
                }
                output "ids" {
                  value = data.tencentcloud_sqlserver_instances.all.ids
                }
                """);

        List<JsonNode> ms = stream(2, "plan", "-json", "-detailed-exitcode");

        String addr = "data.tencentcloud_sqlserver_instances.all";
        JsonNode start = one(ms, "apply_start", addr);
        assertEquals("read", start.path("hook").path("action").asText());
        assertEquals(addr + ": Refreshing...", start.path("@message").asText());
        assertEquals("all", start.path("hook").path("resource").path("resource_name").asText());
        JsonNode done = one(ms, "apply_complete", addr);
        assertEquals(addr + ": Refresh complete after 0s", done.path("@message").asText());
        assertTrue(types(ms).indexOf("apply_complete") < types(ms).indexOf("change_summary"), types(ms).toString());
        assertEquals("{\"ids\":{\"sensitive\":false,\"action\":\"create\"}}", one(ms, "outputs", null).path("outputs").toString());
    }
}
