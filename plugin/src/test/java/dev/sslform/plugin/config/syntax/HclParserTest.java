package dev.sslform.plugin.config.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.value.NumberValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

    private static Body parse(String src, Diagnostics diags) {
        return HclParser.parseFile("t.tf", src, diags);
    }

    @Test
    void keeps_line_column_and_byte_of_every_node() {
        Diagnostics d = new Diagnostics();
        Body b = parse("# é\nresource \"a\" \"b\" {\n  x = var.y\n}\n", d);
        assertTrue(d.isEmpty(), d::toString);
        Block block = b.blocks().get(0);
        assertEquals(new Pos(2, 1, 5), block.range().start());
        Attribute x = block.body().attributes().get(0);
        assertEquals(new Pos(3, 7, 30), x.expr().range().start());
        assertEquals(new Pos(3, 12, 35), x.expr().range().end());
        assertEquals(List.of("a", "b"), block.labels());
    }

    @Test
    void integers_stay_exact() {
        Diagnostics d = new Diagnostics();
        Body b = parse("n = 123456789012345678901234567890\n", d);
        Expr.Literal lit = assertInstanceOf(Expr.Literal.class, b.attributes().get(0).expr());
        assertEquals(new NumberValue(new BigDecimal("123456789012345678901234567890")), lit.value());
    }

    @Test
    void reports_every_syntax_error_in_one_run() {
        Diagnostics d = new Diagnostics();
        Body b = parse("a = \nb = [1, 2\nc = 3\nresource \"x\" {\n  = 4\n  ok = 5\n}\nd = )\ne = 6\n", d);
        List<String> summaries = d.asList().stream().map(Diagnostic::summary).toList();
        assertEquals(List.of("Invalid expression", "Missing item separator", "Argument or block definition required",
                "Invalid expression"), summaries);
        assertTrue(b.attribute("e").isPresent());
        assertTrue(b.blocks().get(0).body().attribute("ok").isPresent());
    }

    @Test
    void missing_brace_is_an_unclosed_block_not_garbage() {
        Diagnostics d = new Diagnostics();
        parse("resource \"a\" \"b\" {\n  x = 1\n", d);
        assertEquals("Unclosed configuration block", d.asList().get(0).summary());
        assertEquals(new Pos(1, 18, 17), d.asList().get(0).subject().start());
    }

    @Test
    void duplicate_attribute_names_both_places() {
        Diagnostics d = new Diagnostics();
        parse("a = 1\na = 2\n", d);
        assertEquals("Attribute redefined", d.asList().get(0).summary());
        assertTrue(d.asList().get(0).detail().contains("t.tf:1,1"));
    }

    @Test
    void unterminated_string_and_bad_escape_are_diagnostics() {
        Diagnostics d = new Diagnostics();
        parse("a = \"abc\nb = \"\\q\"\n", d);
        List<String> summaries = d.asList().stream().map(Diagnostic::summary).toList();
        assertTrue(summaries.contains("Unterminated template string"), summaries::toString);
        assertTrue(summaries.contains("Invalid escape sequence"), summaries::toString);
    }

    @Test
    void parses_a_standalone_expression() {
        Diagnostics d = new Diagnostics();
        Expr e = HclParser.parseExpression("-var", "[\"a\", \"b\"]", d);
        assertInstanceOf(Expr.Tuple.class, e);
        assertTrue(d.isEmpty());
        HclParser.parseExpression("-var", "[1,", d);
        assertEquals(1, d.size());
    }

    @Test
    void nesting_beyond_the_limit_is_a_diagnostic_not_a_stack_overflow() {
        Diagnostics d = new Diagnostics();
        parse("a = " + "[".repeat(5000) + "]".repeat(5000) + "\n", d);
        assertEquals("Nesting too deep", d.asList().get(0).summary());
    }
}
