package dev.sslform.plugin.config.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The layout on broken input (hclwrite's Format accepts anything): mutated corpus files never
 * make it throw, and it still changes nothing but spaces.
 */
class LayoutFuzzTest {
    private static final String ALPHABET = "{}[]()\"'$%~<>=!?:,.#/*\n -+abc01\t";

    @Test
    void mutated_inputs_are_laid_out_without_errors_and_keep_every_other_character() throws Exception {
        Random random = new Random(20261207L);
        List<String> names = FormatCorpusTest.inputs();
        for (int round = 0; round < 1500; round++) {
            String src = Files.readString(FormatCorpusTest.CORPUS.resolve(names.get(random.nextInt(names.size()))),
                    StandardCharsets.UTF_8).replace("\r", "");
            StringBuilder sb = new StringBuilder(src);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                if (random.nextBoolean()) {
                    sb.deleteCharAt(at);
                } else {
                    sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String input = sb.toString();
            String out = HclFormatter.layout(input);
            assertEquals(input.replaceAll("[ \\t]", ""), out.replaceAll("[ \\t]", ""), () -> "input:\n" + input);
        }
    }

    @Test
    void formatting_mutated_inputs_that_parse_gives_files_that_still_parse_and_are_stable() throws Exception {
        Random random = new Random(7L);
        List<String> names = FormatCorpusTest.inputs();
        int parsed = 0;
        for (int round = 0; round < 1500; round++) {
            String src = Files.readString(FormatCorpusTest.CORPUS.resolve(names.get(random.nextInt(names.size()))),
                    StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder(src);
            int at = random.nextInt(sb.length());
            if (random.nextBoolean()) {
                sb.deleteCharAt(at);
            } else {
                sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = sb.toString();
            HclFormatter.Result r = HclFormatter.format("f.tf", input);
            if (!r.ok()) {
                continue;
            }
            parsed++;
            HclFormatter.Result again = HclFormatter.format("f.tf", r.text());
            assertEquals(true, again.ok(), () -> "the result no longer parses:\n" + r.text() + "\n" + again.diagnostics().asList());
            assertEquals(r.text(), again.text(), () -> "not stable for input:\n" + input);
        }
        assertEquals(true, parsed > 100, "enough mutations still parse to exercise the clean-ups: " + parsed);
    }
}
