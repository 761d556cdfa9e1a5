package dev.sslform.plugin.config.diag;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …" for misspelt names: the candidate with the smallest edit distance, if it is
 * close enough (at most a third of the name's length, and at least 1 or 2 edits), as Terraform's
 * {@code didyoumean.NameSuggestion} does.
 */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> nearest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(given, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, given.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A " Did you mean "x"?" sentence to append to a detail, or "" when nothing is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return nearest(given, candidates).map(s -> " Did you mean \"" + s + "\"?").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
