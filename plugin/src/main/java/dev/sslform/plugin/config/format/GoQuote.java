package dev.sslform.plugin.config.format;

/**
 * Go's {@code strconv.Quote}, which Terraform uses wherever it prints a string in double quotes
 * (the console, {@code output}, a diagnostic's block context and its expression values): a
 * backslash before {@code "} and {@code \}, Go's short escapes for the control characters that have
 * one, {@code \xNN} for the other ASCII controls, and {@code \\uNNNN} / {@code \\UNNNNNNNN} for any
 * other character {@link GoPrint#isPrint} does not keep as it is.
 */
public final class GoQuote {
    private GoQuote() {
    }

    /** {@code s} in double quotes with Go's escapes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x0b -> sb.append("\\v");
                default -> {
                    if (GoPrint.isPrint(cp)) {
                        sb.appendCodePoint(cp);
                    } else if (cp < ' ' || cp == 0x7f) {
                        sb.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
