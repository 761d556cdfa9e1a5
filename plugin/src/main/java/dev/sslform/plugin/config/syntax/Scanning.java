package dev.sslform.plugin.config.syntax;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;

/** The lexer's stateless pieces: operator tokens and backslash escapes in quoted strings. */
final class Scanning {
    private Scanning() {
    }

    static TokenType operator(Cursor c) {
        String[] twos = {"==", "!=", "<=", ">=", "&&", "||", "=>"};
        TokenType[] twoTypes = {EQEQ, NOTEQ, LE, GE, AND, OR, FAT_ARROW};
        if (c.startsWith("...")) {
            c.advance(3);
            return ELLIPSIS;
        }
        for (int k = 0; k < twos.length; k++) {
            if (c.startsWith(twos[k])) {
                c.advance(2);
                return twoTypes[k];
            }
        }
        TokenType t = switch (c.peek()) {
            case '[' -> LBRACK;
            case ']' -> RBRACK;
            case '(' -> LPAREN;
            case ')' -> RPAREN;
            case ',' -> COMMA;
            case '.' -> DOT;
            case ':' -> COLON;
            case '?' -> QUESTION;
            case '=' -> EQUAL;
            case '+' -> PLUS;
            case '-' -> MINUS;
            case '*' -> STAR;
            case '/' -> SLASH;
            case '%' -> PERCENT;
            case '<' -> LT;
            case '>' -> GT;
            case '!' -> BANG;
            default -> null;
        };
        if (t != null) {
            c.advance();
        }
        return t;
    }

    static void escape(Cursor c, StringBuilder value, String filename, Diagnostics diags) {
        Pos start = c.pos();
        char next = c.peek(1);
        int hexLen = next == 'u' ? 4 : next == 'U' ? 8 : 0;
        if (hexLen > 0) {
            c.advance(2);
            int code = 0;
            int k = 0;
            while (k < hexLen && Character.digit(c.peek(), 16) >= 0) {
                code = code * 16 + Character.digit(c.peek(), 16);
                c.advance();
                k++;
            }
            if (k < hexLen || !Character.isValidCodePoint(code)) {
                diags.error("Invalid escape sequence", "The \\" + next + " escape needs " + hexLen + " hexadecimal digits.",
                        new SourceRange(filename, start, c.pos()));
            } else {
                value.appendCodePoint(code);
            }
            return;
        }
        String decoded = switch (next) {
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case '"' -> "\"";
            case '\\' -> "\\";
            default -> null;
        };
        c.advance(next == '\0' || next == '\n' ? 1 : 2);
        if (decoded == null) {
            diags.error("Invalid escape sequence", "The symbol \"" + next + "\" is not a valid escape sequence selector.",
                    new SourceRange(filename, start, c.pos()));
        } else {
            value.append(decoded);
        }
    }
}
