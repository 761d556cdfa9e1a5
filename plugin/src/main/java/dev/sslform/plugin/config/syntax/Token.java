package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.Pos;

/**
 * One token. {@code text} is the raw source; {@code value} is the decoded content of a string
 * literal (escapes applied) or the marker of a heredoc. {@code strip} marks a template
 * {@code ${~}/{@code ~}} whitespace-strip marker.
 */
record Token(TokenType type, String text, String value, Pos start, Pos end, boolean strip) {

    boolean is(TokenType t) {
        return type == t;
    }

    boolean isKeyword(String word) {
        return type == TokenType.IDENT && text.equals(word);
    }
}
