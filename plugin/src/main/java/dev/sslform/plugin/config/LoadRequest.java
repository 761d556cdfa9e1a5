package dev.sslform.plugin.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load: every configuration file of {@code dir}, or only {@code file} when set (the
 * {@code -f} flag); variable sources from the command line in order; the environment (for
 * {@code TF_VAR_*}); and whether a required variable without a value is an error (plan, apply)
 * or unknown ({@code validate}, which like Terraform's checks the configuration, not the inputs).
 */
public record LoadRequest(Path dir, Path file, List<VarSource> vars, Map<String, String> env, boolean missingVariablesUnknown) {
    public LoadRequest {
        vars = List.copyOf(vars);
        env = Map.copyOf(env);
    }

    public static LoadRequest directory(Path dir) {
        return new LoadRequest(dir, null, List.of(), Map.of(), false);
    }

    public LoadRequest withFile(Path f) {
        return new LoadRequest(dir, f, vars, env, missingVariablesUnknown);
    }

    public LoadRequest withVars(List<VarSource> v) {
        return new LoadRequest(dir, file, v, env, missingVariablesUnknown);
    }

    public LoadRequest withEnv(Map<String, String> e) {
        return new LoadRequest(dir, file, vars, e, missingVariablesUnknown);
    }

    public LoadRequest forValidate() {
        return new LoadRequest(dir, file, vars, env, true);
    }
}
