package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.ExpressionValue;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One diagnostic as every view shows it, whoever raised it: the shape of Terraform's JSON
 * diagnostic ({@code views/json.Diagnostic}), from which the human renderings are made too, so
 * that the terminal, {@code -json} and {@code validate -json} always say the same thing.
 *
 * <p>{@code range} is the subject (never empty: an empty subject is widened by one byte, as
 * Terraform does), or null for a diagnostic with no place in a file; {@code snippet} is null when
 * the file's source is not at hand. {@code address} is the resource instance it is about, or null.
 */
record ViewDiagnostic(String severity, String summary, String detail, String address, SourceRange range, Snippet snippet) {

    static final String ERROR = "error";
    static final String WARNING = "warning";

    /**
     * The source lines of the subject (and its context), {@code code} without its last newline;
     * {@code highlightStart}/{@code highlightEnd} are UTF-8 byte offsets into {@code code};
     * {@code context} is the enclosing block's header ({@code resource "a" "b"}) or null.
     */
    record Snippet(String context, String code, int startLine, int highlightStart, int highlightEnd, List<ExpressionValue> values) {
        Snippet {
            values = values.stream().sorted(Comparator.comparing(ExpressionValue::traversal)).toList();
        }
    }

    boolean isError() {
        return ERROR.equals(severity);
    }

    /** A configuration diagnostic, its snippet cut from {@code sources} (file name to text). */
    static ViewDiagnostic of(Diagnostic d, Map<String, String> sources) {
        return of(d.isError(), d.summary(), d.detail(), null, d.subject(), null, d.values(), sources);
    }

    /**
     * A diagnostic of the plan, the apply or the command; {@code subject} is the configuration it
     * is about (a resource's block, a condition's expression), or null.
     */
    static ViewDiagnostic of(dev.sslform.plugin.provider.Diagnostic d, SourceRange subject, List<ExpressionValue> values,
                             Map<String, String> sources) {
        return of(d.isError(), d.summary(), d.detail(), d.address(), subject, null, values, sources);
    }

    /** A diagnostic with no place in any file: a bad flag, a state or lock error, an I/O failure. */
    static ViewDiagnostic sourceless(boolean error, String summary, String detail) {
        return of(error, summary, detail, null, null, null, List.of(), Map.of());
    }

    /**
     * Terraform's {@code NewDiagnostic}: the highlight is the subject, the snippet the subject
     * widened to {@code context} (whole lines of both), the block header the innermost top-level
     * block holding the byte before the subject.
     */
    static ViewDiagnostic of(boolean error, String summary, String detail, String address, SourceRange subject, SourceRange context,
                             List<ExpressionValue> values, Map<String, String> sources) {
        String sev = error ? ERROR : WARNING;
        String det = detail == null ? "" : detail;
        if (subject == null) {
            return new ViewDiagnostic(sev, summary, det, address, null, null);
        }
        String text = sources == null ? null : sources.get(subject.filename());
        if (text == null && subject.start().equals(Pos.START) && subject.end().equals(Pos.START)) {
            // SourceRange.none: a value from outside any file (-var, the environment, a directory).
            return new ViewDiagnostic(sev, summary, det, address, null, null);
        }
        byte[] src = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        SourceRange highlight = src == null ? subject : normalised(subject, src);
        if (highlight.end().byteOffset() < highlight.start().byteOffset()) {
            highlight = new SourceRange(highlight.filename(), highlight.start(), highlight.start());
        }
        SourceRange snippetRange = context == null ? highlight : normalised(context, src == null ? new byte[0] : src);
        snippetRange = over(snippetRange, highlight);
        if (snippetRange.start().byteOffset() == snippetRange.end().byteOffset()) {
            snippetRange = widened(snippetRange);
        }
        if (highlight.start().byteOffset() == highlight.end().byteOffset()) {
            highlight = widened(highlight);
        }
        Snippet snippet = src == null ? null : snippet(src, text, highlight, snippetRange, values);
        return new ViewDiagnostic(sev, summary, det, address, highlight, snippet);
    }

    private static SourceRange widened(SourceRange r) {
        Pos e = r.end();
        return new SourceRange(r.filename(), r.start(), new Pos(e.line(), e.column() + 1, e.byteOffset() + 1));
    }

    private static SourceRange over(SourceRange a, SourceRange b) {
        Pos start = a.start().byteOffset() <= b.start().byteOffset() ? a.start() : b.start();
        Pos end = a.end().byteOffset() >= b.end().byteOffset() ? a.end() : b.end();
        return new SourceRange(a.filename(), start, end);
    }

    /**
     * The range with byte offsets computed from its lines and columns where the producer left
     * them out (0 past the first position); offsets past the source are clamped.
     */
    static SourceRange normalised(SourceRange r, byte[] src) {
        return new SourceRange(r.filename(), position(r.start(), src), position(r.end(), src));
    }

    private static Pos position(Pos p, byte[] src) {
        if (p.byteOffset() > 0 || p.line() == 1 && p.column() == 1) {
            return p.byteOffset() > src.length ? new Pos(p.line(), p.column(), src.length) : p; // the producer counted bytes
        }
        int line = 1;
        int i = 0;
        while (line < p.line() && i < src.length) {
            if (src[i++] == '\n') {
                line++;
            }
        }
        if (line < p.line()) {
            return new Pos(line, 1, src.length);
        }
        int col = 1;
        while (col < p.column() && i < src.length && src[i] != '\n') {
            i += utf8Length(src[i]);
            col++;
        }
        return new Pos(p.line(), p.column(), Math.min(i, src.length));
    }

    private static int utf8Length(byte b) {
        int u = b & 0xFF;
        return u < 0x80 ? 1 : u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
    }

    /**
     * Every line that overlaps {@code snippetRange} (as HCL's {@code Range.Overlaps}: a range
     * ending at the first column of a line takes that line in; an empty line overlaps nothing, but
     * one between overlapping lines is kept), and the highlight's offsets in them.
     */
    private static Snippet snippet(byte[] src, String text, SourceRange highlight, SourceRange snippetRange,
                                   List<ExpressionValue> values) {
        int a = snippetRange.start().byteOffset();
        int b = snippetRange.end().byteOffset();
        int first = -1;
        int last = -1;
        int startLine = snippetRange.start().line();
        int ls = 0;
        for (int line = 1; ls < src.length; line++) {
            int nl = ls;
            while (nl < src.length && src[nl] != '\n') {
                nl++;
            }
            int le = nl > ls && src[nl - 1] == '\r' ? nl - 1 : nl;
            boolean overlaps = le > ls && (a >= ls && a < le || b >= ls && b < le || ls >= a && ls < b || le >= a && le < b);
            if (overlaps) {
                if (first < 0) {
                    first = ls;
                    startLine = line;
                }
                last = le;
            }
            ls = nl + 1;
        }
        String code = first < 0 ? "" : new String(src, first, last - first, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int codeStart = Math.max(first, 0);
        int codeBytes = code.getBytes(StandardCharsets.UTF_8).length;
        int start = clamp(highlight.start().byteOffset() - codeStart, codeBytes);
        int end = clamp(highlight.start().byteOffset() - codeStart + highlight.end().byteOffset() - highlight.start().byteOffset(), codeBytes);
        String context = SourceContext.of(highlight.filename(), text, highlight.start().byteOffset() - 1);
        return new Snippet(context, code, startLine, start, end, new ArrayList<>(values));
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max));
    }
}
