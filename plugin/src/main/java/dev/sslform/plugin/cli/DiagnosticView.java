package dev.sslform.plugin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every command's errors and warnings go, whichever part of the program raised them (the
 * configuration, the provider, the state backend, the command line): Terraform's
 * {@code View.Diagnostics}. With {@code -json}, each is a {@code diagnostic} message of the
 * machine-readable UI; otherwise each is rendered by {@link DiagnosticFormat} (framed and
 * coloured on a terminal, plain otherwise), errors on stderr and warnings on stdout. Warnings with
 * the same summary and a place in the configuration are shown once ("(and 2 more similar warnings
 * elsewhere)"), and with {@code -compact-warnings} and no errors, as the compact list.
 */
final class DiagnosticView {
    /** Terraform's width when the output is not a terminal, or the terminal's width is unknown. */
    static final int DEFAULT_WIDTH = 78;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;
    private final int width;
    private final boolean compactWarnings;
    private final JsonUi json;

    DiagnosticView(PrintWriter out, PrintWriter err, boolean colour, int width, boolean compactWarnings, JsonUi json) {
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.width = width;
        this.compactWarnings = compactWarnings;
        this.json = json;
    }

    /**
     * The width diagnostics wrap to: the terminal's, as the {@code COLUMNS} environment variable
     * gives it, when the output is a terminal; otherwise (or when COLUMNS is not exported)
     * {@value #DEFAULT_WIDTH}, as Terraform.
     */
    static int width(Map<String, String> env, boolean terminal) {
        String columns = env.get("COLUMNS");
        if (terminal && columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        return DEFAULT_WIDTH;
    }

    /** One diagnostic, as text for the terminal (colour) or for a pipe or file (plain). */
    static String render(ViewDiagnostic d, boolean colour, int width) {
        return colour ? DiagnosticFormat.colour(d, DiagnosticFormat.Palette.ANSI, width) : DiagnosticFormat.plain(d, width);
    }

    void show(ViewDiagnostic d) {
        show(List.of(d));
    }

    /** Shows {@code diags} in order; returns whether any is an error. */
    boolean show(List<ViewDiagnostic> diags) {
        boolean errors = diags.stream().anyMatch(ViewDiagnostic::isError);
        if (diags.isEmpty()) {
            return false;
        }
        if (json != null) {
            diags.forEach(json::diagnostic);
            return errors;
        }
        List<List<ViewDiagnostic>> groups = consolidated(diags);
        if (compactWarnings && !errors) {
            List<ViewDiagnostic> flat = new ArrayList<>();
            groups.forEach(flat::addAll);
            out.print("\n" + DiagnosticFormat.compactWarnings(flat, colour ? DiagnosticFormat.Palette.ANSI : DiagnosticFormat.Palette.NONE)
                    + "\nTo see the full warning notes, run sslform without -compact-warnings.\n");
            out.flush();
            return false;
        }
        for (List<ViewDiagnostic> g : groups) {
            ViewDiagnostic d = g.get(0);
            if (g.size() > 1) {
                String more = g.size() == 2 ? "(and one more similar warning elsewhere)"
                        : "(and " + (g.size() - 1) + " more similar warnings elsewhere)";
                d = new ViewDiagnostic(d.severity(), d.summary(), d.detail().isEmpty() ? more : d.detail() + "\n\n" + more,
                        d.address(), d.range(), d.snippet());
            }
            PrintWriter w = d.isError() ? err : out;
            synchronized (w) {
                w.print(render(d, colour, width));
                w.flush();
            }
        }
        return errors;
    }

    /** An error with no place in the configuration; returns {@link ExitCodes#ERROR}. */
    int error(String summary, String detail) {
        show(ViewDiagnostic.sourceless(true, summary, detail));
        return ExitCodes.ERROR;
    }

    void warning(String summary, String detail) {
        show(ViewDiagnostic.sourceless(false, summary, detail));
    }

    /**
     * Terraform's {@code ConsolidateWarnings(1)}: warnings that have a place in the configuration
     * are grouped by summary, each group where its first member was; everything else stands alone.
     */
    static List<List<ViewDiagnostic>> consolidated(List<ViewDiagnostic> diags) {
        List<List<ViewDiagnostic>> out = new ArrayList<>();
        Map<String, List<ViewDiagnostic>> bySummary = new LinkedHashMap<>();
        for (ViewDiagnostic d : diags) {
            if (d.isError() || d.range() == null) {
                out.add(List.of(d));
                continue;
            }
            List<ViewDiagnostic> g = bySummary.get(d.summary());
            if (g == null) {
                g = new ArrayList<>();
                bySummary.put(d.summary(), g);
                out.add(g);
            }
            g.add(d);
        }
        return out;
    }
}
