package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnostics goldens: each {@code testdata/validate-<case>/} holds configuration files, an
 * optional {@code args} file (extra flags, one per line), and the expected human output
 * ({@code expected.txt}) and {@code -json} output ({@code expected.json}), each ending with the
 * exit code. Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change.
 */
class ValidateGoldenTest {
    private static final Path TESTDATA = Path.of("src/test/resources/testdata");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Path> cases() throws IOException {
        return Files.list(TESTDATA).filter(p -> p.getFileName().toString().startsWith("validate-")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void human_output_matches_golden(Path dir) throws IOException {
        check(dir, "expected.txt", "-no-color");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void json_output_matches_golden(Path dir) throws IOException {
        check(dir, "expected.json", "-json");
    }

    private static void check(Path dir, String golden, String flag) throws IOException {
        List<String> args = new ArrayList<>(List.of("-chdir=" + dir, "validate", flag));
        Path extra = dir.resolve("args");
        if (Files.exists(extra)) {
            Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(args::add);
        }
        CliRunner.Result r = CliRunner.run(Map.of("TF_VAR_from_env", "env-value"), args.toArray(String[]::new));
        String actual = r.output() + "exit: " + r.exitCode() + "\n";
        Path file = dir.resolve(golden);
        if (UPDATE || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, dir + "/" + golden);
    }
}
