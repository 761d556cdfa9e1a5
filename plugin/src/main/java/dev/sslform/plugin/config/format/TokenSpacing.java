package dev.sslform.plugin.config.format;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.syntax.TokenType;

/**
 * hclwrite's rule for the space between two tokens of a line: none inside brackets and
 * templates, around dots, before commas and ellipses, after {@code !} or a negating minus;
 * one around braces and most other tokens.
 */
final class TokenSpacing {
    /** Stands for "no token" before the first token of a cell. */
    static final FmtToken NIL = new FmtToken(INVALID, "", 0);

    private TokenSpacing() {
    }

    /** Whether {@code subject} is followed by a space when {@code before} precedes it and {@code after} follows. */
    static boolean spaceAfter(FmtToken subject, FmtToken before, FmtToken after) {
        TokenType s = subject.type;
        TokenType a = after.type;
        if (a == NEWLINE || after == NIL) {
            return false;
        }
        if (s == IDENT && a == LPAREN) {
            return false; // a function name stays on its parenthesis
        }
        if (s == DOT || a == DOT) {
            return false;
        }
        if (a == COMMA || a == ELLIPSIS) {
            return false;
        }
        if (s == COMMA) {
            return true;
        }
        if (s == STRING_LIT || s == OQUOTE || s == OHEREDOC || a == STRING_LIT || a == CQUOTE || a == CHEREDOC) {
            return false; // template text is kept as written
        }
        if (s == IDENT && subject.text.equals("in") && before.is(IDENT)) {
            return true; // the for expression's keyword: [for x in [a]: x], not in[a]
        }
        if (a == LBRACK && (s == IDENT || s == NUMBER || subject.bracketChange() < 0)) {
            return false; // an index
        }
        if (s == BANG) {
            return false;
        }
        if (s == MINUS) {
            return !negationContext(before.type, before == NIL);
        }
        if (s == LBRACE || a == RBRACE) {
            return !(s == LBRACE && a == RBRACE); // { a = 1 } but {}
        }
        if ((s == TEMPLATE_INTERP || s == TEMPLATE_CONTROL) && a == LBRACE) {
            return true;
        }
        if (s == RBRACE && a == TEMPLATE_SEQ_END) {
            return true;
        }
        if (s == TEMPLATE_SEQ_END && (a == TEMPLATE_INTERP || a == TEMPLATE_CONTROL)) {
            return false;
        }
        if (subject.bracketChange() > 0) {
            return false;
        }
        if (after.bracketChange() < 0) {
            return false;
        }
        return true;
    }

    /** A minus after nothing, an opener, a separator or an operator is a negation: no space after it. */
    private static boolean negationContext(TokenType before, boolean nil) {
        if (nil) {
            return true;
        }
        return switch (before) {
            case LPAREN, LBRACE, LBRACK, EQUAL, COLON, COMMA, QUESTION,
                 PLUS, STAR, SLASH, PERCENT, MINUS,
                 EQEQ, NOTEQ, GT, GE, LT, LE,
                 AND, OR, BANG -> true;
            default -> false;
        };
    }
}
