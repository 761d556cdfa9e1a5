package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.diag.SourceRange;

/** Source lines and caret underlines for diagnostics. */
final class Snippets {
    private Snippets() {
    }

    /** Line {@code n} (1-based) of the text without its line ending, or null. */
    static String line(String text, int n) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        if (n < 1 || n > lines.length) {
            return null;
        }
        String l = lines[n - 1];
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * Spaces up to the range's start column, then carets to its end (or the end of the line when
     * the range spans lines); tabs are kept so the caret lines up under a tab-indented line.
     */
    static String caret(String line, SourceRange r) {
        int[] cps = line.codePoints().toArray();
        int start = Math.max(0, Math.min(r.start().column() - 1, cps.length));
        int end = r.end().line() > r.start().line() ? cps.length : Math.min(r.end().column() - 1, cps.length);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < start; i++) {
            sb.append(cps[i] == '\t' ? '\t' : ' ');
        }
        sb.append("^".repeat(Math.max(1, end - start)));
        return sb.toString();
    }

    /** The UTF-8 length of the first {@code columns} code points of the line. */
    static int byteOffset(String line, int columns) {
        int[] cps = line.codePoints().toArray();
        int n = Math.max(0, Math.min(columns, cps.length));
        return new String(cps, 0, n).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
