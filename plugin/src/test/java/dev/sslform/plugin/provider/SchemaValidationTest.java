package dev.sslform.plugin.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.ConfigLoader;
import dev.sslform.plugin.config.LoadRequest;
import dev.sslform.plugin.config.LoadResult;
import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.schema.Attribute;
import dev.sslform.plugin.config.schema.BlockType;
import dev.sslform.plugin.config.schema.ConfigRule;
import dev.sslform.plugin.config.schema.Constraint;
import dev.sslform.plugin.config.schema.ProviderSchema;
import dev.sslform.plugin.config.schema.Schema;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each validator of the tencentcloud schemas lives in one place, the schema, and means the same
 * at both ends: walking every constrained attribute (nested blocks included) and every
 * cross-attribute rule, a value that breaks it is refused by {@code validate} with the schema's
 * message at the attribute's line, and the same value handed straight to the resource's model
 * decoding (as if validation had been skipped) is an internal error naming the attribute and the
 * same problem: a resource never sees an invalid model.
 */
class SchemaValidationTest {

    private static final ProviderSchema SCHEMA = TencentCloudSchemas.schema();

    /** A valid body for each type: the required arguments, as HCL and as the attribute map. */
    private static final Map<String, Map<String, Value>> VALID = Map.of(
            TencentCloudSchemas.SSL_CONFIG, ordered("instance_id", Value.of("mssql-1"), "encryption", Value.of("enable")),
            TencentCloudSchemas.MAINTENANCE_WINDOW, ordered("instance_id", Value.of("mssql-1"), "weekly", ListValue.of(Value.of(1)),
                    "start_time", Value.of("02:00"), "span", Value.of(1)),
            TencentCloudSchemas.INSTANCES, Map.of());

    /** Each type's one model decoding. */
    private static final Map<String, Function<Map<String, Object>, ?>> DECODERS = Map.of(
            TencentCloudSchemas.SSL_CONFIG, SslConfigModel::decode,
            TencentCloudSchemas.MAINTENANCE_WINDOW, MaintenanceWindowModel::decode,
            TencentCloudSchemas.INSTANCES, InstancesFilter::decode);

    /** One constraint of one attribute ({@code block} is the nested block holding it, or null). */
    record Case(boolean data, String type, String block, Attribute attribute, Constraint constraint, Value bad) {
        String name() {
            return block == null ? attribute.name() : block + "." + attribute.name();
        }

        String problem() {
            return constraint.check(bad).orElseThrow(() -> new AssertionError(constraint + " accepts its own counterexample " + bad));
        }
    }

    @Test
    void every_resource_and_data_source_has_a_typed_model() {
        List<String> types = new ArrayList<>(SCHEMA.resources().keySet());
        types.addAll(SCHEMA.dataSources().keySet());
        assertEquals(types.stream().sorted().toList(), DECODERS.keySet().stream().sorted().toList());
    }

