package dev.sslform.plugin.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ViewDiagnostic} for people, as Terraform's {@code format.Diagnostic} (colour,
 * on a terminal) and {@code format.DiagnosticPlain} (-no-color, or not a terminal) do:
 *
 * <pre>
 * Error: summary                         (bold; "Error: " red, "Warning: " yellow)
 *
 *   with tencentcloud_sqlserver_ssl_config.a,
 *   on main.tf line 3, in resource "tencentcloud_sqlserver_ssl_config" "a":
 *    3:   encryption = var.mode          (the range underlined, in colour only)
 *     ├────────────────
 *     │ var.mode is "off"
 *
 * detail, word-wrapped to the width; lines that start with a space are left alone
 * </pre>
 *
 * In colour the whole is framed by a left rule ({@code ╷ │ ╵}, red or yellow) and the detail is
 * wrapped to the width less the rule; plain text starts with a blank line instead and is wrapped
 * to the width less one. A width below 2 means no wrapping.
 */
final class DiagnosticFormat {

    /** The colour tags Terraform's renderer uses, as colorstring spells them. */
    enum Tag {
        RESET("0"), BOLD("1"), UNDERLINE("4"), RED("31"), GREEN("32"), YELLOW("33"), DARK_GRAY("90");

        private final String ansi;

        Tag(String ansi) {
            this.ansi = ansi;
        }
    }

    /** How tags come out: as ANSI escapes, as nothing (plain), or as {@code [red]} text (what Terraform's tests compare). */
    enum Palette {
        ANSI, NONE, MARKUP;

        String of(Tag... tags) {
            StringBuilder sb = new StringBuilder();
            for (Tag t : tags) {
                switch (this) {
                    case ANSI -> sb.append("\u001b[").append(t.ansi).append('m');
                    case MARKUP -> sb.append('[').append(t.name().toLowerCase(java.util.Locale.ROOT)).append(']');
                    case NONE -> {
                    }
                }
            }
            return sb.toString();
        }
    }

    private DiagnosticFormat() {
    }

    /** The framed, coloured form, for a terminal. */
    static String colour(ViewDiagnostic d, Palette p, int width) {
        StringBuilder buf = new StringBuilder();
        Tag tint = d.isError() ? Tag.RED : Tag.YELLOW;
        buf.append(p.of(Tag.BOLD, tint)).append(d.isError() ? "Error: " : "Warning: ").append(p.of(Tag.RESET));
        buf.append(p.of(Tag.BOLD)).append(d.summary()).append(p.of(Tag.RESET)).append("\n\n");
        snippet(buf, d, p);
        detail(buf, d.detail(), width - 2 - 1);
        String line = p.of(tint) + "│" + p.of(Tag.RESET) + " ";
        String lineEmpty = p.of(tint) + "│" + p.of(Tag.RESET);
        StringBuilder ruled = new StringBuilder(p.of(tint)).append("╷").append(p.of(Tag.RESET)).append('\n');
        for (String l : lines(buf.toString())) {
            ruled.append(l.isEmpty() ? lineEmpty : line).append(l).append('\n');
        }
        return ruled.append(p.of(tint)).append("╵").append(p.of(Tag.RESET)).append('\n').toString();
    }

    /** The plain form: no frame, no colour, no underline. */
    static String plain(ViewDiagnostic d, int width) {
        StringBuilder buf = new StringBuilder("\n").append(d.isError() ? "Error: " : "Warning: ").append(d.summary()).append("\n\n");
        snippet(buf, d, Palette.NONE);
        detail(buf, d.detail(), width - 1);
        return buf.toString();
    }

