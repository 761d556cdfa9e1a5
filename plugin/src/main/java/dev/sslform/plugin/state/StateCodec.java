package dev.sslform.plugin.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link State} into Terraform's v4 JSON and back. Decoding validates the shape field by
 * field so a damaged file is refused with a message saying what is wrong and where, instead of
 * being half-read and later overwritten.
 */
public final class StateCodec {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Not USE_LONG_FOR_INTS: it fails on whole numbers beyond 64 bits. Numbers are read exactly
            // (BigInteger, BigDecimal) and narrowed by numbers() where nothing is lost.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private StateCodec() {
    }

    /**
     * Pretty-printed JSON, newline-terminated, fields in Terraform's order. Streamed straight to
     * the generator rather than built as a tree first: an apply writes the whole state each time
     * an operation starts, so at fleet size this is the client's largest CPU cost.
     */
    public static byte[] encode(State state) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096 + 700 * state.resources().size());
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", state.version());
            g.writeStringField("terraform_version", state.terraformVersion());
            // terraform_version must be a plain version for Terraform's reader, which cannot tell
            // sslform's from Terraform's; this extra key (Terraform ignores unknown keys) can.
            g.writeStringField(TOOL_VERSION_KEY, State.TOOL_VERSION);
            g.writeNumberField("serial", state.serial());
            g.writeStringField("lineage", state.lineage());
            g.writeFieldName("outputs");
            JSON.writeValue(g, state.outputs());
            g.writeArrayFieldStart("resources");
            for (ResourceState r : state.resources()) {
                g.writeStartObject();
                if (!r.module().isRoot()) {
                    g.writeStringField("module", r.module().toString());
                }
                g.writeStringField("mode", r.mode().wire());
                g.writeStringField("type", r.type());
                g.writeStringField("name", r.name());
                g.writeStringField("provider", r.provider());
                g.writeArrayFieldStart("instances");
                for (ResourceInstanceState i : r.instances()) {
                    g.writeStartObject();
                    if (i.key() instanceof IndexKey.Int k) {
                        g.writeNumberField("index_key", k.value());
                    } else if (i.key() instanceof IndexKey.Str k) {
                        g.writeStringField("index_key", k.value());
                    }
                    g.writeNumberField("schema_version", i.schemaVersion());
                    g.writeFieldName("attributes");
                    JSON.writeValue(g, i.attributes());
                    g.writeArrayFieldStart("sensitive_attributes");
                    g.writeEndArray();
                    if (i.privateData() != null) {
                        g.writeStringField("private", i.privateData());
                    }
                    if (!i.dependencies().isEmpty()) {
                        g.writeArrayFieldStart("dependencies");
                        for (String d : i.dependencies()) {
                            g.writeString(d);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNullField("check_results");
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (java.io.IOException e) {
            throw new StateException("cannot encode state: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Parses and validates a stored state.
     *
     * @param where names the source in messages (a path, a workspace)
     * @throws CorruptStateException for bad JSON, missing or mistyped fields, or a newer version
     */
    /** The key that records which sslform wrote a state, beside Terraform's {@code terraform_version}. */
    static final String TOOL_VERSION_KEY = "sslform_version";

    /**
     * True when {@code written} is a newer sslform version than this one (compared number by
     * number). States from sslform 0.1 carried {@code sslform-0.1.0} in {@code terraform_version}
     * instead; the prefix is accepted. Unparsable versions are not sslform's and pass.
     */
    static boolean newerTool(String written) {
        if (written == null) {
            return false;
        }
        int[] theirs = numbers(written.startsWith("sslform-") ? written.substring("sslform-".length()) : written);
        int[] ours = numbers(State.TOOL_VERSION);
        if (theirs == null || ours == null) {
            return false;
        }
        for (int i = 0; i < Math.max(theirs.length, ours.length); i++) {
            int a = i < theirs.length ? theirs[i] : 0;
            int b = i < ours.length ? ours[i] : 0;
            if (a != b) {
                return a > b;
            }
        }
        return false;
    }

    private static int[] numbers(String v) {
        String core = v.split("[-+]", 2)[0];
        String[] parts = core.split("\\.");
        int[] out = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    public static State decode(byte[] bytes, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw corrupt(where, "not valid JSON (" + oneLine(e.getMessage()) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw corrupt(where, "the top level is not a JSON object", null);
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            throw corrupt(where, "missing \"version\"", null);
        }
        if (!version.isIntegralNumber()) {
            throw corrupt(where, "\"version\" must be a number, was " + version, null);
        }
        if (version.asLong() > State.FORMAT_VERSION) {
            throw new CorruptStateException("State file " + where + " uses format version " + version.asLong()
                    + ", newer than the " + State.FORMAT_VERSION + " this sslform understands; upgrade sslform."
                    + " The file was not changed.");
        }
        if (version.asLong() != State.FORMAT_VERSION) {
            throw corrupt(where, "unsupported \"version\" " + version.asLong() + " (only " + State.FORMAT_VERSION + " is read)", null);
        }
        String tfVersion = optText(root, "terraform_version", where, "");
        String toolVersion = optText(root, TOOL_VERSION_KEY, where, tfVersion.startsWith("sslform-") ? tfVersion : null);
        if (newerTool(toolVersion)) {
            throw new CorruptStateException("State file " + where + " was written by sslform " + toolVersion.replaceFirst("^sslform-", "") + ", newer than this "
                    + State.TOOL_VERSION + "; it may hold what this version would drop when it writes the state back."
                    + " Upgrade sslform. The file was not changed.");
        }
        long serial = requireLong(root, "serial", where);
        if (serial < 0) {
            throw corrupt(where, "\"serial\" must not be negative", null);
        }
        String lineage = optText(root, "lineage", where, null);
        if (serial > 0 && (lineage == null || lineage.isEmpty())) {
            throw corrupt(where, "missing \"lineage\"", null);
        }
        Map<String, Object> outputs = Map.of();
        JsonNode outputsNode = root.get("outputs");
        if (outputsNode != null && !outputsNode.isNull()) {
            if (!outputsNode.isObject()) {
                throw corrupt(where, "\"outputs\" must be an object", null);
            }
            outputs = numbers(JSON.convertValue(outputsNode, MAP));
        }
        List<ResourceState> resources = new ArrayList<>();
        JsonNode resNode = root.get("resources");
        if (resNode != null && !resNode.isNull()) {
            if (!resNode.isArray()) {
                throw corrupt(where, "\"resources\" must be an array", null);
            }
            for (int i = 0; i < resNode.size(); i++) {
                resources.add(resource(resNode.get(i), where, "resources[" + i + "]"));
            }
        }
        try {
            return new State(State.FORMAT_VERSION, tfVersion, serial, lineage, outputs, resources);
        } catch (IllegalArgumentException e) {
            throw corrupt(where, e.getMessage(), e);
        }
    }

    private static ResourceState resource(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            throw corrupt(where, path + " must be an object", null);
        }
        ResourceMode mode;
        try {
            mode = ResourceMode.fromWire(requireText(node, "mode", where, path));
        } catch (IllegalArgumentException e) {
            throw corrupt(where, path + ": " + e.getMessage(), e);
        }
        ModulePath module = ModulePath.ROOT;
        JsonNode moduleNode = node.get("module");
        if (moduleNode != null && !moduleNode.isNull() && !(moduleNode.isTextual() && moduleNode.asText().isEmpty())) {
            try {
                module = ModulePath.parse(moduleNode.asText());
            } catch (InvalidAddressException e) {
                throw corrupt(where, path + ".module: " + e.getMessage(), e);
            }
        }
        String type = requireText(node, "type", where, path);
        String name = requireText(node, "name", where, path);
        String provider = requireText(node, "provider", where, path);
        JsonNode instNode = node.get("instances");
        if (instNode == null || !instNode.isArray()) {
            throw corrupt(where, path + ".instances must be an array", null);
        }
        List<ResourceInstanceState> instances = new ArrayList<>();
        for (int i = 0; i < instNode.size(); i++) {
            instances.add(instance(instNode.get(i), where, path + ".instances[" + i + "]"));
        }
        try {
            return new ResourceState(module, mode, type, name, provider, instances);
        } catch (IllegalArgumentException e) {
            throw corrupt(where, path + ": " + e.getMessage(), e);
        }
    }

    private static ResourceInstanceState instance(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            throw corrupt(where, path + " must be an object", null);
        }
        IndexKey key = IndexKey.NONE;
        JsonNode k = node.get("index_key");
        if (k != null && !k.isNull()) {
            if (k.isIntegralNumber() && k.asLong() >= 0) {
                key = IndexKey.of(k.asLong());
            } else if (k.isTextual()) {
                key = IndexKey.of(k.asText());
            } else {
                throw corrupt(where, path + ".index_key must be a non-negative number or a string", null);
            }
        }
        long schemaVersion = 0;
        JsonNode sv = node.get("schema_version");
        if (sv != null && !sv.isNull()) {
            if (!sv.isIntegralNumber()) {
                throw corrupt(where, path + ".schema_version must be a number", null);
            }
            schemaVersion = sv.asLong();
        }
        JsonNode attrs = node.get("attributes");
        if (attrs == null || !attrs.isObject()) {
            throw corrupt(where, path + ".attributes must be an object", null);
        }
        String priv = optText(node, "private", where, null);
        List<String> deps = new java.util.ArrayList<>();
        JsonNode d = node.get("dependencies");
        if (d != null && !d.isNull()) {
            if (!d.isArray()) {
                throw corrupt(where, path + ".dependencies must be an array of resource addresses", null);
            }
            for (JsonNode e : d) {
                if (!e.isTextual()) {
                    throw corrupt(where, path + ".dependencies must be an array of resource addresses", null);
                }
                deps.add(e.asText());
            }
        }
        return new ResourceInstanceState(key, schemaVersion, numbers(JSON.convertValue(attrs, MAP)), priv, deps);
    }

    /**
     * Whole numbers as Long (BigInteger beyond 64 bits), others as Double when a double holds them
     * exactly, else BigDecimal: what every value in sslform looks like, with no digit lost.
     */
    @SuppressWarnings("unchecked")
    static <T> T numbers(T v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return (T) (Object) ((Number) v).longValue();
        }
        if (v instanceof java.math.BigInteger bi) {
            return (T) (bi.bitLength() < 64 ? (Object) bi.longValue() : bi);
        }
        if (v instanceof java.math.BigDecimal bd) {
            if (bd.signum() == 0 || bd.stripTrailingZeros().scale() <= 0) {
                return numbers((T) bd.toBigIntegerExact());
            }
            double d = bd.doubleValue();
            return (T) (Double.isFinite(d) && new java.math.BigDecimal(Double.toString(d)).compareTo(bd) == 0 ? (Object) d : bd.stripTrailingZeros());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), numbers(x)));
            return (T) out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(numbers(x)));
            return (T) out;
        }
        return v;
    }

    private static long requireLong(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw corrupt(where, "missing \"" + field + "\"", null);
        }
        if (!v.isIntegralNumber()) {
            throw corrupt(where, "\"" + field + "\" must be a number, was " + v, null);
        }
        return v.asLong();
    }

    private static String requireText(JsonNode node, String field, String where, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw corrupt(where, path + "." + field + " must be a string", null);
        }
        return v.asText();
    }

    private static String optText(JsonNode node, String field, String where, String dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isTextual()) {
            throw corrupt(where, "\"" + field + "\" must be a string, was " + v, null);
        }
        return v.asText();
    }

    private static CorruptStateException corrupt(String where, String why, Throwable cause) {
        return new CorruptStateException("State file " + where + " is corrupt: " + why
                + ". It was not changed.", cause);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
