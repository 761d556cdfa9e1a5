package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.plan.Action;
import dev.sslform.plugin.plan.Drift;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.ResourceChange;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan saved by {@code plan -out FILE}: the plan itself, the prior state's lineage and serial it
 * was made from, a fingerprint of the configuration's files, a fingerprint (with the values) of
 * every remote object the refresh observed, the outputs, the targets, and each provider
 * configuration's non-secret arguments, by the name the configuration gives it ({@code tencentcloud},
 * {@code tencentcloud.sh}). {@code apply FILE} applies exactly this, after checking each of those still holds.
 *
 * <p>The file is JSON ({@link #FORMAT} names it, {@link #VERSION} versions it); values only apply
 * can know are written as {@code {"sslform_unknown": true}}.
 */
record SavedPlan(Plan plan, String lineage, long serial, String configFingerprint, Map<String, ConfigSource.OutputValue> outputs,
                 List<String> targets, Map<String, Map<String, Object>> providers, Instant createdAt,
                 dev.sslform.plugin.plan.SensitiveAttributes sensitive, com.fasterxml.jackson.databind.node.ArrayNode checks) {

    /** A plan in which nothing is sensitive, without custom-condition results (Terraform's {@code checks}). */
    SavedPlan(Plan plan, String lineage, long serial, String configFingerprint, Map<String, ConfigSource.OutputValue> outputs,
              List<String> targets, Map<String, Map<String, Object>> providers, Instant createdAt) {
        this(plan, lineage, serial, configFingerprint, outputs, targets, providers, createdAt, null);
    }

    /** A plan without custom-condition results. */
    SavedPlan(Plan plan, String lineage, long serial, String configFingerprint, Map<String, ConfigSource.OutputValue> outputs,
              List<String> targets, Map<String, Map<String, Object>> providers, Instant createdAt, dev.sslform.plugin.plan.SensitiveAttributes sensitive) {
        this(plan, lineage, serial, configFingerprint, outputs, targets, providers, createdAt, sensitive, null);
    }

    /** The same plan with the custom conditions' results, kept so {@code show -json FILE} reports them. */
    SavedPlan withChecks(com.fasterxml.jackson.databind.node.ArrayNode results) {
        return new SavedPlan(plan, lineage, serial, configFingerprint, outputs, targets, providers, createdAt, sensitive,
                results == null || results.isEmpty() ? null : results);
    }

    static final String FORMAT = "sslform-plan";
    /** 2: the file ends with a checksum over everything before it; 1 (no checksum) is refused. */
    static final int VERSION = 2;
    private static final java.util.regex.Pattern CHECKSUM_TAIL =
            java.util.regex.Pattern.compile(",\\s*\"checksum\"\\s*:\\s*\"sha256:([0-9a-f]{64})\"\\s*}\\s*$");
    private static final String UNKNOWN_KEY = "sslform_unknown";
    private static final Set<String> SECRET = Set.of("secret_id", "secret_key", "security_token");
    // Exact numbers both ways: floats read as BigDecimal, BigDecimal written without an exponent.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    SavedPlan {
        outputs = outputs == null ? Map.of() : new TreeMap<>(outputs);
        targets = targets == null ? List.of() : List.copyOf(targets);
        Map<String, Map<String, Object>> ps = new TreeMap<>();
        (providers == null ? Map.<String, Map<String, Object>>of() : providers).forEach((name, settings) -> {
            Map<String, Object> p = new TreeMap<>(settings == null ? Map.of() : settings);
            p.keySet().removeAll(SECRET);
            ps.put(name, p);
        });
        providers = ps;
        createdAt = createdAt == null ? null : createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        sensitive = sensitive == null ? dev.sslform.plugin.plan.SensitiveAttributes.NONE : sensitive;
    }

    /** A plan file that cannot be used, with the reason for the user. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The fingerprint of one observed remote object: a digest of its fields in name order. */
    static String fingerprint(Map<String, Object> observed) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(JSON.writeValueAsBytes(new TreeMap<>(observed)));
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", VERSION);
        root.put("tool_version", State.TOOL_VERSION);
        root.put("mode", plan.mode().name());
        root.put("config_fingerprint", configFingerprint);
        if (createdAt != null) {
            root.put("created_at", createdAt.toString());
        }
        ObjectNode prior = root.putObject("prior_state");
        prior.put("lineage", lineage);
        prior.put("serial", serial);
        ObjectNode remote = root.putObject("remote_objects");
        plan.observed().forEach((id, fields) -> {
            ObjectNode o = remote.putObject(id);
            o.put("fingerprint", fingerprint(fields));
            o.set("observed", JSON.valueToTree(fields));
        });
        ArrayNode changes = root.putArray("changes");
        for (ResourceChange c : plan.changes()) {
            ObjectNode o = changes.addObject();
            o.put("address", c.address().toString());
            o.put("type", c.type());
            o.put("action", c.action().name());
            o.set("before", encode(c.before()));
            o.set("after", encode(c.after()));
            o.set("requires_replace", JSON.valueToTree(new ArrayList<>(new java.util.TreeSet<>(c.requiresReplace()))));
            o.set("reasons", JSON.valueToTree(c.reasons()));
            o.set("notes", JSON.valueToTree(c.notes()));
            o.put("provider", c.provider());
        }
        ObjectNode moved = root.putObject("moved");
        plan.movedFrom().forEach((to, from) -> moved.put(to.toString(), from.toString()));
        ObjectNode imported = root.putObject("imported");
        plan.imported().forEach((a, id) -> imported.put(a.toString(), id));
        ObjectNode dependencies = root.putObject("dependencies");
        plan.dependencies().forEach((a, deps) -> dependencies.set(a.toString(), JSON.valueToTree(deps.stream().map(Object::toString).toList())));
        ObjectNode forgotten = root.putObject("forgotten");
        plan.forgotten().forEach((a, attrs) -> forgotten.set(a.toString(), encode(attrs)));
        ArrayNode drift = root.putArray("drift");
        for (Drift d : plan.drift()) {
            ObjectNode o = drift.addObject();
            o.put("address", d.address().toString());
            o.put("type", d.type());
            o.set("before", encode(d.before()));
            o.set("after", encode(d.after()));
        }
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : plan.diagnostics()) {
            ObjectNode o = diags.addObject();
            o.put("severity", d.severity().name());
            o.put("summary", d.summary());
            o.put("detail", d.detail());
            o.put("address", d.address());
        }
        ObjectNode outs = root.putObject("outputs");
        outputs.forEach((k, v) -> {
            ObjectNode o = outs.putObject(k);
            o.set("value", JSON.valueToTree(v.value()));
            o.put("known", v.known());
            o.put("sensitive", v.sensitive());
        });
        root.set("targets", JSON.valueToTree(targets));
        // Which attributes show as (sensitive value) when the plan is shown or applied; the values stay as they are.
        root.set("sensitive_attributes", JSON.valueToTree(sensitive.masks()));
        root.set("sensitive_resources", JSON.valueToTree(sensitive.byResource()));
        root.set("providers", JSON.valueToTree(providers));
        if (checks != null) {
            root.set("checks", checks);
        }
        try {
            root.set("refreshed_state", JSON.readTree(StateCodec.encode(plan.refreshed())));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, withChecksum(JSON.writeValueAsString(root)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write plan file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code json} (one object, as Jackson writes it) with a last field {@code "checksum"}: the
     * SHA-256 of the bytes of {@code json} itself, so any change to the file shows.
     */
    static String withChecksum(String json) {
        String trimmed = json.stripTrailing();
        String prefix = trimmed.substring(0, trimmed.lastIndexOf('}')).stripTrailing();
        // What is hashed is what verified() rebuilds: everything before the checksum, closed with "\n}".
        return prefix + ",\n  \"checksum\" : \"" + sha256(prefix + "\n}") + "\"\n}\n";
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text before the checksum, as it was hashed; refuses a file whose checksum is missing or wrong. */
    private static String verified(Path file, String text) {
        java.util.regex.Matcher m = CHECKSUM_TAIL.matcher(text);
        if (!m.find()) {
            throw new Refused("Plan file " + file + " has no checksum: it was cut short, edited, or made by an older sslform."
                    + " Run sslform plan -out again.");
        }
        String body = text.substring(0, m.start()) + "\n}";
        if (!sha256(body).equals("sha256:" + m.group(1))) {
            throw new Refused("Plan file " + file + " was changed after it was written: its checksum does not match its content."
                    + " sslform applies only a plan exactly as it was saved. Run sslform plan -out again.");
        }
        return body;
    }

    static SavedPlan read(Path file) {
        JsonNode root;
        String text;
        try {
            text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            root = JSON.readTree(text);
        } catch (NoSuchFileException e) {
            throw new Refused("Plan file " + file + " does not exist.");
        } catch (IOException e) {
            throw new Refused("Plan file " + file + " is not a saved sslform plan: " + e.getMessage());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new Refused("Plan file " + file + " is not a saved sslform plan (made with sslform plan -out).");
        }
        int version = root.path("format_version").asInt(-1);
        if (version > VERSION) {
            throw new Refused("Plan file " + file + " has format version " + version + ", newer than this sslform understands ("
                    + VERSION + "; written by " + root.path("tool_version").asText("?") + "). Plan again with this version.");
        }
        if (version < 1) {
            throw new Refused("Plan file " + file + " has no valid format version.");
        }
        if (version < VERSION) {
            throw new Refused("Plan file " + file + " has format version " + version + ", from an older sslform, without the checksum"
                    + " this version requires. Run sslform plan -out again.");
        }
        try {
            root = JSON.readTree(verified(file, text));
        } catch (IOException e) {
            throw new Refused("Plan file " + file + " is damaged: " + e.getMessage());
        }
        try {
            List<ResourceChange> changes = new ArrayList<>();
            for (JsonNode c : root.path("changes")) {
                List<String> rr = JSON.convertValue(c.path("requires_replace"), List.class);
                changes.add(new ResourceChange(ResourceAddress.parse(c.path("address").asText()), c.path("type").asText(),
                        Action.valueOf(c.path("action").asText()), decode(c.path("before")), decode(c.path("after")), Set.copyOf(rr),
                        JSON.convertValue(c.path("reasons"), List.class), JSON.convertValue(c.path("notes"), List.class),
                        c.hasNonNull("provider") ? c.path("provider").asText() : null));
            }
            List<Drift> drift = new ArrayList<>();
            for (JsonNode d : root.path("drift")) {
                drift.add(new Drift(ResourceAddress.parse(d.path("address").asText()), d.path("type").asText(), decode(d.path("before")),
                        decode(d.path("after"))));
            }
            List<Diagnostic> diags = new ArrayList<>();
            for (JsonNode d : root.path("diagnostics")) {
                diags.add(new Diagnostic(Diagnostic.Severity.valueOf(d.path("severity").asText()), d.path("summary").asText(),
                        d.path("detail").isNull() ? null : d.path("detail").asText(), d.path("address").isNull() ? null : d.path("address").asText()));
            }
            Map<String, Map<String, Object>> observed = new TreeMap<>();
            root.path("remote_objects").fields().forEachRemaining(e -> observed.put(e.getKey(),
                    Values.copy(JSON.convertValue(e.getValue().path("observed"), Map.class))));
            Map<String, ConfigSource.OutputValue> outs = new TreeMap<>();
            root.path("outputs").fields().forEachRemaining(e -> outs.put(e.getKey(), new ConfigSource.OutputValue(
                    Values.normalize(JSON.convertValue(e.getValue().path("value"), Object.class)), e.getValue().path("known").asBoolean(),
                    e.getValue().path("sensitive").asBoolean())));
            State refreshed = StateCodec.decode(JSON.writeValueAsBytes(root.path("refreshed_state")), file.toString());
            Map<ResourceAddress, ResourceAddress> moved = new java.util.LinkedHashMap<>();
            root.path("moved").fields().forEachRemaining(e -> moved.put(ResourceAddress.parse(e.getKey()),
                    ResourceAddress.parse(e.getValue().asText())));
            Map<ResourceAddress, Map<String, Object>> forgotten = new java.util.LinkedHashMap<>();
            root.path("forgotten").fields().forEachRemaining(e -> forgotten.put(ResourceAddress.parse(e.getKey()), decode(e.getValue())));
            Map<ResourceAddress, String> imported = new java.util.LinkedHashMap<>();
            root.path("imported").fields().forEachRemaining(e -> imported.put(ResourceAddress.parse(e.getKey()), e.getValue().asText()));
            Map<ResourceAddress, List<ResourceAddress>> dependencies = new java.util.LinkedHashMap<>();
            root.path("dependencies").fields().forEachRemaining(e -> {
                List<ResourceAddress> deps = new ArrayList<>();
                e.getValue().forEach(d -> deps.add(ResourceAddress.parse(d.asText())));
                dependencies.put(ResourceAddress.parse(e.getKey()), deps);
            });
            Plan plan = new Plan(PlanMode.valueOf(root.path("mode").asText()), changes, drift, diags, refreshed, observed, moved, forgotten,
                    imported, dependencies);
            return new SavedPlan(plan, root.path("prior_state").path("lineage").isNull() ? null : root.path("prior_state").path("lineage").asText(),
                    root.path("prior_state").path("serial").asLong(), root.path("config_fingerprint").asText(), outs,
                    JSON.convertValue(root.path("targets"), List.class), providers(root),
                    root.hasNonNull("created_at") ? Instant.parse(root.path("created_at").asText()) : null,
                    new dev.sslform.plugin.plan.SensitiveAttributes(JSON.convertValue(root.path("sensitive_attributes"), Map.class),
                            JSON.convertValue(root.path("sensitive_resources"), Map.class)),
                    root.path("checks").isArray() ? (com.fasterxml.jackson.databind.node.ArrayNode) root.path("checks") : null);
        } catch (RuntimeException | IOException e) {
            throw new Refused("Plan file " + file + " is damaged: " + e.getMessage());
        }
    }

    /** Each configuration's settings; a file from before aliases has only the default one's, under "provider". */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> providers(JsonNode root) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        if (root.has("providers")) {
            root.path("providers").fields().forEachRemaining(e -> out.put(e.getKey(), Values.copy(JSON.convertValue(e.getValue(), Map.class))));
        } else if (root.has("provider")) {
            out.put(dev.sslform.plugin.provider.TencentCloudProvider.NAME, Values.copy(JSON.convertValue(root.path("provider"), Map.class)));
        }
        return out;
    }

    private static JsonNode encode(Map<String, Object> m) {
        return m == null ? JSON.nullNode() : JSON.valueToTree(encodeValue(m));
    }

    private static Object encodeValue(Object v) {
        if (v == Values.UNKNOWN) {
            return Map.of(UNKNOWN_KEY, true);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), encodeValue(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(SavedPlan::encodeValue).toList();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decode(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return (Map<String, Object>) decodeValue(Values.normalize(JSON.convertValue(n, Object.class)));
    }

    private static Object decodeValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            if (m.size() == 1 && Boolean.TRUE.equals(m.get(UNKNOWN_KEY))) {
                return Values.UNKNOWN;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), decodeValue(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(decodeValue(x)));
            return out;
        }
        return v;
    }
}
