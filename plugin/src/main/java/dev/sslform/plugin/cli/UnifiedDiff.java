package dev.sslform.plugin.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff with three lines of context, in the shape {@code diff -u --label=old/PATH
 * --label=new/PATH} prints it (what {@code terraform fmt -diff} shows). Lines are compared as
 * written, line ends included; a last line without a newline is marked as diff marks it.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private record Op(char kind, int a, int b) {
    }

    private UnifiedDiff() {
    }

    static String diff(String oldText, String newText, String path) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Op> ops = ops(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("--- old/").append(path).append('\n').append("+++ new/").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within two contexts of this one.
            while (true) {
                int next = end;
                while (next < ops.size() && ops.get(next).kind != ' ') {
                    next++;
                }
                int gap = next;
                while (gap < ops.size() && ops.get(gap).kind == ' ') {
                    gap++;
                }
                if (gap < ops.size() && gap - next <= 2 * CONTEXT) {
                    end = gap;
                } else {
                    end = Math.min(ops.size(), next + CONTEXT);
                    break;
                }
            }
            hunk(sb, ops.subList(start, end), a, b);
            i = end;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<Op> hunk, List<String> a, List<String> b) {
        int aStart = -1;
        int bStart = -1;
        int aLen = 0;
        int bLen = 0;
        for (Op op : hunk) {
            if (op.kind != '+') {
                aStart = aStart < 0 ? op.a : aStart;
                aLen++;
            }
            if (op.kind != '-') {
                bStart = bStart < 0 ? op.b : bStart;
                bLen++;
            }
        }
        Op first = hunk.get(0);
        sb.append("@@ -").append(range(aStart < 0 ? first.a : aStart, aLen)).append(" +")
                .append(range(bStart < 0 ? first.b : bStart, bLen)).append(" @@\n");
        for (Op op : hunk) {
            String line = op.kind == '+' ? b.get(op.b) : a.get(op.a);
            sb.append(op.kind).append(line);
            if (!line.endsWith("\n")) {
                sb.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** "start,len" with 1-based start; a one-line range is just its number, an empty one names the line before. */
    private static String range(int start, int len) {
        if (len == 0) {
            return start + ",0";
        }
        return len == 1 ? String.valueOf(start + 1) : (start + 1) + "," + len;
    }

    private static List<String> lines(String s) {
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

    /** The edit script from a longest common subsequence; a/b hold each op's line index in its file. */
    private static List<Op> ops(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', i++, j++));
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                ops.add(new Op('+', i, j++));
            } else {
                ops.add(new Op('-', i++, j));
            }
        }
        // As diff prints a change: every removed line of a run first, then every added one.
        for (int k = 0; k < ops.size(); ) {
            int end = k;
            while (end < ops.size() && ops.get(end).kind != ' ') {
                end++;
            }
            if (end > k) {
                List<Op> run = ops.subList(k, end);
                List<Op> sorted = new ArrayList<>(run.stream().filter(o -> o.kind == '-').toList());
                sorted.addAll(run.stream().filter(o -> o.kind == '+').toList());
                for (int x = 0; x < sorted.size(); x++) {
                    run.set(x, sorted.get(x));
                }
                k = end;
            } else {
                k++;
            }
        }
        return ops;
    }
}
