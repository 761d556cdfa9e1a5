package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.ValueShape;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How console values are shown, against the shapes of Terraform's console ({@code internal/repl/format.go}). */
class ConsoleValuesTest {

    static String show(Value v) {
        return ConsoleValues.format(v, v, ValueShape.ANY, 0);
    }

    @Test
    void nested_structures_indent_two_spaces_per_level_with_trailing_commas_in_sequences() {
        Value v = new ObjectValue(Map.of("b", ListValue.of(Value.of(1), new ObjectValue(Map.of("k", Value.of("v")))),
                "a", ObjectValue.EMPTY));
        assertEquals("""
                {
                  "a" = {}
                  "b" = [
                    1,
                    {
                      "k" = "v"
                    },
                  ]
                }""", show(v));
    }

    @Test
    void a_multi_line_string_inside_a_structure_is_an_indented_heredoc() {
        Value v = ListValue.of(Value.of("a\nb"));
        assertEquals("[\n  <<-EOT\n  a\n  b\n  EOT,\n]", show(v));
    }

    @Test
    void the_heredoc_delimiter_grows_until_no_line_equals_it() {
        assertEquals("<<EOT_\nEOT\n EOT \nEOT_", show(Value.of("EOT\n EOT ")));
        assertEquals("<<EOT\nend\n\nEOT", show(Value.of("end\n")), "a final newline leaves an empty last line");
    }

    @Test
    void strings_use_go_quoting() {
        assertEquals("\"a\\\\b\\\"c\\n\\u00a0\\x1b é\"", ConsoleValues.quote("a\\b\"c\n\u00a0\u001b é"));
    }

    @Test
    void numbers_print_in_plain_decimal() {
        assertEquals("100000000000000000000", show(new NumberValue(new java.math.BigDecimal("1E+20"))));
        assertEquals("0.1", show(NumberValue.parse("0.100")));
        assertEquals("-3", show(Value.of(-3)));
    }

    @Test
    void null_shows_its_declared_type() {
        assertEquals("null", show(NullValue.INSTANCE));
        assertEquals("tostring(null)", ConsoleValues.format(NullValue.INSTANCE, NullValue.INSTANCE, shape(Type.STRING), 0));
        assertEquals("tolist(null) /* of string */",
                ConsoleValues.format(NullValue.INSTANCE, NullValue.INSTANCE, shape(Type.listOf(Type.STRING)), 0));
        assertEquals("tomap(null) /* of list of number */",
                ConsoleValues.format(NullValue.INSTANCE, NullValue.INSTANCE, shape(Type.mapOf(Type.listOf(Type.NUMBER))), 0));
    }

    @Test
    void unknown_and_sensitive_parts_are_named_where_they_are() {
        Value v = new ObjectValue(Map.of("id", UnknownValue.DYNAMIC, "secret", Value.of("s"), "plain", Value.of(1)));
        Value without = new ObjectValue(Map.of("id", UnknownValue.DYNAMIC, "secret", UnknownValue.DYNAMIC, "plain", Value.of(1)));
        String text = ConsoleValues.format(v, without, ValueShape.ANY, 0);
        assertEquals("{\n  \"id\" = (known after apply)\n  \"plain\" = 1\n  \"secret\" = (sensitive value)\n}", text);
        assertFalse(text.contains("\"s\""));
    }

    @Test
    void a_list_typed_value_is_wrapped_in_tolist_and_its_objects_follow_the_element_type() {
        Value v = ListValue.of(new ObjectValue(Map.of("tags", new ObjectValue(Map.of("a", Value.of("b"))))));
        String text = ConsoleValues.format(v, v, shape(Type.listOf(Type.objectOf(Map.of("tags", Type.mapOf(Type.STRING))))), 0);
        assertEquals("tolist([\n  {\n    \"tags\" = tomap({\n      \"a\" = \"b\"\n    })\n  },\n])", text);
        assertTrue(show(new ListValue(List.of())).equals("[]"));
    }

    static ValueShape shape(Type t) {
        return ValueShape.of(t);
    }
}
