package dev.sslform.plugin.config.format;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rewrites {@code terraform fmt} makes before the canonical layout, on the syntax tree's
 * attributes and blocks (not inside object constructors):
 * <ul>
 * <li>an attribute whose value is a single interpolation, {@code "${var.x}"}, becomes the bare
 *     expression {@code var.x} (wrapped in parentheses when it spans lines);</li>
 * <li>a top-level {@code variable} block's {@code type}: the pre-0.12 quoted forms {@code "string"},
 *     {@code "list"}, {@code "map"} become {@code string}, {@code list(string)}, {@code map(string)},
 *     and a bare {@code list}, {@code map} or {@code set} becomes {@code list(any)} and so on;</li>
 * <li>block labels are written quoted: {@code resource foo "bar"} becomes {@code resource "foo" "bar"},
 *     and a comment between labels is dropped.</li>
 * </ul>
 */
final class TerraformCleanups {
    private record Edit(int from, int to, List<FmtToken> replacement) {
    }

    private final List<FmtToken> tokens;
    private final int[] starts;
    private final int[] ends;
    private final List<Edit> edits = new ArrayList<>();

    private TerraformCleanups(List<FmtToken> tokens, int[] starts, int[] ends) {
        this.tokens = tokens;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * {@code tokens} rewritten; {@code starts}/{@code ends} are each token's source byte offsets,
     * which place the tree's ranges in the token list.
     */
    static List<FmtToken> apply(List<FmtToken> tokens, int[] starts, int[] ends, Body file) {
        TerraformCleanups c = new TerraformCleanups(tokens, starts, ends);
        c.body(file, 0, null);
        c.edits.sort(Comparator.comparingInt(Edit::from).reversed());
        List<FmtToken> out = new ArrayList<>(tokens);
        for (Edit e : c.edits) {
            List<FmtToken> span = out.subList(e.from, e.to);
            span.clear();
            span.addAll(e.replacement);
        }
        return out;
    }

    private void body(Body body, int depth, String topBlockType) {
        for (Attribute a : body.attributes()) {
            int[] span = span(a.expr().range());
            if (span[0] >= span[1]) {
                continue;
            }
            List<FmtToken> expr = tokens.subList(span[0], span[1]);
            List<FmtToken> cleaned = depth == 1 && "variable".equals(topBlockType) && a.name().equals("type")
                    ? typeExpr(expr) : valueExpr(expr);
            if (cleaned != expr) {
                edits.add(new Edit(span[0], span[1], cleaned));
            }
        }
        for (Block b : body.blocks()) {
            if (!b.labels().isEmpty()) {
                // All labels are rewritten at once, as hclwrite's SetLabels does: quoted, and any
                // comment between them dropped.
                int[] first = span(b.labelRanges().get(0));
                int[] last = span(b.labelRanges().get(b.labels().size() - 1));
                List<FmtToken> labels = new ArrayList<>();
                b.labels().forEach(l -> labels.addAll(quoted(l)));
                edits.add(new Edit(first[0], last[1], labels));
            }
            body(b.body(), depth + 1, depth == 0 ? b.type() : topBlockType);
        }
    }

    /** The indexes [from, to) of the tokens inside {@code range}. */
    private int[] span(SourceRange range) {
        int from = range.start().byteOffset();
        int to = range.end().byteOffset();
        int i = 0;
        while (i < tokens.size() && starts[i] < from) {
            i++;
        }
        int j = i;
        while (j < tokens.size() && ends[j] <= to && !tokens.get(j).is(EOF)) {
            j++;
        }
        return new int[] {i, j};
    }

    private static List<FmtToken> valueExpr(List<FmtToken> t) {
        int n = t.size();
        if (n < 5 || !t.get(0).is(OQUOTE) || !t.get(1).is(TEMPLATE_INTERP) || !t.get(n - 2).is(TEMPLATE_SEQ_END)
                || !t.get(n - 1).is(CQUOTE)) {
            return t;
        }
        List<FmtToken> inside = t.subList(2, n - 2);
        int quotes = 0;
        for (FmtToken tok : inside) {
            if (tok.is(OQUOTE)) {
                quotes++;
            } else if (tok.is(CQUOTE)) {
                quotes--;
            } else if (quotes == 0 && (tok.is(TEMPLATE_INTERP) || tok.is(TEMPLATE_SEQ_END))) {
                return t; // "${a}${b}": more than one interpolation
            }
        }
        int s = 0;
        int e = inside.size();
        while (s < e && inside.get(s).is(NEWLINE)) {
            s++;
        }
        while (e > s && inside.get(e - 1).is(NEWLINE)) {
            e--;
        }
        List<FmtToken> trimmed = new ArrayList<>(inside.subList(s, e));
        boolean multiLine = trimmed.stream().anyMatch(x -> x.is(NEWLINE));
        boolean parens = !trimmed.isEmpty() && trimmed.get(0).is(LPAREN) && trimmed.get(trimmed.size() - 1).is(RPAREN);
        if (multiLine && !parens) {
            trimmed.add(0, new FmtToken(LPAREN, "(", 0));
            trimmed.add(new FmtToken(RPAREN, ")", 0));
        }
        return trimmed;
    }

    private static List<FmtToken> typeExpr(List<FmtToken> t) {
        if (t.size() == 1 && t.get(0).is(IDENT)) {
            String kw = t.get(0).text;
            return kw.equals("list") || kw.equals("map") || kw.equals("set") ? collection(kw, "any") : t;
        }
        if (t.size() == 3 && t.get(0).is(OQUOTE) && t.get(1).is(STRING_LIT) && t.get(2).is(CQUOTE)) {
            return switch (t.get(1).text) {
                case "string" -> List.of(new FmtToken(IDENT, "string", 0));
                case "list", "map" -> collection(t.get(1).text, "string");
                default -> t;
            };
        }
        return t;
    }

    private static List<FmtToken> collection(String kind, String element) {
        return List.of(new FmtToken(IDENT, kind, 0), new FmtToken(LPAREN, "(", 0), new FmtToken(IDENT, element, 0),
                new FmtToken(RPAREN, ")", 0));
    }

    private static List<FmtToken> quoted(String label) {
        List<FmtToken> out = new ArrayList<>();
        out.add(new FmtToken(OQUOTE, "\"", 0));
        if (!label.isEmpty()) {
            out.add(new FmtToken(STRING_LIT, escape(label), 0));
        }
        out.add(new FmtToken(CQUOTE, "\"", 0));
        return out;
    }

    /** A string as a quoted HCL literal's text, escaped as hclwrite writes it. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '$', '%' -> {
                    sb.appendCodePoint(cp);
                    if (i < s.length() && s.charAt(i) == '{') {
                        sb.appendCodePoint(cp);
                    }
                }
                default -> {
                    if (GoPrint.isPrint(cp)) {
                        sb.appendCodePoint(cp);
                    } else if (cp < 0x10000) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        return sb.toString();
    }

}
