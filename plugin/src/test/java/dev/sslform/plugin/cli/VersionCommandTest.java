package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.support.BuildInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sslform version}, {@code version -json} and {@code --version}: what the build embedded, in Terraform's shapes. */
class VersionCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_build_embeds_the_pom_version_and_a_commit() {
        BuildInfo b = BuildInfo.current();
        assertTrue(b.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), b.version());
        // Built from a git checkout here: an abbreviated hex id; "unknown" only outside git.
        assertTrue(b.commit().matches("[0-9a-f]{7,40}") || b.commit().equals(BuildInfo.UNKNOWN), b.commit());
    }

    @Test
    void version_prints_version_commit_platform_and_the_built_in_provider() {
        CliRunner.Result r = CliRunner.run(Map.of(), "version");
        assertEquals(0, r.exitCode(), r.output());
        BuildInfo b = BuildInfo.current();
        assertEquals("sslform v" + b.version() + " (commit " + b.commit() + ")\n"
                + "on " + BuildInfo.platform() + "\n"
                + "+ provider registry.terraform.io/tencentcloudstack/tencentcloud v" + b.version() + " (built in)\n", r.output());
    }

    @Test
    void dash_dash_version_prints_the_first_line() {
        CliRunner.Result r = CliRunner.run(Map.of(), "--version");
        assertEquals(0, r.exitCode(), r.output());
        assertEquals(VersionCommand.firstLine(BuildInfo.current()) + "\n", r.output());
    }

    @Test
    void version_json_has_exactly_terraforms_fields() throws Exception {
        CliRunner.Result r = CliRunner.run(Map.of(), "version", "-json");
        assertEquals(0, r.exitCode(), r.output());
        JsonNode root = JSON.readTree(r.output());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("terraform_version", "platform", "provider_selections", "terraform_outdated"), fields);
        assertEquals(BuildInfo.current().version(), root.get("terraform_version").asText());
        assertEquals(BuildInfo.platform(), root.get("platform").asText());
        assertEquals(BuildInfo.current().version(),
                root.get("provider_selections").get("registry.terraform.io/tencentcloudstack/tencentcloud").asText());
        assertEquals(1, root.get("provider_selections").size());
        assertTrue(root.get("terraform_outdated").isBoolean());
        assertFalse(root.get("terraform_outdated").asBoolean());
    }

    @Test
    void the_fast_path_prints_exactly_what_the_command_tree_prints() {
        for (String[] args : new String[][] {{"version"}, {"version", "-json"}, {"--version"}, {"-V"}}) {
            CliRunner.Result r = CliRunner.run(Map.of(), args);
            assertEquals(0, r.exitCode(), r.output());
            assertEquals(r.output(), VersionCommand.fastPath(args), String.join(" ", args));
        }
    }

    @Test
    void any_other_command_line_takes_the_usual_path() {
        for (String[] args : new String[][] {{}, {"validate"}, {"version", "-help"}, {"version", "-json", "x"},
                {"-chdir=x", "version"}, {"version", "--help"}, {"--help"}}) {
            assertEquals(null, VersionCommand.fastPath(args), String.join(" ", args));
        }
    }

    @Test
    void json_is_laid_out_as_terraform_prints_it_and_escapes_strings() {
        String out = VersionCommand.json(new BuildInfo("1.2.3", "abc"), "linux_amd64");
        assertEquals("{\n  \"terraform_version\": \"1.2.3\",\n  \"platform\": \"linux_amd64\",\n"
                + "  \"provider_selections\": {\n    \"registry.terraform.io/tencentcloudstack/tencentcloud\": \"1.2.3\"\n  },\n"
                + "  \"terraform_outdated\": false\n}\n", out);
        assertTrue(VersionCommand.json(new BuildInfo("1\"2\\3", "x"), "p").contains("\"1\\\"2\\\\3\""));
    }
}
