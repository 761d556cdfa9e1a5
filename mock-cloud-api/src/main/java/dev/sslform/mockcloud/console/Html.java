package dev.sslform.mockcloud.console;

import java.util.Objects;

/**
 * HTML built with escaping by default: {@link #of} fills {@code {}} holes in a trusted template
 * with its arguments, escaping every argument that is not already {@link Html}. Text from users
 * (instance names, search terms, error messages) can only reach a page through a hole, so it
 * always arrives escaped; only templates written in this package are trusted.
 */
final class Html {
    static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /** A constant piece of markup written in this package. Never pass user input here. */
    static Html raw(String trustedMarkup) {
        return new Html(Objects.requireNonNull(trustedMarkup));
    }

    /** {@code template} with each {@code {}} replaced by the next argument, escaped unless it is Html. */
    static Html of(String template, Object... args) {
        StringBuilder b = new StringBuilder(template.length() + 16 * args.length);
        int from = 0;
        int used = 0;
        while (true) {
            int hole = template.indexOf("{}", from);
            if (hole < 0) {
                break;
            }
            if (used == args.length) {
                throw new IllegalArgumentException("more holes than arguments in: " + template);
            }
            b.append(template, from, hole);
            append(b, args[used++]);
            from = hole + 2;
        }
        if (used != args.length) {
            throw new IllegalArgumentException(args.length + " arguments for " + used + " holes in: " + template);
        }
        b.append(template, from, template.length());
        return new Html(b.toString());
    }

    /** The parts one after the other. */
    static Html join(Iterable<Html> parts) {
        StringBuilder b = new StringBuilder();
        for (Html h : parts) {
            b.append(h.markup);
        }
        return new Html(b.toString());
    }

    static Html join(Html... parts) {
        return join(java.util.List.of(parts));
    }

    private static void append(StringBuilder b, Object arg) {
        if (arg instanceof Html h) {
            b.append(h.markup);
        } else {
            escape(b, arg == null ? "" : String.valueOf(arg));
        }
    }

    /** Escapes for text and for double- or single-quoted attribute values alike. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        escape(b, s);
        return b.toString();
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return markup;
    }
}
