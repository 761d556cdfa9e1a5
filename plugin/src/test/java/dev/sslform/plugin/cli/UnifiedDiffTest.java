package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fmt -diff} prints what Terraform prints, which is GNU {@code diff -u --label=old/NAME
 * --label=new/NAME}: each {@code src/test/resources/fmt-diff/NAME.diff} was made by that
 * command from a corpus input and its golden (see {@code src/test/fmt-golden/README.md}).
 */
class UnifiedDiffTest {
    static final Path CORPUS = Path.of("src/test/resources/fmt");
    static final Path DIFFS = Path.of("src/test/resources/fmt-diff");

    static List<String> inputs() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tf")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void the_diff_of_each_corpus_file_matches_gnu_diff(String name) throws IOException {
        String before = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        String after = Files.readString(CORPUS.resolve(name + ".golden"), StandardCharsets.UTF_8);
        String expected = Files.readString(DIFFS.resolve(name + ".diff"), StandardCharsets.UTF_8);
        assertEquals(expected, before.equals(after) ? "" : UnifiedDiff.diff(before, after, name), name);
    }

    @Test
    void distant_changes_make_separate_hunks_and_changes_six_lines_apart_share_one() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append('\n');
        }
        String b = a.toString().replace("\n2\n", "\ntwo\n").replace("\n13\n", "\nthirteen\n").replace("\n19\n", "\nnineteen\n");
        // Expected text from GNU diff -u --label=old/f.tf --label=new/f.tf on the same two files.
        assertEquals("""
                --- old/f.tf
                +++ new/f.tf
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -10,11 +10,11 @@
                 10
                 11
                 12
                -13
                +thirteen
                 14
                 15
                 16
                 17
                 18
                -19
                +nineteen
                 20
                """, UnifiedDiff.diff(a.toString(), b, "f.tf"));
    }

    @Test
    void added_and_removed_lines_at_the_ends() {
        assertEquals("--- old/f.tf\n+++ new/f.tf\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.diff("", "a\n", "f.tf"));
        assertEquals("--- old/f.tf\n+++ new/f.tf\n@@ -1,2 +1 @@\n a\n-b\n", UnifiedDiff.diff("a\nb\n", "a\n", "f.tf"));
    }
}
