package dev.sslform.plugin.config.syntax;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns HCL native syntax into tokens. Like HCL's scanner it is modal: a stack records whether
 * we are in expressions, in a quoted template or in a heredoc, so that the {@code }} closing a
 * {@code ${} returns to the template it interrupted. Problems become diagnostics and
 * {@code INVALID} tokens; it never throws.
 */
final class Lexer {
    private enum Ctx { BRACE, INTERP, QUOTED, HEREDOC }

    private record Frame(Ctx ctx, String marker) {
    }

    private final Cursor c;
    private final String filename;
    private final Diagnostics diags;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();
    /** Emit comments as {@code COMMENT} tokens (for the formatter); the parser never asks for them. */
    private final boolean keepComments;

    Lexer(String filename, String src, Diagnostics diags) {
        this(filename, src, diags, false);
    }

    /**
     * A lexer that, with {@code keepComments}, also emits every comment as a {@code COMMENT}
     * token. As in HCL's scanner, a {@code #} or {@code //} comment takes its line end with it.
     */
    Lexer(String filename, String src, Diagnostics diags, boolean keepComments) {
        this.filename = filename;
        this.c = new Cursor(src.startsWith("\uFEFF") ? src.substring(1) : src);
        this.diags = diags;
        this.keepComments = keepComments;
    }

    /**
     * A lexer for a bare template (a string value in a JSON or YAML file): everything is template
     * text up to the end, with no quote or backslash escapes, as Terraform's JSON syntax reads it.
     */
    Lexer(String filename, String src, Pos origin, Diagnostics diags) {
        this.filename = filename;
        this.c = new Cursor(src, origin);
        this.diags = diags;
        this.keepComments = false;
        stack.push(new Frame(Ctx.HEREDOC, null));
    }

    List<Token> tokens() {
        while (!c.atEnd()) {
            Frame top = stack.peek();
            if (top != null && top.ctx == Ctx.QUOTED) {
                quoted();
            } else if (top != null && top.ctx == Ctx.HEREDOC) {
                heredoc(top.marker);
            } else {
                normal();
            }
        }
        Frame top = stack.peek();
        if (top != null && (top.ctx == Ctx.QUOTED || (top.ctx == Ctx.HEREDOC && top.marker != null))) {
            Pos p = c.pos();
            diags.error(top.ctx == Ctx.QUOTED ? "Unterminated template string" : "Unterminated template string",
                    top.ctx == Ctx.QUOTED ? "No closing marker was found for the string."
                            : "No closing marker was found for the heredoc \"" + top.marker + "\".",
                    new SourceRange(filename, p, p));
        }
        Pos p = c.pos();
        out.add(new Token(EOF, "", null, p, p, false));
        return out;
    }

    private void emit(TokenType type, int from, Pos start, String value, boolean strip) {
        out.add(new Token(type, c.slice(from), value, start, c.pos(), strip));
    }

    private void normal() {
        char ch = c.peek();
        int from = c.index();
        Pos start = c.pos();
        if (ch == ' ' || ch == '\t' || (ch == '\r' && c.peek(1) != '\n')) {
            c.advance();
            return;
        }
        if (c.atNewline()) {
            c.skipNewline();
            emit(NEWLINE, from, start, null, false);
            return;
        }
        if (ch == '#' || (ch == '/' && c.peek(1) == '/')) {
            while (!c.atEnd() && !c.atNewline()) {
                c.advance();
            }
            if (keepComments) {
                if (!c.atEnd()) {
                    c.skipNewline();
                }
                emit(COMMENT, from, start, null, false);
            }
            return;
        }
        if (ch == '/' && c.peek(1) == '*') {
            c.advance(2);
            while (!c.atEnd() && !c.startsWith("*/")) {
                c.advance();
            }
            if (c.atEnd()) {
                diags.error("Unterminated comment", "There is no closing \"*/\" for this comment.",
                        new SourceRange(filename, start, c.pos()));
            } else {
                c.advance(2);
            }
            if (keepComments) {
                emit(COMMENT, from, start, null, false);
            }
            return;
        }
        if (Character.isDigit(ch)) {
            number(from, start);
            return;
        }
        if (isIdentStart(ch, c.peek(1))) {
            while (!c.atEnd() && isIdentPart(c.peek(), c.peek(1))) {
                c.advance();
            }
            emit(IDENT, from, start, null, false);
            return;
        }
        if (ch == '"') {
            c.advance();
            stack.push(new Frame(Ctx.QUOTED, null));
            emit(OQUOTE, from, start, null, false);
            return;
        }
        if (ch == '<' && c.peek(1) == '<' && heredocStart(from, start)) {
            return;
        }
        if (ch == '{') {
            c.advance();
            stack.push(new Frame(Ctx.BRACE, null));
            emit(LBRACE, from, start, null, false);
            return;
        }
        if (ch == '~' && c.peek(1) == '}' && stack.peek() != null && stack.peek().ctx == Ctx.INTERP) {
            c.advance(2);
            stack.pop();
            emit(TEMPLATE_SEQ_END, from, start, null, true);
            return;
        }
        if (ch == '}') {
            c.advance();
            Frame f = stack.isEmpty() ? null : stack.pop();
            emit(f != null && f.ctx == Ctx.INTERP ? TEMPLATE_SEQ_END : RBRACE, from, start, null, false);
            return;
        }
        TokenType op = Scanning.operator(c);
        if (op != null) {
            emit(op, from, start, null, false);
            return;
        }
        c.advance();
        diags.error("Invalid character", "This character is not used within the language.",
                new SourceRange(filename, start, c.pos()));
        emit(INVALID, from, start, null, false);
    }

    private void number(int from, Pos start) {
        while (Character.isDigit(c.peek())) {
            c.advance();
        }
        if (c.peek() == '.' && Character.isDigit(c.peek(1))) {
            c.advance();
            while (Character.isDigit(c.peek())) {
                c.advance();
            }
        }
        if ((c.peek() == 'e' || c.peek() == 'E')
                && (Character.isDigit(c.peek(1)) || ((c.peek(1) == '+' || c.peek(1) == '-') && Character.isDigit(c.peek(2))))) {
            c.advance(2);
            while (Character.isDigit(c.peek())) {
                c.advance();
            }
        }
        emit(NUMBER, from, start, null, false);
    }

    private boolean heredocStart(int from, Pos start) {
        int k = 2;
        if (c.peek(k) == '-') {
            k++;
        }
        if (!isIdentStart(c.peek(k), c.peek(k + 1))) {
            return false;
        }
        int m = k;
        while (isIdentPart(c.peek(m), c.peek(m + 1))) {
            m++;
        }
        char after = c.peek(m);
        if (after != '\n' && !(after == '\r' && c.peek(m + 1) == '\n')) {
            return false;
        }
        c.advance(k);
        int markerFrom = c.index();
        c.advance(m - k);
        String marker = c.slice(markerFrom);
        c.skipNewline();
        stack.push(new Frame(Ctx.HEREDOC, marker));
        emit(OHEREDOC, from, start, marker, false);
        return true;
    }

    private void quoted() {
        int from = c.index();
        Pos start = c.pos();
        if (c.peek() == '"') {
            c.advance();
            stack.pop();
            emit(CQUOTE, from, start, null, false);
            return;
        }
        if (templateOpen(from, start)) {
            return;
        }
        StringBuilder value = new StringBuilder();
        while (!c.atEnd() && c.peek() != '"' && !c.atNewline() && !isTemplateOpen()) {
            if (c.peek() == '\\') {
                Scanning.escape(c, value, filename, diags);
            } else if (c.startsWith("$${") || c.startsWith("%%{")) {
                value.append(c.peek()).append('{');
                c.advance(3);
            } else {
                value.append(c.take());
            }
        }
        if (c.index() > from) {
            emit(STRING_LIT, from, start, value.toString(), false);
        }
        if (c.atNewline() || c.atEnd()) {
            stack.pop();
            Pos p = c.pos();
            if (c.atNewline()) {
                diags.error("Invalid multi-line string", "Quoted strings may not be split over multiple lines. To produce a multi-line string, "
                        + "either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.",
                        new SourceRange(filename, p, new Pos(p.line() + 1, 1, p.byteOffset() + 1)));
            } else {
                diags.error("Unterminated template string", "No closing marker was found for the string.",
                        new SourceRange(filename, p, p));
            }
            out.add(new Token(CQUOTE, "", null, p, p, false));
        }
    }

    private boolean isTemplateOpen() {
        return c.startsWith("${") || c.startsWith("%{");
    }

    private boolean templateOpen(int from, Pos start) {
        if (!isTemplateOpen()) {
            return false;
        }
        TokenType t = c.peek() == '$' ? TEMPLATE_INTERP : TEMPLATE_CONTROL;
        c.advance(2);
        boolean strip = c.peek() == '~';
        if (strip) {
            c.advance();
        }
        stack.push(new Frame(Ctx.INTERP, null));
        emit(t, from, start, null, strip);
        return true;
    }

    private void heredoc(String marker) {
        int from = c.index();
        Pos start = c.pos();
        if (marker != null && atLineStart() && closesHeredoc(marker)) {
            while (c.peek() == ' ' || c.peek() == '\t') {
                c.advance();
            }
            c.advance(marker.length());
            stack.pop();
            emit(CHEREDOC, from, start, null, false);
            return;
        }
        if (templateOpen(from, start)) {
            return;
        }
        StringBuilder value = new StringBuilder();
        while (!c.atEnd() && !isTemplateOpen()) {
            if (c.startsWith("$${") || c.startsWith("%%{")) {
                value.append(c.peek()).append('{');
                c.advance(3);
                continue;
            }
            if (c.atNewline()) {
                value.append('\n');
                c.skipNewline();
                break;
            }
            value.append(c.take());
        }
        emit(STRING_LIT, from, start, value.toString(), false);
    }

    private boolean atLineStart() {
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        return last != null && (last.is(OHEREDOC) || (last.is(STRING_LIT) && last.value().endsWith("\n")));
    }

    private boolean closesHeredoc(String marker) {
        int k = 0;
        while (c.peek(k) == ' ' || c.peek(k) == '\t') {
            k++;
        }
        for (int m = 0; m < marker.length(); m++) {
            if (c.peek(k + m) != marker.charAt(m)) {
                return false;
            }
        }
        char after = c.peek(k + marker.length());
        return after == '\0' || after == '\n' || (after == '\r' && c.peek(k + marker.length() + 1) == '\n');
    }

    static boolean isIdentStart(char ch, char next) {
        return ch == '_' || Character.isLetter(ch) || (Character.isHighSurrogate(ch) && Character.isLetter(Character.toCodePoint(ch, next)));
    }

    static boolean isIdentPart(char ch, char next) {
        return ch == '-' || isIdentStart(ch, next) || Character.isDigit(ch);
    }
}
