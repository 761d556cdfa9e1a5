package dev.sslform.plugin.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version constraint in Terraform's syntax: comma-separated terms, each an optional operator
 * ({@code =}, {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=}, {@code ~>}; none means
 * {@code =}) and a version of one to three numbers with an optional {@code -prerelease}. All terms
 * must hold. {@code ~> 1.2} allows 1.2 and later 1.x; {@code ~> 1.2.3} allows later 1.2.x. A
 * version with a prerelease matches only a term that names that exact prerelease, as in Terraform.
 */
public final class VersionConstraint {
    private static final Pattern TERM = Pattern.compile("\\s*(=|!=|>=|<=|>|<|~>)?\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?\\s*");

    private record Term(String op, long[] version, int given, String pre) {
    }

    private final String text;
    private final List<Term> terms;

    private VersionConstraint(String text, List<Term> terms) {
        this.text = text;
        this.terms = terms;
    }

    /** Parses {@code text}; throws IllegalArgumentException naming the bad term. */
    public static VersionConstraint parse(String text) {
        List<Term> terms = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = TERM.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + part.trim() + "\" is not a valid version constraint term;"
                        + " expected an operator (=, !=, >, >=, <, <=, ~>) and a version such as 1.82.0");
            }
            int given = m.group(4) != null ? 3 : m.group(3) != null ? 2 : 1;
            long[] v = {num(m.group(2)), m.group(3) == null ? 0 : num(m.group(3)), m.group(4) == null ? 0 : num(m.group(4))};
            terms.add(new Term(m.group(1) == null ? "=" : m.group(1), v, given, m.group(5)));
        }
        return new VersionConstraint(text, terms);
    }

    private static long num(String s) {
        BigInteger b = new BigInteger(s);
        if (b.bitLength() > 62) {
            throw new IllegalArgumentException("version number " + s + " is too large");
        }
        return b.longValue();
    }

    /** Whether {@code version} (such as 1.82.99) satisfies every term. */
    public boolean allows(String version) {
        Matcher m = TERM.matcher(version);
        if (!m.matches() || m.group(1) != null) {
            throw new IllegalArgumentException("not a version: " + version);
        }
        long[] v = {num(m.group(2)), m.group(3) == null ? 0 : num(m.group(3)), m.group(4) == null ? 0 : num(m.group(4))};
        String pre = m.group(5);
        for (Term t : terms) {
            if (!holds(t, v, pre)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Term t, long[] v, String pre) {
        if (pre != null && !(pre.equals(t.pre()) && compare(v, t.version()) == 0)) {
            // A prerelease is only ever chosen by a term naming it.
            return t.op().equals("!=");
        }
        int c = compare(v, t.version());
        if (c == 0 && t.pre() != null && pre == null) {
            c = 1; // 1.2.3 is after 1.2.3-beta
        }
        return switch (t.op()) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> c >= 0 && pessimisticUpper(t, v);
        };
    }

    /** ~> allows the last given number to grow: ~> 1.2 stays below 2.0, ~> 1.2.3 below 1.3.0, ~> 1 below 2. */
    private static boolean pessimisticUpper(Term t, long[] v) {
        int fixed = Math.max(1, t.given() - 1);
        for (int i = 0; i < fixed; i++) {
            if (v[i] != t.version()[i]) {
                return false;
            }
        }
        return true;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
