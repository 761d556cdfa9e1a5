package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files are configuration: {@code *.tf} (HCL), {@code *.tf.json} (Terraform's JSON syntax)
 * and {@code *.tf.yaml} / {@code *.tf.yml} (the same JSON syntax written as YAML). Nothing else
 * is read: not other YAML (a {@code docker-compose.yml} next to {@code main.tf}), not
 * {@code *.hcl}, which Terraform does not read either. Hidden files are skipped, as Terraform
 * skips them.
 *
 * <p>Override files ({@code override.tf}, {@code *_override.tf} and their JSON and YAML forms)
 * are refused: Terraform merges them into the blocks they override, sslform does not (yet), and
 * reading one as an ordinary file would declare everything in it twice or, worse, half-apply it.
 */
public final class ConfigFiles {
    /** The configuration suffixes, in the order the docs list them. */
    public static final List<String> SUFFIXES = List.of(".tf", ".tf.json", ".tf.yaml", ".tf.yml");

    private ConfigFiles() {
    }

    public static boolean isConfigFile(Path p) {
        String n = p.getFileName().toString();
        return !n.startsWith(".") && suffix(n) != null;
    }

    /** The configuration suffix of a file name, or null when it is not a configuration file. */
    static String suffix(String name) {
        // Longest first: "x.tf.json" ends with ".tf.json", not ".tf".
        for (String s : List.of(".tf.json", ".tf.yaml", ".tf.yml", ".tf")) {
            if (name.endsWith(s) && name.length() > s.length()) {
                return s;
            }
        }
        return null;
    }

    /** Whether Terraform would treat the file as an override file. */
    public static boolean isOverride(Path p) {
        String n = p.getFileName().toString();
        String s = suffix(n);
        if (s == null) {
            return false;
        }
        String stem = n.substring(0, n.length() - s.length());
        return stem.equals("override") || stem.endsWith("_override");
    }

    /** The files of a directory listing, minus override files, each of which is reported. */
    static List<Path> refuseOverrides(List<Path> files, Path dir, Diagnostics diags) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (isOverride(f)) {
                diags.error("Override files are not supported", "sslform does not support Terraform's override files: "
                        + dir.relativize(f) + " would be merged into the blocks it overrides in Terraform, and sslform cannot do that."
                        + " Move its contents into the blocks they change, or rename the file so it does not end in \"override"
                        + suffix(f.getFileName().toString()) + "\".", SourceRange.none(dir.relativize(f).toString()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The one file given with {@code -f}: it must be a configuration file, and not an override file. */
    static List<Path> single(Path file, Diagnostics diags) {
        if (!isConfigFile(file)) {
            diags.error("Not a configuration file", file.getFileName() + " is not a configuration file: sslform reads only "
                    + String.join(", ", SUFFIXES.stream().map(s -> "*" + s).toList()) + " files.", null);
            return List.of();
        }
        Path dir = file.getParent() == null ? Path.of(".") : file.getParent();
        return refuseOverrides(List.of(file), dir, diags);
    }
}