    @TestFactory
    Stream<DynamicTest> every_constraint_is_refused_by_validate_and_by_the_model_with_the_same_message() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 12, "the walk found too few constraints: " + cases);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.type() + "." + c.name() + " " + c.constraint(), () -> {
            String hcl = hcl(c);
            List<Diagnostic> errors = validate(hcl);
            assertEquals(1, errors.size(), errors + "\n" + hcl);
            Diagnostic d = errors.get(0);
            assertEquals("Invalid value for \"" + c.attribute().name() + "\"", d.summary());
            assertEquals("The value of \"" + c.attribute().name() + "\" " + c.problem() + ".", d.detail());
            assertEquals(lineOf(hcl, c.attribute().name() + " = "), d.subject().start().line(), hcl);

            InvalidModelException e = assertThrows(InvalidModelException.class, () -> DECODERS.get(c.type()).apply(attributes(c)));
            assertEquals(c.name(), e.attribute());
            assertEquals(c.problem(), e.problem());
            assertTrue(e.getMessage().startsWith("internal error: " + c.type()), e.getMessage());
        }));
    }

    @Test
    void a_cross_attribute_rule_is_refused_by_validate_and_by_the_model() {
        List<ConfigRule> rules = SCHEMA.resources().get(TencentCloudSchemas.SSL_CONFIG).rules();
        assertEquals(1, rules.size());
        ConfigRule.RequiredWhen kms = (ConfigRule.RequiredWhen) rules.get(0);
        String hcl = "resource \"" + TencentCloudSchemas.SSL_CONFIG + "\" \"x\" {\n  instance_id = \"mssql-1\"\n  encryption = \"enable\"\n"
                + "  cmk_id = \"key-1\"\n  is_kms = 1\n}\n";
        List<Diagnostic> errors = validate(hcl);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Missing KMS key", errors.get(0).summary());
        assertEquals("With is_kms = 1, both \"cmk_id\" and \"cmk_region\" are required.", errors.get(0).detail());
        assertEquals(5, errors.get(0).subject().start().line());
        assertEquals(List.of(), validate(hcl.replace("is_kms = 1", "is_kms = 1\n  cmk_region = \"ap-guangzhou\"")));
        assertEquals(List.of(), validate(hcl.replace("is_kms = 1", "is_kms = 0")));

        Map<String, Object> attrs = new LinkedHashMap<>(Map.of("instance_id", "mssql-1", "encryption", "enable", "is_kms", 1L, "cmk_id", "key-1"));
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> SslConfigModel.decode(attrs));
        assertEquals(kms.attribute(), e.attribute());
        assertTrue(e.problem().contains("With is_kms = 1, both \"cmk_id\" and \"cmk_region\" are required."), e.problem());
    }

    @Test
    void defaults_come_from_the_schema() {
        SslConfigModel m = SslConfigModel.decode(Map.of("instance_id", "mssql-1", "encryption", "disable"));
        Schema s = SCHEMA.resources().get(TencentCloudSchemas.SSL_CONFIG);
        assertEquals(s.attribute("wait_switch").orElseThrow().defaultValue(), Value.of(m.settings().waitSwitch()));
        assertEquals(s.attribute("renew_before_days").orElseThrow().defaultValue(), Value.of(m.settings().renewBeforeDays()));
        assertEquals(s.attribute("disable_on_destroy").orElseThrow().defaultValue(), Value.of(m.settings().disableOnDestroy()));
        Schema timeouts = s.block("timeouts").orElseThrow().schema();
        assertEquals(timeouts.attribute("create").orElseThrow().defaultValue(), Value.of(m.settings().timeouts().create()));
        assertEquals(timeouts.attribute("update").orElseThrow().defaultValue(), Value.of(m.settings().timeouts().update()));
        assertEquals(new SslConfigModel.Kms(null, null, null), m.kms());
        assertEquals(m, SslConfigModel.decode(m.toMap()));
    }

    @Test
    void what_validates_is_what_the_models_read() {
        SslConfigModel ssl = SslConfigModel.decode(Map.of("instance_id", "mssql-1", "encryption", "enable", "wait_switch", 1L,
                "renew_before_days", 30L, "timeouts", Map.of("create", "1.5h", "update", "250ms")));
        assertEquals(java.time.Duration.ofMinutes(90), ssl.settings().timeouts().forKey("create"));
        assertEquals(java.time.Duration.ofMillis(250), ssl.settings().timeouts().forKey("update"));
        assertTrue(ssl.settings().inWindow());
        MaintenanceWindowModel w = MaintenanceWindowModel.decode(Map.of("instance_id", "mssql-1", "weekly", List.of(7L, 1L, 7L),
                "start_time", "23:30", "span", 2L));
        assertEquals(List.of(1L, 7L), w.weekly());
        assertEquals(w, MaintenanceWindowModel.decode(w.toConfig()));
        InstancesFilter f = InstancesFilter.decode(Map.of("instance_ids", List.of("mssql-1"), "zone", "ap-guangzhou-3"));
        assertEquals(new InstancesFilter(List.of("mssql-1"), null, null, "ap-guangzhou-3", null), f);
    }

    @Test
    void a_map_of_the_wrong_shape_is_an_internal_error_too() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> SslConfigModel.decode(Map.of("instance_id", "mssql-1", "encryption", "enable", "wait_switch", "soon")));
        assertEquals("wait_switch", e.attribute());
        assertThrows(InvalidModelException.class, () -> MaintenanceWindowModel.decode(Map.of("instance_id", "mssql-1",
                "weekly", List.of(1L), "start_time", "02:00", "span", 1.5)));
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        SCHEMA.resources().forEach((type, schema) -> walk(false, type, null, schema, out));
        SCHEMA.dataSources().forEach((type, schema) -> walk(true, type, null, schema, out));
        return out;
    }

    private static void walk(boolean data, String type, String block, Schema schema, List<Case> out) {
        for (Attribute a : schema.attributes().values()) {
            for (Constraint c : a.constraints()) {
                out.add(new Case(data, type, block, a, c, counterexample(c)));
            }
        }
        for (BlockType bt : schema.blocks().values()) {
            walk(data, type, bt.name(), bt.schema(), out);
        }
    }

    /** A value that breaks {@code c} and nothing else the schemas declare next to it. */
    private static Value counterexample(Constraint c) {
        if (c instanceof Constraint.OneOf o) {
            return o.allowed().get(0) instanceof StringValue ? Value.of("bogus")
                    : new NumberValue(o.allowed().stream().map(v -> ((NumberValue) v).value()).max(BigDecimal::compareTo).orElseThrow()
                            .add(BigDecimal.ONE));
        }
        if (c instanceof Constraint.Range r) {
            return new NumberValue(r.min() != null ? r.min().subtract(BigDecimal.ONE) : r.max().add(BigDecimal.ONE));
        }
        if (c instanceof Constraint.Matches) {
            return Value.of("!");
        }
        if (c instanceof Constraint.Whole) {
            return new NumberValue(new BigDecimal("1.5"));
        }
        if (c instanceof Constraint.SizeAtLeast) {
            return new ListValue(List.of());
        }
        if (c instanceof Constraint.Each e) {
            return ListValue.of(counterexample(e.element()));
        }
        throw new AssertionError("a new kind of constraint needs a counterexample here: " + c);
    }

    private static String hcl(Case c) {
        StringBuilder b = new StringBuilder((c.data() ? "data" : "resource") + " \"" + c.type() + "\" \"x\" {\n");
        VALID.get(c.type()).forEach((k, v) -> {
            if (c.block() != null || !k.equals(c.attribute().name())) {
                b.append("  ").append(k).append(" = ").append(literal(v)).append('\n');
            }
        });
        if (c.block() == null) {
            b.append("  ").append(c.attribute().name()).append(" = ").append(literal(c.bad())).append('\n');
        } else {
            b.append("  ").append(c.block()).append(" {\n    ").append(c.attribute().name()).append(" = ").append(literal(c.bad())).append("\n  }\n");
        }
        return b.append("}\n").toString();
    }

    private static Map<String, Object> attributes(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        VALID.get(c.type()).forEach((k, v) -> m.put(k, java(v)));
        if (c.block() == null) {
            m.put(c.attribute().name(), java(c.bad()));
        } else {
            m.put(c.block(), Map.of(c.attribute().name(), java(c.bad())));
        }
        return m;
    }

    private static String literal(Value v) {
        if (v instanceof StringValue s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof NumberValue n) {
            return n.text();
        }
        if (v instanceof ListValue l) {
            return l.elements().stream().map(SchemaValidationTest::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        throw new IllegalArgumentException(v.toString());
    }

    private static Object java(Value v) {
        if (v instanceof StringValue s) {
            return s.value();
        }
        if (v instanceof NumberValue n) {
            return Values.normalize(n.value());
        }
        if (v instanceof ListValue l) {
            return l.elements().stream().map(SchemaValidationTest::java).toList();
        }
        throw new IllegalArgumentException(v.toString());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + text);
    }

    private static List<Diagnostic> validate(String hcl) {
        try {
            Path dir = Files.createTempDirectory("schema-validation");
            try {
                Files.writeString(dir.resolve("main.tf"), hcl);
                LoadResult r = new ConfigLoader(SCHEMA).load(LoadRequest.directory(dir));
                Diagnostics d = r.diagnostics();
                if (r.configuration() != null) {
                    r.configuration().evaluator().evaluate(Map.of(), d);
                }
                return d.asList().stream().filter(Diagnostic::isError).toList();
            } finally {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Value> ordered(Object... kv) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Value) kv[i + 1]);
        }
        return m;
    }
}
