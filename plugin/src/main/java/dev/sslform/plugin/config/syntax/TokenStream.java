package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.SourceRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A cursor over the token list. Whether newlines matter depends on where we are (they end an
 * attribute and separate object items, but not inside parentheses or brackets), so callers push
 * and pop that setting as HCL's parser does.
 */
final class TokenStream {
    static final int MAX_DEPTH = 256;

    private final List<Token> tokens;
    private final String filename;
    private final Deque<Boolean> newlines = new ArrayDeque<>();
    private int index;
    private int depth;

    TokenStream(List<Token> tokens, String filename) {
        this.tokens = tokens;
        this.filename = filename;
        newlines.push(true);
    }

    String filename() {
        return filename;
    }

    void pushNewlines(boolean significant) {
        newlines.push(significant);
    }

    void popNewlines() {
        newlines.pop();
    }

    void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw error("Nesting too deep", "Expressions and blocks may nest at most " + MAX_DEPTH + " levels.", at);
        }
    }

    void leave() {
        depth--;
    }

    private int skip(int i) {
        if (!newlines.peek()) {
            while (tokens.get(i).is(TokenType.NEWLINE)) {
                i++;
            }
        }
        return i;
    }

    Token peek() {
        return tokens.get(skip(index));
    }

    Token peek(int ahead) {
        int i = skip(index);
        for (int k = 0; k < ahead && !tokens.get(i).is(TokenType.EOF); k++) {
            i = skip(i + 1);
        }
        return tokens.get(i);
    }

    Token next() {
        int i = skip(index);
        Token t = tokens.get(i);
        index = t.is(TokenType.EOF) ? i : i + 1;
        return t;
    }

    boolean at(TokenType t) {
        return peek().is(t);
    }

    boolean accept(TokenType t) {
        if (at(t)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(TokenType t, String summary, String detail) {
        if (!at(t)) {
            throw error(summary, detail, peek());
        }
        return next();
    }

    /** The raw token before the last one consumed, ignoring newline significance. */
    Token rawAt(int offset) {
        int i = index + offset;
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    void skipNewlines() {
        while (tokens.get(index).is(TokenType.NEWLINE)) {
            index++;
        }
    }

    SourceRange range(Token t) {
        return new SourceRange(filename, t.start(), t.end());
    }

    SourceRange range(Token from, Token to) {
        return new SourceRange(filename, from.start(), to.end());
    }

    ParseError error(String summary, String detail, Token at) {
        return new ParseError(Diagnostic.error(summary, detail, range(at)));
    }

    static String describe(Token t) {
        return switch (t.type()) {
            case EOF -> "end of file";
            case NEWLINE -> "newline";
            case IDENT -> "identifier \"" + t.text() + "\"";
            case OQUOTE, CQUOTE -> "quote";
            case STRING_LIT -> "string";
            case NUMBER -> "number " + t.text();
            default -> "\"" + t.text() + "\"";
        };
    }
}
