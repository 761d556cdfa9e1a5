package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.VarSource;
import dev.sslform.plugin.config.VariableConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Terraform's prompt for required variables that have no value: on a terminal, with input
 * allowed, each is asked for in turn ({@code var.NAME}, its description, "Enter a value:") and the
 * answer is taken as a {@code -var} value would be. With {@code -input=false}, without a terminal,
 * or at the end of input, nothing is asked and the "No value for required variable" error stands.
 */
final class VariablePrompt {

    private VariablePrompt() {
    }

    static ConfigSource askMissing(EngineCommand cmd, ConfigSource loaded) {
        List<VariableConfig> missing = loaded.missingVariables();
        if (missing.isEmpty() || !cmd.inputEnabled() || !cmd.env().interactive()) {
            return loaded;
        }
        List<String> answers = new ArrayList<>();
        for (VariableConfig v : missing) {
            StringBuilder q = new StringBuilder("var.").append(v.name()).append('\n');
            if (v.description() != null && !v.description().isEmpty()) {
                v.description().lines().forEach(l -> q.append("  ").append(l).append('\n'));
                q.append('\n');
            }
            q.append("  Enter a value: ");
            cmd.out().print(q);
            cmd.out().flush();
            String line;
            try {
                line = cmd.env().stdin().readLine();
            } catch (IOException e) {
                line = null;
            }
            cmd.out().println();
            cmd.out().flush();
            if (line == null) {
                return loaded;
            }
            answers.add(v.name() + "=" + line.strip());
        }
        answers.forEach(a -> cmd.vars.add(new VarSource.Flag(a)));
        return ConfigSource.load(cmd.dir(), cmd.resolvedVars(), cmd.loadEnv());
    }
}
