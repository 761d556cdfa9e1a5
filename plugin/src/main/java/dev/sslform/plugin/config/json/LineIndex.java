package dev.sslform.plugin.config.json;

import dev.sslform.plugin.config.diag.Pos;
import java.nio.charset.StandardCharsets;

/** Turns a line and column (code points) into a {@link Pos} with its UTF-8 byte offset. */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;
    private final int[] lineByteStarts;

    LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        lineByteStarts = new int[count];
        int line = 1;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (c == '\n') {
                lineStarts[line] = i + 1;
                lineByteStarts[line++] = bytes;
            }
        }
    }

    /** The character at a 1-based line and column, or NUL when out of range. */
    char charAt(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return '\0';
        }
        int i = lineStarts[line - 1];
        for (int col = 1; col < column && i < text.length() && text.charAt(i) != '\n'; col++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i < text.length() ? text.charAt(i) : '\0';
    }

    Pos pos(int line, int column) {
        int l = Math.min(line, lineStarts.length);
        int lineStart = lineStarts[l - 1];
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int i = lineStart;
        int col = 1;
        while (col < column && i < lineEnd) {
            i += Character.charCount(text.codePointAt(i));
            col++;
        }
        int bytes = lineByteStarts[l - 1] + text.substring(lineStart, i).getBytes(StandardCharsets.UTF_8).length;
        return new Pos(l, column, bytes + (column - col));
    }
}
