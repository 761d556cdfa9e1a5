package dev.sslform.plugin.config.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The fmt corpus: every {@code src/test/resources/fmt/NAME.tf} formatted by {@link HclFormatter#layout}
 * must equal, byte for byte, {@code NAME.tf.golden}, which HashiCorp's own formatter produced
 * ({@code format()} of {@code @cdktf/hcl-tools@0.21.0}, hclwrite compiled to WebAssembly; see
 * {@code src/test/fmt-golden/README.md}). The goldens are never written by this test.
 */
class FormatCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/fmt");

    static List<String> inputs() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tf")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void layout_matches_hashicorps_formatter_byte_for_byte(String name) throws IOException {
        String src = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        String golden = Files.readString(CORPUS.resolve(name + ".golden"), StandardCharsets.UTF_8);
        assertEquals(golden, HclFormatter.layout(src), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void formatting_a_golden_changes_nothing(String name) throws IOException {
        String golden = Files.readString(CORPUS.resolve(name + ".golden"), StandardCharsets.UTF_8);
        assertEquals(golden, HclFormatter.layout(golden), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void layout_changes_nothing_but_spaces(String name) throws IOException {
        String src = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        assertEquals(src.replaceAll("[ \t]", ""), HclFormatter.layout(src).replaceAll("[ \t]", ""), name);
    }

    @Test
    void the_corpus_covers_every_theme_the_issue_names() throws IOException {
        List<String> names = inputs();
        for (String theme : List.of("attribute-runs", "comments", "objects-tuples", "for-expressions", "expressions",
                "heredocs", "templates", "spacing", "nesting")) {
            assertTrue(names.contains(theme + ".tf"), theme);
        }
    }
}
