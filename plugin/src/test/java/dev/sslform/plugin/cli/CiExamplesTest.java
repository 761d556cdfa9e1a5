package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The CI recipes in examples/ci are documentation, but they must stay runnable: each parses as
 * YAML, and every {@code bin/sslform} and {@code bin/mockcloud} command in them names a command
 * and flags that exist. A few flags are being added on another branch; they are listed in
 * {@link #NOT_YET}, and the test fails once one of them exists, so the list shrinks to nothing.
 */
class CiExamplesTest {

    static final Path CI = Path.of("..", "examples", "ci");

    /** "command flag" pairs the recipes use ahead of the CLI. Remove an entry when the flag lands. */
    static final Set<String> NOT_YET = Set.of();

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void every_command_in_the_recipe_exists(String file) throws Exception {
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CI.resolve(file)));
        assertTrue(yaml.isObject(), file + " is a YAML mapping");
        List<String> lines = new ArrayList<>();
        collect(yaml, lines);

        Set<String> seen = new TreeSet<>();
        Set<String> pending = new TreeSet<>();
        for (String line : lines) {
            for (List<String> cmd : invocations(line, "bin/sslform")) {
                check(Cli.commandLine(Map.of()), cmd, line, seen, pending);
            }
            for (List<String> cmd : invocations(line, "bin/mockcloud")) {
                check(mockcloud(), cmd, line, seen, pending);
            }
        }
        assertTrue(seen.containsAll(Set.of("validate", "plan -detailed-exitcode", "apply -auto-approve")), seen.toString());
        assertTrue(pending.equals(NOT_YET) || NOT_YET.containsAll(pending), "pending flags in use: " + pending);
        for (String p : NOT_YET) {
            assertFalse(seen.contains(p), p + " now exists in the CLI: remove it from NOT_YET");
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("bin/test")), "the recipe runs the project's test command");
    }

    /** Checks {@code cmd} (global flags, subcommand, its flags and operands) against the picocli tree. */
    private static void check(CommandLine root, List<String> cmd, String line, Set<String> seen, Set<String> pending) {
        CommandLine at = root;
        String name = "";
        for (int i = 0; i < cmd.size(); i++) {
            String token = cmd.get(i);
            if (token.startsWith("-")) {
                String flag = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
                String key = (name + " " + flag).trim();
                CommandLine.Model.OptionSpec option = at.getCommandSpec().findOption(flag);
                if (option != null) {
                    seen.add(key);
                    if (!token.contains("=") && option.arity().min() > 0) {
                        i++; // the value follows as its own word: --port 9000
                    }
                } else if (NOT_YET.contains(key)) {
                    pending.add(key);
                } else {
                    throw new AssertionError("unknown flag " + flag + " for \"" + name + "\" in: " + line);
                }
            } else if (at.getSubcommands().containsKey(token)) {
                at = at.getSubcommands().get(token);
                name = (name + " " + token).trim();
                seen.add(name);
            } else if (!at.getCommandSpec().positionalParameters().isEmpty()) {
                seen.add(NOT_YET.contains(name + " PLANFILE") ? name + " PLANFILE" : name + " operand");
            } else if (NOT_YET.contains(name + " PLANFILE")) {
                pending.add(name + " PLANFILE");
            } else {
                throw new AssertionError("\"" + token + "\" is neither a subcommand nor an operand of \"" + name + "\" in: " + line);
            }
        }
    }

    /** The words after each {@code prog} in a shell line, up to a redirection, pipe or separator. */
    static List<List<String>> invocations(String line, String prog) {
        List<List<String>> out = new ArrayList<>();
        String[] words = line.replace("\\\n", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(prog)) {
                continue;
            }
            List<String> cmd = new ArrayList<>();
            for (int j = i + 1; j < words.length; j++) {
                String w = words[j];
                if (w.startsWith(">") || w.startsWith("2>") || w.equals("|") || w.equals("||") || w.equals("&&") || w.equals("&")
                        || w.equals(";") || w.startsWith("#")) {
                    break;
                }
                cmd.add(w.endsWith(";") ? w.substring(0, w.length() - 1) : w);
                if (w.endsWith(";")) {
                    break;
                }
            }
            out.add(cmd);
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> lines) {
        if (node.isTextual()) {
            lines.addAll(List.of(node.asText().replace("\\\n", " ").split("\n")));
        } else {
            node.forEach(child -> collect(child, lines));
        }
    }

    private static CommandLine mockcloud() throws ReflectiveOperationException {
        Constructor<?> c = Class.forName("dev.sslform.mockcloud.MockCloudCommand").getDeclaredConstructor();
        c.setAccessible(true);
        return new CommandLine(c.newInstance());
    }

    @org.junit.jupiter.api.Test
    void the_line_splitter_stops_at_redirections() {
        assertEquals(List.of(List.of("-chdir=x", "plan", "-out=tfplan")),
                invocations("code=0; bin/sslform -chdir=x plan -out=tfplan > plan.txt 2>&1 || code=$?", "bin/sslform"));
    }
}
