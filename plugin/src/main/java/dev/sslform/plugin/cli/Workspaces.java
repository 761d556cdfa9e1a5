package dev.sslform.plugin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The selected workspace, kept where Terraform keeps it: {@code TF_WORKSPACE} when set, else the
 * name written by {@code workspace select} in {@code .terraform/environment} (the data directory
 * is {@code TF_DATA_DIR} when set), else {@code default}. The local backend keeps every other
 * workspace's state in {@code terraform.tfstate.d/NAME/}.
 */
final class Workspaces {

    static final String DEFAULT = "default";
    static final String ENV_VAR = "TF_WORKSPACE";
    static final String LOCAL_DIR = "terraform.tfstate.d";
    static final String FILE = "environment";
    /** Terraform allows the names url.PathEscape leaves as they are. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@-]+");

    private Workspaces() {
    }

    /** The data directory: TF_DATA_DIR (relative to the working directory) or .terraform. */
    static Path dataDir(Path dir, Map<String, String> env) {
        String d = env.get("TF_DATA_DIR");
        Path p = Path.of(d == null || d.isBlank() ? ".terraform" : d);
        return p.isAbsolute() ? p : dir.resolve(p);
    }

    static boolean overridden(Map<String, String> env) {
        String w = env.get(ENV_VAR);
        return w != null && !w.isEmpty();
    }

    static String current(Path dir, Map<String, String> env) {
        if (overridden(env)) {
            String w = env.get(ENV_VAR);
            if (!valid(w)) {
                throw new IllegalArgumentException("Invalid workspace name \"" + w + "\" in TF_WORKSPACE: a workspace name may not contain"
                        + " spaces, slashes or other characters that need escaping in a URL path");
            }
            return w;
        }
        Path f = dataDir(dir, env).resolve(FILE);
        try {
            String w = Files.readString(f, StandardCharsets.UTF_8).trim();
            if (!valid(w)) {
                throw new IllegalArgumentException("Invalid workspace name: the selected workspace described in \"" + f + "\" has an"
                        + " invalid name. To select a different, valid workspace name use sslform workspace select.");
            }
            return w;
        } catch (NoSuchFileException e) {
            return DEFAULT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** Records {@code name} as selected; selecting default removes the file, as Terraform leaves none for it. */
    static void select(Path dir, Map<String, String> env, String name) {
        Path f = dataDir(dir, env).resolve(FILE);
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, name, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
