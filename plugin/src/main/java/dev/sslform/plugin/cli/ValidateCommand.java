package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.ConfigLoader;
import dev.sslform.plugin.config.LoadRequest;
import dev.sslform.plugin.config.LoadResult;
import dev.sslform.plugin.config.VarSource;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sslform validate}: loads and checks the configuration (syntax, references, types, the
 * provider schema) without calling any API. Exit 0 when valid, 1 with diagnostics otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
        "Check whether the configuration is valid, without calling any API.",
        "Exit status 0 when valid, 1 when there are errors."})
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    SslformCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "-json", description = "Produce output in a machine-readable JSON format, like terraform validate -json.")
    boolean json;

    @Option(names = "-no-color", description = "If specified, output won't contain any color.")
    boolean noColor;

    @Option(names = "-f", paramLabel = "FILE", description = "Validate only this file instead of every configuration file in the directory.")
    Path file;

    private final List<VarSource> vars = new ArrayList<>();

    @Option(names = "-var", paramLabel = "NAME=VALUE", description = "Set a value for one of the input variables. Repeatable; later wins.")
    void var(String assignment) {
        vars.add(new VarSource.Flag(assignment));
    }

    @Option(names = "-var-file", paramLabel = "FILE", description = "Load variable values from the given file (HCL .tfvars or .tfvars.json). Repeatable.")
    void varFile(Path path) {
        vars.add(new VarSource.File(root.workingDir().resolve(path)));
    }

    @Override
    public Integer call() {
        Path dir = root.workingDir();
        LoadRequest req = LoadRequest.directory(dir).withVars(vars).withEnv(root.env()).forValidate();
        if (file != null) {
            req = req.withFile(dir.resolve(file));
        }
        LoadResult r = new ConfigLoader(TencentCloudSchemas.schema()).load(req);
        Diagnostics diags = r.diagnostics();
        if (r.syntaxValid()) {
            r.configuration().evaluator().evaluate(Map.of(), diags);
        }
        diags = DiagnosticOrder.sorted(diags);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonDiagnostics.validateOutput(diags, r.sources()));
        } else {
            boolean color = !noColor && root.cliEnv().interactive();
            Map<String, String> sources = r.sources();
            new DiagnosticView(out, spec.commandLine().getErr(), color, DiagnosticView.width(root.env(), root.cliEnv().interactive()), false, null)
                    .show(diags.asList().stream().map(d -> ViewDiagnostic.of(d, sources)).toList());
            if (!diags.hasErrors()) {
                // Terraform's words and layout (a blank line after), bold green on a terminal, wrapped to the width.
                String rest = diags.isEmpty() ? " The configuration is valid.\n"
                        : " The configuration is valid, but there were some validation warnings as shown above.\n";
                String text = WordWrap.wrap("Success!" + rest, DiagnosticView.width(root.env(), root.cliEnv().interactive()));
                out.println(color ? Colour.BOLD + Colour.GREEN + "Success!" + Colour.RESET + text.substring(8) : text);
            }
        }
        out.flush();
        return diags.hasErrors() ? ExitCodes.ERROR : ExitCodes.OK;
    }
}
