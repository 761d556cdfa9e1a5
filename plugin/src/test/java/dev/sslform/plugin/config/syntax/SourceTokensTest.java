package dev.sslform.plugin.config.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formatter's token stream: comments kept as HCL's scanner keeps them, the parser's stream unchanged. */
class SourceTokensTest {

    @Test
    void line_comments_take_their_line_end_and_block_comments_do_not() {
        List<SourceToken> t = SourceTokens.lex("x.tf", "a = 1 # one\r\n/* two */\n// three", new Diagnostics());
        List<String> texts = t.stream().map(SourceToken::text).toList();
        assertEquals(List.of("a", "=", "1", "# one\r\n", "/* two */", "\n", "// three", ""), texts);
        assertEquals(TokenType.COMMENT, t.get(3).type());
        assertEquals(TokenType.COMMENT, t.get(4).type());
        assertEquals(TokenType.EOF, t.get(7).type());
    }

    @Test
    void byte_offsets_count_utf8_bytes() {
        List<SourceToken> t = SourceTokens.lex("x.tf", "é = \"ü\"", new Diagnostics());
        assertEquals(0, t.get(0).startByte());
        assertEquals(2, t.get(0).endByte());
        assertEquals(3, t.get(1).startByte());
    }

    @Test
    void the_parser_still_sees_no_comments() {
        Diagnostics d = new Diagnostics();
        Body b = HclParser.parseFile("x.tf", "# c\na = 1 # c\nb { # c\n  c = 2 /* c */\n}\n", d);
        assertTrue(d.isEmpty(), d.asList().toString());
        assertEquals(1, b.attributes().size());
        assertEquals(1, b.blocks().get(0).body().attributes().size());
    }
}
