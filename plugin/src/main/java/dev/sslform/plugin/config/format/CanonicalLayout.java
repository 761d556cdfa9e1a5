package dev.sslform.plugin.config.format;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HashiCorp's canonical HCL layout, the rules of {@code hclwrite}'s formatter: only the spaces
 * before tokens change. Three passes over the lines of a token stream:
 * <ol>
 * <li>indentation: two spaces per open bracket level, counted per line (a line that opens
 *     several brackets indents the next lines once, and the line that closes them all dedents
 *     once);</li>
 * <li>spacing between the tokens of a line (none inside brackets, around dots or before commas;
 *     one around binary operators and braces; a minus after an operator or opener is a
 *     negation and keeps its operand);</li>
 * <li>alignment: in a run of consecutive lines that each hold a whole attribute assignment, the
 *     {@code =} signs line up one column after the longest name; in a run of consecutive lines
 *     that end with a trailing comment, the comments line up. A blank line, a comment-only line,
 *     a block header, a closing bracket or the first line of a multi-line value ends a run.</li>
 * </ol>
 * A line here ends at a newline token or a line comment (which carries its own newline), so a
 * heredoc and everything up to its closing marker's line end is a single line, kept verbatim.
 */
final class CanonicalLayout {
    /** A line split into up to three cells, as hclwrite does: the lead, the assignment from {@code =}, a trailing comment. */
    private static final class Line {
        List<FmtToken> lead = List.of();
        List<FmtToken> assign;
        List<FmtToken> comment;
    }


    private CanonicalLayout() {
    }

    /** Adjusts the spaces of {@code tokens} (ending with EOF) in place. */
    static void apply(List<FmtToken> tokens) {
        List<Line> lines = lines(tokens);
        indent(lines);
        spaces(lines);
        align(lines);
    }

    /** The text of {@code tokens} with their spaces. */
    static String render(List<FmtToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (FmtToken t : tokens) {
            sb.append(" ".repeat(Math.max(0, t.spaces))).append(t.text);
        }
        return sb.toString();
    }

    private static List<Line> lines(List<FmtToken> tokens) {
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        int end = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            FmtToken t = tokens.get(i);
            if (t.is(EOF)) {
                end = i;
                break;
            }
            if (t.endsLine()) {
                Line l = new Line();
                l.lead = tokens.subList(lineStart, i + 1);
                lines.add(l);
                lineStart = i + 1;
            }
        }
        Line last = new Line();
        last.lead = tokens.subList(lineStart, end);
        lines.add(last);

        for (Line line : lines) {
            List<FmtToken> lead = line.lead;
            if (lead.isEmpty()) {
                continue;
            }
            if (lead.size() > 1 && lead.get(lead.size() - 1).is(COMMENT)) {
                line.comment = lead.subList(lead.size() - 1, lead.size());
                lead = lead.subList(0, lead.size() - 1);
                line.lead = lead;
            }
            for (int i = 1; i < lead.size(); i++) {
                if (lead.get(i).is(EQUAL)) {
                    // Only a whole expression on this line makes an assignment cell; a value that
                    // opens more brackets than it closes continues on the next lines.
                    int net = 0;
                    for (FmtToken t : lead.subList(i, lead.size())) {
                        net += t.bracketChange();
                    }
                    if (net == 0) {
                        line.assign = lead.subList(i, lead.size());
                        line.lead = lead.subList(0, i);
                    }
                    break;
                }
            }
        }
        return lines;
    }

    private static void indent(List<Line> lines) {
        List<Integer> indents = new ArrayList<>();
        for (Line line : lines) {
            if (line.lead.isEmpty()) {
                continue;
            }
            FmtToken first = line.lead.get(0);
            if (first.is(NEWLINE)) {
                first.spaces = 0;
                continue;
            }
            int net = 0;
            for (FmtToken t : line.lead) {
                net += t.bracketChange();
                if (t.is(OHEREDOC)) {
                    break;
                }
            }
            if (line.assign != null) {
                for (FmtToken t : line.assign) {
                    net += t.bracketChange();
                }
            }
            if (net > 0) {
                first.spaces = 2 * indents.size();
                indents.add(net);
            } else {
                int closed = -net;
                while (closed > 0 && !indents.isEmpty()) {
                    int top = indents.get(indents.size() - 1);
                    if (closed > top) {
                        closed -= top;
                        indents.remove(indents.size() - 1);
                    } else if (closed < top) {
                        indents.set(indents.size() - 1, top - closed);
                        closed = 0;
                    } else {
                        indents.remove(indents.size() - 1);
                        closed = 0;
                    }
                }
                first.spaces = 2 * indents.size();
            }
        }
    }

    private static void spaces(List<Line> lines) {
        for (Line line : lines) {
            spaceCell(line.lead, false);
            if (line.assign != null) {
                spaceCell(line.assign, true);
            }
        }
    }

    private static void spaceCell(List<FmtToken> cell, boolean assign) {
        for (int i = 0; i < cell.size(); i++) {
            FmtToken t = cell.get(i);
            if (assign && i == 0) {
                t.spaces = 1;
            }
            if (i == cell.size() - 1) {
                continue;
            }
            FmtToken before = i > 0 ? cell.get(i - 1) : TokenSpacing.NIL;
            FmtToken after = cell.get(i + 1);
            after.spaces = TokenSpacing.spaceAfter(t, before, after) ? 1 : 0;
        }
    }

    private static void align(List<Line> lines) {
        int chainStart = -1;
        int max = 0;
        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            if (line == null || line.assign == null) {
                if (chainStart != -1) {
                    for (Line l : lines.subList(chainStart, i)) {
                        l.assign.get(0).spaces = max - columns(l.lead) + 1;
                    }
                    chainStart = -1;
                    max = 0;
                }
            } else {
                if (chainStart == -1) {
                    chainStart = i;
                }
                max = Math.max(max, columns(line.lead));
            }
        }
        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            if (line == null || line.comment == null) {
                if (chainStart != -1) {
                    for (Line l : lines.subList(chainStart, i)) {
                        l.comment.get(0).spaces = max - columns(l.lead) - columns(l.assign) + 1;
                    }
                    chainStart = -1;
                    max = 0;
                }
            } else {
                if (chainStart == -1) {
                    chainStart = i;
                }
                max = Math.max(max, columns(line.lead) + columns(line.assign));
            }
        }
    }

    /** The columns a cell takes: its spaces plus the user-perceived characters of its text. */
    private static int columns(List<FmtToken> cell) {
        if (cell == null) {
            return 0;
        }
        int n = 0;
        for (FmtToken t : cell) {
            n += t.spaces + graphemes(t.text);
        }
        return n;
    }

    private static int graphemes(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            char ch = s.charAt(i);
            ascii = ch < 0x80 && ch != '\r';
        }
        if (ascii) {
            return s.length();
        }
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }
}
