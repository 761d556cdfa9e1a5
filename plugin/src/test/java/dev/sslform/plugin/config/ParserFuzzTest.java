package dev.sslform.plugin.config;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Functions;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs never make the parsers or the evaluator throw or hang: every problem
 * must come back as a diagnostic. Fixed seed and bounded iterations, so a failure reproduces.
 */
class ParserFuzzTest {
    private static final long SEED = 20260529L;
    private static final int MUTATIONS_PER_SEED = 150;
    private static final int RANDOM_INPUTS = 1500;
    private static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final String[] PIECES = {"{", "}", "[", "]", "(", ")", "\"", "${", "%{", "~}", "}", "<<EOT\n", "<<-EOT\n",
            "EOT\n", "\n", "#", "//", "/*", "*/", "\\", "\\u00", "=", "==", ",", ".", "...", "*", "?", ":", "=>", "for ",
            " in ", "if ", "endif", "endfor", "else", "var.x", "local.y", "each.key", "count.index", "0", "1.5e3", "-",
            "!", "&&", "||", "true", "null", "é", "𝄞", "\r\n", "\t", "resource \"a\" \"b\" ", "upper(", "try(", "can(",
            "jsondecode(", "yamldecode(", "format(\"%d\"", "regex(\"(\"", "[*]", "'", ": ", "- ", "---\n", "&a ", "*a "};

    private final Evaluator evaluator = new Evaluator(Functions.standard(Path.of("src/test/resources/eval")));
    private final Scope scope = Scope.of(Map.of("var", new ObjectValue(Map.of("x", Value.of("a"))), "local",
            new ObjectValue(Map.of("y", Value.of(1)))));

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/hcl-parity"), Path.of("src/test/resources/formats"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> !p.toString().endsWith(".golden.json")).sorted().toList()) {
                    out.add(p.getFileName() + "\u0000" + Files.readString(p));
                }
            }
        }
        return out;
    }

    @Test
    void mutated_corpus_files_only_ever_produce_diagnostics() throws IOException {
        Random rnd = new Random(SEED);
        for (String seed : seeds()) {
            String name = seed.substring(0, seed.indexOf('\u0000'));
            String text = seed.substring(seed.indexOf('\u0000') + 1);
            for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
                String mutated = mutate(text, rnd);
                assertTimeoutPreemptively(PER_INPUT, () -> exercise(name, mutated), () -> name + " mutated:\n" + mutated);
            }
        }
    }

    @Test
    void random_token_soup_only_ever_produces_diagnostics() {
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(rnd.nextInt(4) == 0 ? String.valueOf((char) (32 + rnd.nextInt(95))) : PIECES[rnd.nextInt(PIECES.length)]);
            }
            String input = sb.toString();
            for (String name : List.of("soup.tf", "soup.tf.json", "soup.tf.yaml")) {
                assertTimeoutPreemptively(PER_INPUT, () -> exercise(name, input), () -> name + ":\n" + input);
            }
            assertTimeoutPreemptively(PER_INPUT, () -> evaluator.eval(HclParser.parseExpression("e", input, new Diagnostics()),
                    scope, new Diagnostics()), () -> "expression:\n" + input);
        }
    }

    private void exercise(String name, String text) {
        Diagnostics d = new Diagnostics();
        Body body = ConfigLoader.parse(name, text, d);
        evaluate(body, d);
    }

    private void evaluate(Body body, Diagnostics d) {
        for (Attribute a : body.attributes()) {
            evaluator.eval(a.expr(), scope, d);
        }
        for (Block b : body.blocks()) {
            evaluate(b.body(), d);
        }
    }

    private static String mutate(String text, Random rnd) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
            switch (rnd.nextInt(5)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(20)));
                case 1 -> sb.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
                case 2 -> sb.setLength(at);
                case 3 -> {
                    int end = Math.min(sb.length(), at + rnd.nextInt(40));
                    sb.insert(at, sb.substring(at, end));
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, (char) rnd.nextInt(0x250));
                    }
                }
            }
        }
        return sb.toString();
    }
}