    /**
     * Terraform's compact warnings ({@code -compact-warnings} when there are only warnings): one
     * "- summary" line per distinct summary, with where the first is and how many more share it.
     */
    static String compactWarnings(List<ViewDiagnostic> warnings, Palette p) {
        Map<String, List<ViewDiagnostic>> bySummary = new LinkedHashMap<>();
        List<List<ViewDiagnostic>> groups = new ArrayList<>();
        for (ViewDiagnostic w : warnings) {
            if (w.range() == null) {
                groups.add(List.of(w)); // sourceless warnings are not consolidated
                continue;
            }
            List<ViewDiagnostic> g = bySummary.get(w.summary());
            if (g == null) {
                g = new ArrayList<>();
                bySummary.put(w.summary(), g);
                groups.add(g);
            }
            g.add(w);
        }
        StringBuilder b = new StringBuilder(p.of(Tag.BOLD, Tag.YELLOW)).append("Warnings:").append(p.of(Tag.RESET)).append("\n\n");
        for (List<ViewDiagnostic> g : groups) {
            ViewDiagnostic first = g.get(0);
            b.append("- ").append(first.summary()).append('\n');
            if (first.range() != null) {
                b.append("  on ").append(first.range().filename()).append(" line ").append(first.range().start().line());
                b.append(g.size() > 1 ? " (and " + (g.size() - 1) + " more)" : "").append('\n');
            }
        }
        return b.toString();
    }

    private static void snippet(StringBuilder buf, ViewDiagnostic d, Palette p) {
        if (d.address() != null && !d.address().isEmpty()) {
            buf.append("  with ").append(d.address()).append(",\n");
        }
        if (d.range() == null) {
            if (d.address() != null && !d.address().isEmpty()) {
                // Deviation: Terraform runs the detail on right after "with ADDR," here (its resource
                // diagnostics always have a place); a blank line keeps the detail a paragraph of its own.
                buf.append('\n');
            }
            return;
        }
        ViewDiagnostic.Snippet s = d.snippet();
        if (s == null) {
            buf.append("  on ").append(d.range().filename()).append(" line ").append(d.range().start().line())
                    .append(":\n  (source code not available)\n\n");
            return;
        }
        buf.append("  on ").append(d.range().filename()).append(" line ").append(d.range().start().line())
                .append(s.context() == null ? "" : ", in " + s.context()).append(":\n");
        byte[] code = s.code().getBytes(StandardCharsets.UTF_8);
        int start = Math.max(0, Math.min(s.highlightStart(), code.length));
        int end = s.highlightEnd() < s.highlightStart() ? Math.min(start + 1, code.length) : Math.max(0, Math.min(s.highlightEnd(), code.length));
        String marked = new String(code, 0, start, StandardCharsets.UTF_8) + p.of(Tag.UNDERLINE)
                + new String(code, start, end - start, StandardCharsets.UTF_8) + p.of(Tag.RESET)
                + new String(code, end, code.length - end, StandardCharsets.UTF_8);
        String[] codeLines = marked.split("\n", -1);
        for (int i = 0; i < codeLines.length; i++) {
            buf.append(String.format("%4d: %s%n", s.startLine() + i, codeLines[i]).replace(System.lineSeparator(), "\n"));
        }
        if (!s.values().isEmpty()) {
            buf.append("    ").append(p.of(Tag.DARK_GRAY)).append("├────────────────").append(p.of(Tag.RESET)).append('\n');
            for (dev.sslform.plugin.config.diag.ExpressionValue v : s.values()) {
                String[] stmt = v.statement().split("\n", -1);
                buf.append("    ").append(p.of(Tag.DARK_GRAY)).append("│").append(p.of(Tag.RESET)).append(' ')
                        .append(p.of(Tag.BOLD)).append(v.traversal()).append(p.of(Tag.RESET)).append(' ').append(stmt[0]).append('\n');
                for (int i = 1; i < stmt.length; i++) {
                    buf.append("    ").append(p.of(Tag.DARK_GRAY)).append("│").append(p.of(Tag.RESET)).append("   ").append(stmt[i]).append('\n');
                }
            }
        }
        buf.append('\n');
    }

    private static void detail(StringBuilder buf, String detail, int limit) {
        if (detail == null || detail.isEmpty()) {
            return;
        }
        if (limit <= 0) {
            buf.append(detail).append('\n');
            return;
        }
        for (String line : detail.split("\n", -1)) {
            buf.append(line.startsWith(" ") ? line : WordWrap.wrap(line, limit)).append('\n');
        }
    }

    /** The lines of {@code s} as Go's bufio.Scanner gives them: no trailing empty line for a final newline. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
