package dev.sslform.plugin.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform's colours for plan and apply output on a terminal: the action symbols green
 * ({@code +}), yellow ({@code ~}) and red ({@code -}, and {@code -/+} as red and green), the
 * {@code # address} headings and "Plan:" in bold, "No changes." and "Apply complete!" in bold
 * green, "Error:" in bold red, "Warning:" in bold yellow. Applied line by line to what the
 * commands print, so the plain renderings stay the single source of the text.
 */
final class Colour {

    static final String RESET = "\u001b[0m";
    static final String BOLD = "\u001b[1m";
    static final String RED = "\u001b[31m";
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";

    private static final Pattern SYMBOL = Pattern.compile("^(\\s*)(-/\\+|\\+/-|[+~-])( .*)$");
    private static final Pattern HEADING = Pattern.compile("^(\\s*# [^\\s(]\\S*)(.*)$");

    private Colour() {
    }

    /** One line (without its newline) in colour. */
    static String line(String l) {
        if (l.startsWith("Error: ")) {
            return BOLD + RED + "Error: " + RESET + BOLD + l.substring(7) + RESET;
        }
        if (l.startsWith("Warning: ")) {
            return BOLD + YELLOW + "Warning: " + RESET + BOLD + l.substring(9) + RESET;
        }
        if (l.startsWith("Plan: ")) {
            return BOLD + "Plan:" + RESET + l.substring(5);
        }
        if (l.startsWith("No changes.")) {
            return BOLD + GREEN + "No changes." + RESET + BOLD + l.substring(11) + RESET;
        }
        if (l.startsWith("Apply complete!") || l.startsWith("Destroy complete!")) {
            return BOLD + GREEN + l + RESET;
        }
        Matcher h = HEADING.matcher(l);
        if (h.matches()) {
            return BOLD + h.group(1) + RESET + h.group(2);
        }
        Matcher m = SYMBOL.matcher(l);
        if (m.matches()) {
            return m.group(1) + symbol(m.group(2)) + m.group(3);
        }
        return l;
    }

    private static String symbol(String s) {
        return switch (s) {
            case "+" -> GREEN + "+" + RESET;
            case "~" -> YELLOW + "~" + RESET;
            case "-" -> RED + "-" + RESET;
            case "-/+" -> RED + "-" + RESET + "/" + GREEN + "+" + RESET;
            case "+/-" -> GREEN + "+" + RESET + "/" + RED + "-" + RESET;
            default -> s;
        };
    }

    /**
     * A writer that colours each whole line it passes on; a partial line (a prompt) goes out as
     * it is when flushed.
     */
    static PrintWriter writer(PrintWriter target) {
        return new PrintWriter(new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] buf, int off, int len) {
                synchronized (pending) {
                    for (int i = off; i < off + len; i++) {
                        char c = buf[i];
                        if (c == '\n') {
                            target.write(line(pending.toString()));
                            target.write('\n');
                            pending.setLength(0);
                        } else {
                            pending.append(c);
                        }
                    }
                }
            }

            @Override
            public void flush() {
                synchronized (pending) {
                    target.write(pending.toString());
                    pending.setLength(0);
                    target.flush();
                }
            }

            @Override
            public void close() {
                flush();
            }
        }, true);
    }
}
