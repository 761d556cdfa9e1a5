package dev.sslform.plugin.cli;

/**
 * Greedy word wrapping as Terraform wraps a diagnostic's detail (the go-wordwrap rules): lines
 * break at whitespace so that none is longer than the limit, counted in code points; a word
 * longer than the limit stays whole on a line of its own; existing line breaks are kept; the
 * whitespace at a break is dropped.
 */
final class WordWrap {
    private static final int NBSP = 0xA0;

    private WordWrap() {
    }

    static String wrap(String s, int limit) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        StringBuilder word = new StringBuilder();
        StringBuilder space = new StringBuilder();
        int wordLen = 0;
        int spaceLen = 0;
        int current = 0;
        for (int cp : s.codePoints().toArray()) {
            if (cp == '\n') {
                if (word.isEmpty()) {
                    if (current + spaceLen <= limit) {
                        out.append(space);
                    }
                } else {
                    out.append(space).append(word);
                }
                space.setLength(0);
                spaceLen = 0;
                word.setLength(0);
                wordLen = 0;
                out.append('\n');
                current = 0;
            } else if (Character.isWhitespace(cp) && cp != NBSP || cp == 0x85) {
                if (space.isEmpty() || !word.isEmpty()) {
                    current += spaceLen + wordLen;
                    out.append(space).append(word);
                    space.setLength(0);
                    spaceLen = 0;
                    word.setLength(0);
                    wordLen = 0;
                }
                space.appendCodePoint(cp);
                spaceLen++;
            } else {
                word.appendCodePoint(cp);
                wordLen++;
                if (current + spaceLen + wordLen > limit && wordLen < limit) {
                    out.append('\n');
                    current = 0;
                    space.setLength(0);
                    spaceLen = 0;
                }
            }
        }
        if (word.isEmpty()) {
            if (current + spaceLen <= limit) {
                out.append(space);
            }
        } else {
            out.append(space).append(word);
        }
        return out.toString();
    }
}
