package dev.sslform.plugin.config.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.config.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our parser against HashiCorp's: every file in {@code hcl-parity/} was converted to JSON by
 * HCL itself (src/test/hcl2json/regen.sh) and our parse, rendered the same way, must match.
 */
class HclParityTest {
    static final Path CORPUS = Path.of("src/test/resources/hcl-parity");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).filter(p -> !p.toString().endsWith(".golden.json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void parses_like_hashicorp_hcl(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Diagnostics diags = new Diagnostics();
        Body body = HclParser.parseFile(file.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8), diags);
        assertTrue(diags.isEmpty(), () -> "unexpected diagnostics:\n" + diags);
        JsonNode ours = new Hcl2JsonView(bytes).body(body);
        JsonNode golden = JSON.readTree(file.resolveSibling(file.getFileName() + ".golden.json").toFile());
        compare("$", golden, ours);
    }

    private static void compare(String path, JsonNode golden, JsonNode ours) {
        if (golden.isNumber() && ours.isNumber()) {
            // hcl2json passes numbers through JavaScript doubles; ours are exact, so compare as doubles.
            assertEquals(golden.doubleValue(), ours.decimalValue().doubleValue(), 0.0, path);
            return;
        }
        if (golden.getNodeType() != ours.getNodeType()) {
            fail(path + ": expected " + golden + " but was " + ours);
        }
        if (golden.isObject()) {
            assertEquals(iterable(golden.fieldNames()), iterable(ours.fieldNames()), path + " keys");
            for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(path + "." + e.getKey(), e.getValue(), ours.get(e.getKey()));
            }
        } else if (golden.isArray()) {
            assertEquals(golden.size(), ours.size(), path + " size");
            for (int i = 0; i < golden.size(); i++) {
                compare(path + "[" + i + "]", golden.get(i), ours.get(i));
            }
        } else {
            assertEquals(golden, ours, path);
        }
    }

    private static java.util.Set<String> iterable(Iterator<String> it) {
        java.util.Set<String> s = new java.util.TreeSet<>();
        it.forEachRemaining(s::add);
        return s;
    }
}
