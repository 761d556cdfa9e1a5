package dev.sslform.plugin.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command answers {@code --help} with its usage and exit 0, as docs/sslform.md promises. */
class CommandHelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan", "apply", "destroy", "import", "show", "state", "state list", "state show",
            "state rm", "version", "force-unlock", "init", "output", "workspace", "workspace new", "workspace select",
            "workspace list", "workspace show", "workspace delete", "providers", "providers schema", "state pull", "state push", "state mv"})
    void every_command_prints_its_usage_for_help(String command) {
        String[] words = (command + " --help").split(" ");
        CliRunner.Result r = CliRunner.run(Map.of(), words);
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Usage: sslform " + command), r.output());
        assertFalse(r.output().contains("Unknown option"), r.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "apply", "state list"})
    void an_unknown_option_exits_1_not_2_which_would_read_as_changes(String command) {
        String[] words = (command + " -detailed-exitcode-typo").split(" ");
        CliRunner.Result r = CliRunner.run(Map.of(), words);
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("Unknown option"), r.output());
    }
}
