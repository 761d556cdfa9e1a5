package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.format.HclFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sslform fmt}: rewrites HCL configuration files ({@code .tf}, {@code .hcl}, {@code .tfvars})
 * to the canonical style, as {@code terraform fmt} does. Terraform-JSON and YAML files are left
 * alone. Exit 0 on success, 2 when a file cannot be read or parsed, and with {@code -check} 3
 * when a file is not formatted.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
            "Rewrite configuration files (.tf, .hcl, .tfvars) to the canonical format and style, as terraform fmt does.",
            "JSON (.tf.json) and YAML files are not modified.",
            "By default fmt scans the current directory. A directory target is scanned instead; a file target is "
                    + "processed alone; a single dash (-) reads from standard input and prints the result.",
            "Exit status: 0 success, 2 a file could not be read or has syntax errors, 3 (with -check) a file is not formatted."})
public final class FmtCommand implements Callable<Integer> {
    /** {@code fmt -check}: some input is not in the canonical format (Terraform's code). */
    static final int NOT_FORMATTED = 3;
    /** {@code fmt}: a file could not be read, written or parsed (Terraform's code for fmt errors). */
    static final int FAILED = 2;

    private static final List<String> EXTENSIONS = List.of(".tf", ".hcl", ".tfvars");

    @ParentCommand
    SslformCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "-list", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "BOOL",
            description = "List files whose formatting differs (default true; -list=false turns it off; always off for stdin).")
    boolean list;

    @Option(names = "-write", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "BOOL",
            description = "Write the result to the source files (default true; -write=false turns it off; always off for stdin and -check).")
    boolean write;

    @Option(names = "-diff", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "BOOL",
            description = "Display diffs of formatting changes.")
    boolean diff;

    @Option(names = "-check", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "BOOL",
            description = "Check if the input is formatted: exit 0 if all of it is, 3 if not (listing the files), writing nothing.")
    boolean check;

    @Option(names = "-recursive", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "BOOL",
            description = "Also process files in subdirectories. By default only the given directory (or the current one) is processed.")
    boolean recursive;

    @Option(names = "-no-color", description = "If specified, output won't contain any color.")
    boolean noColor;

    @Parameters(paramLabel = "TARGET", arity = "0..*", description = "Files or directories to format, or - for standard input.")
    List<String> targets = new ArrayList<>();

    private final Map<String, String> sources = new HashMap<>();
    private final Diagnostics diags = new Diagnostics();
    private final List<String> errors = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter realOut = spec.commandLine().getOut();
        boolean stdin = !targets.isEmpty() && targets.get(0).equals("-");
        if (stdin) {
            list = false;
            write = false;
        }
        boolean listAsked = list;
        StringWriter buffer = null;
        PrintWriter out = realOut;
        if (check) {
            list = true;
            write = false;
            buffer = new StringWriter();
            out = new PrintWriter(buffer);
        }
        run(stdin, out);
        out.flush();
        if (!errors.isEmpty() || diags.hasErrors()) {
            printErrors();
            return FAILED;
        }
        if (check) {
            String listed = buffer.toString();
            if (listAsked) {
                realOut.print(listed);
                realOut.flush();
            }
            return listed.isEmpty() ? ExitCodes.OK : NOT_FORMATTED;
        }
        return ExitCodes.OK;
    }

    private void run(boolean stdin, PrintWriter out) {
        if (stdin) {
            String src = readStdin();
            if (src != null) {
                file("<stdin>", null, src, out);
            }
            return;
        }
        List<String> paths = targets.isEmpty() ? List.of(".") : targets;
        Path base = root.workingDir().toAbsolutePath().normalize();
        for (String target : paths) {
            Path p = base.resolve(target).normalize();
            // Paths are shown relative to the working directory, as Terraform normalizes them.
            String shown = display(base, p);
            if (!Files.exists(p)) {
                errors.add("No file or directory at " + shown);
                return;
            }
            if (Files.isDirectory(p)) {
                dir(shown, p, out);
            } else if (supported(p.getFileName().toString())) {
                read(shown, p, out);
            } else {
                errors.add("Only .tf, .hcl and .tfvars files can be processed with sslform fmt (JSON and YAML files are not modified): "
                        + shown);
            }
        }
    }

    private void dir(String shown, Path dir, PrintWriter out) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            errors.add("Cannot read directory " + shown);
            return;
        }
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (ignored(name)) {
                continue;
            }
            String sub = join(shown, name);
            if (Files.isDirectory(e)) {
                // Like plan, fmt works on one module at a time unless asked to recurse.
                if (recursive) {
                    dir(sub, e, out);
                }
                continue;
            }
            if (supported(name)) {
                read(sub, e, out);
            }
        }
    }

    private void read(String shown, Path p, PrintWriter out) {
        String src;
        try {
            src = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add("Failed to read file " + shown);
            return;
        }
        file(shown, p, src, out);
    }

    private void file(String shown, Path p, String src, PrintWriter out) {
        sources.put(shown, src);
        HclFormatter.Result r = HclFormatter.format(shown, src);
        if (!r.ok()) {
            // A file must parse before it is rewritten: formatting broken input could make drastic changes.
            r.diagnostics().forEach(diags::add);
            return;
        }
        String result = r.text();
        if (!result.equals(src)) {
            if (list) {
                out.println(shown);
            }
            if (write) {
                try {
                    Files.writeString(p, result, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    errors.add("Failed to write " + shown);
                    return;
                }
            }
            if (diff) {
                out.print(UnifiedDiff.diff(src, result, shown));
            }
        }
        if (!list && !write && !diff) {
            out.print(result);
        }
    }

    private String readStdin() {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = root.cliEnv().stdin().read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            errors.add("Failed to read <stdin>");
            return null;
        }
    }

    private void printErrors() {
        PrintWriter err = spec.commandLine().getErr();
        boolean colour = !noColor && root.cliEnv().interactive();
        DiagnosticView view = new DiagnosticView(spec.commandLine().getOut(), err, colour,
                DiagnosticView.width(root.cliEnv().env(), root.cliEnv().interactive()), false, null);
        view.show(DiagnosticOrder.sorted(diags).asList().stream().map(d -> ViewDiagnostic.of(d, sources)).toList());
        errors.forEach(e -> view.error(e, ""));
        err.flush();
    }

    static boolean supported(String name) {
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Files every command skips: hidden files and editors' backup and lock files. */
    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
    }

    private static String display(Path base, Path p) {
        String s = base.relativize(p).toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String join(String dir, String name) {
        return dir.equals(".") ? name : dir + "/" + name;
    }
}
