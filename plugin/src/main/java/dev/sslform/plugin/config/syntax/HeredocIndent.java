package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.value.StringValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Removes the common leading indentation of a {@code <<-} heredoc, as HCL does: the smallest
 * indent over lines that are not blank, taken off every such line. Blank (whitespace-only) lines
 * neither count nor change; a line that starts with an interpolation has indent zero.
 */
final class HeredocIndent {
    private final Set<Expr.Literal> lineStarts = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean zeroIndent;

    void lineStart(Expr.Literal literal) {
        lineStarts.add(literal);
    }

    void interpolationAtLineStart() {
        zeroIndent = true;
    }

    List<Expr> strip(List<Expr> parts) {
        int min = zeroIndent ? 0 : Integer.MAX_VALUE;
        for (Expr part : parts) {
            if (part instanceof Expr.Literal lit && lit.value() instanceof StringValue s) {
                List<String> segments = segments(s.value());
                for (int i = 0; i < segments.size(); i++) {
                    String seg = segments.get(i);
                    if ((i > 0 || lineStarts.contains(lit)) && !blank(seg)) {
                        min = Math.min(min, indent(seg));
                    }
                }
            }
        }
        if (min == 0 || min == Integer.MAX_VALUE) {
            return parts;
        }
        List<Expr> out = new ArrayList<>();
        for (Expr part : parts) {
            if (part instanceof Expr.Literal lit && lit.value() instanceof StringValue s) {
                StringBuilder sb = new StringBuilder();
                List<String> segments = segments(s.value());
                for (int i = 0; i < segments.size(); i++) {
                    String seg = segments.get(i);
                    boolean atStart = i > 0 || lineStarts.contains(lit);
                    sb.append(atStart && !blank(seg) ? seg.substring(Math.min(min, indent(seg))) : seg);
                }
                out.add(ExpressionParser.string(sb.toString(), lit.range()));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static List<String> segments(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < s.length()) {
            out.add(s.substring(from));
        }
        return out;
    }

    private static boolean blank(String seg) {
        return seg.endsWith("\n") && seg.isBlank();
    }

    private static int indent(String seg) {
        int n = 0;
        while (n < seg.length() && (seg.charAt(n) == ' ' || seg.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
