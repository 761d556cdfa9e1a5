package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.Diagnostics;
import java.util.List;

/**
 * The lexer's token stream with comments kept, for tools that rewrite source text (the
 * formatter). Spaces between tokens are dropped; newlines, comments and every other piece of
 * the source remain, so the text can be rebuilt from the tokens and new spacing.
 */
public final class SourceTokens {
    private SourceTokens() {
    }

    /** The tokens of {@code src}, ending with {@code EOF}; lexical problems go to {@code diags}. */
    public static List<SourceToken> lex(String filename, String src, Diagnostics diags) {
        return new Lexer(filename, src, diags, true).tokens().stream()
                .map(t -> new SourceToken(t.type(), t.text(), t.start().byteOffset(), t.end().byteOffset()))
                .toList();
    }
}
