package dev.sslform.plugin.config.format;

import dev.sslform.plugin.config.syntax.TokenType;

/**
 * A token being formatted: its kind and exact text, and the number of spaces written before it,
 * the one thing formatting changes. Mutable on purpose: the passes adjust {@code spaces} in place.
 */
final class FmtToken {
    final TokenType type;
    final String text;
    int spaces;

    FmtToken(TokenType type, String text, int spaces) {
        this.type = type;
        this.text = text;
        this.spaces = spaces;
    }

    boolean is(TokenType t) {
        return type == t;
    }

    /** +1 for a token that opens a bracket or a template sequence, -1 for one that closes it. */
    int bracketChange() {
        return switch (type) {
            case LBRACE, LBRACK, LPAREN, TEMPLATE_CONTROL, TEMPLATE_INTERP -> 1;
            case RBRACE, RBRACK, RPAREN, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }

    /** A token that ends a line: a newline, or a {@code #}/{@code //} comment, which takes its line end with it. */
    boolean endsLine() {
        return type == TokenType.NEWLINE || (type == TokenType.COMMENT && text.endsWith("\n"));
    }

    @Override
    public String toString() {
        return type + "(" + text + ")";
    }
}
