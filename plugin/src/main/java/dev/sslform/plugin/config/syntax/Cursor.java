package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.Pos;

/** A read position over source text that keeps line, column (code points) and UTF-8 byte offset. */
final class Cursor {
    private final String src;
    private int index;
    private int line = 1;
    private int column = 1;
    private int byteOffset;

    Cursor(String src) {
        this.src = src;
    }

    /** A cursor whose first character is at {@code origin} (for strings embedded in JSON or YAML). */
    Cursor(String src, Pos origin) {
        this.src = src;
        this.line = origin.line();
        this.column = origin.column();
        this.byteOffset = origin.byteOffset();
    }

    boolean atEnd() {
        return index >= src.length();
    }

    int index() {
        return index;
    }

    char peek() {
        return index < src.length() ? src.charAt(index) : '\0';
    }

    char peek(int ahead) {
        int i = index + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    boolean startsWith(String s) {
        return src.startsWith(s, index);
    }

    String slice(int from) {
        return src.substring(from, index);
    }

    Pos pos() {
        return new Pos(line, column, byteOffset);
    }

    void advance() {
        char c = src.charAt(index);
        if (c == '\n') {
            line++;
            column = 1;
            byteOffset++;
            index++;
            return;
        }
        if (Character.isHighSurrogate(c) && index + 1 < src.length() && Character.isLowSurrogate(src.charAt(index + 1))) {
            index += 2;
            byteOffset += 4;
            column++;
            return;
        }
        index++;
        column++;
        byteOffset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    /** The current code point as a string (one or two chars), advancing past it. */
    String take() {
        int from = index;
        advance();
        return src.substring(from, index);
    }

    void advance(int n) {
        for (int k = 0; k < n && !atEnd(); k++) {
            advance();
        }
    }

    /** True at a line end: "\n" or "\r\n". */
    boolean atNewline() {
        return peek() == '\n' || (peek() == '\r' && peek(1) == '\n');
    }

    void skipNewline() {
        if (peek() == '\r') {
            advance();
        }
        advance();
    }
}
