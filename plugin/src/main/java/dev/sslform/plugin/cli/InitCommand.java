package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.BackendConfig;
import dev.sslform.plugin.config.ConfigLoader;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Functions;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.PgStateBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform init}: reads the configuration and its backend, completes the backend with
 * {@code -backend-config}, records it in {@code .terraform/terraform.tfstate} and creates what the
 * backend needs (the workspace directory, the PostgreSQL schema and tables). The provider is built
 * in, so nothing is downloaded. Every other command also works without init.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Prepare the working directory: read the configuration, set up the backend (PostgreSQL schema,"
                + " workspace directories). The tencentcloud provider is built in: nothing is downloaded.")
final class InitCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    final List<String> backendConfig = new ArrayList<>();

    @Option(names = "-backend-config", paramLabel = "KEY=VALUE|FILE",
            description = "Backend settings to add to (or replace in) the configuration's backend block: KEY=VALUE, or a file of"
                    + " KEY = \"VALUE\" lines. May repeat; later wins. Recorded for the following commands.")
    void backendConfig(List<String> values) {
        backendConfig.addAll(values);
    }

    @Option(names = "-reconfigure", description = "Ignore the backend settings recorded by an earlier init and record these instead.")
    boolean reconfigure;

    @Option(names = "-upgrade", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "true|false",
            description = "Accepted as in Terraform; the provider is built into sslform, so there is nothing to upgrade.")
    boolean upgrade;

    @Option(names = "-backend", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "true|false",
            description = "Set up the backend (default true). -backend=false skips it and leaves the recorded settings as they are.")
    boolean backend = true;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        ConfigSource config = config();
        if (config == null) {
            return ExitCodes.ERROR;
        }
        if (backend) {
            out().println("\nInitializing the backend...");
            BackendConfig block = config.backend();
            String type = block == null ? "local" : block.type();
            Map<String, String> extra = new LinkedHashMap<>();
            for (String bc : backendConfig) {
                if (!readBackendConfig(bc, extra)) {
                    return ExitCodes.ERROR;
                }
            }
            List<String> allowed = type.equals("pg") ? List.of("conn_str", "schema_name") : List.of("path", "workspace_dir");
            for (String k : extra.keySet()) {
                if (!allowed.contains(k)) {
                    return refuse("Invalid backend configuration argument",
                            "The backend configuration argument \"" + k + "\" given on the command line is not expected for the selected"
                                    + " backend type \"" + type + "\" (expected: " + String.join(", ", allowed) + ").");
                }
            }
            InitState saved = InitState.read(dir(), env().env());
            InitState next = new InitState(type, extra);
            if (saved != null && !reconfigure && !Objects.equals(saved, next)) {
                return refuse("Backend configuration changed",
                        "The backend settings differ from those recorded by the last sslform init (backend \"" + saved.type() + "\"). To use"
                                + " the new settings, run sslform init -reconfigure. sslform does not migrate state between backends:"
                                + " copy it with sslform state pull and sslform state push.");
            }
            next.write(dir(), env().env());
            BackendConfig effective = InitState.merge(block, next);
            if (type.equals("pg")) {
                PgStateBackend pg = (PgStateBackend) backendFor(Workspaces.DEFAULT);
                pg.initialise();
                out().println("\nSuccessfully configured the backend \"pg\"! sslform will automatically\n"
                        + "use this backend unless the backend configuration changes.");
            } else {
                Path file = localStatePath(effective, workspace());
                try {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                } catch (IOException e) {
                    return refuse("Failed to set up the local backend", "cannot create " + file.getParent() + ": " + e.getMessage());
                }
                if (block != null) {
                    out().println("\nSuccessfully configured the backend \"local\"! sslform will automatically\n"
                            + "use this backend unless the backend configuration changes.");
                }
            }
        }
        out().println("\nInitializing provider plugins...");
        out().println("- tencentcloud is built into sslform " + VersionCommand.VERSION + ": nothing to download"
                + (upgrade ? " (-upgrade has nothing to upgrade)" : "") + ".");
        out().println("\nsslform has been successfully initialized!\n");
        out().println("You may now begin working with sslform. Try running \"sslform plan\" to see\n"
                + "any changes that are required for your infrastructure. All sslform commands\n"
                + "should now work.\n\n"
                + "If you ever set or change the backend configuration for sslform,\n"
                + "rerun this command to reinitialize your working directory. If you forget, other\n"
                + "commands will detect it and remind you to do so if necessary.");
        out().flush();
        return ExitCodes.OK;
    }

    /** KEY=VALUE, or a file of attributes (HCL), into {@code into}; false after printing an error. */
    private boolean readBackendConfig(String bc, Map<String, String> into) {
        int eq = bc.indexOf('=');
        Path file = resolve(Path.of(bc));
        if (eq < 0 || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                refuse("Failed to read file", "The file \"" + bc + "\" given in -backend-config does not exist, and the value is not KEY=VALUE.");
                return false;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                refuse("Failed to read file", "cannot read " + bc + ": " + e.getMessage());
                return false;
            }
            Diagnostics diags = new Diagnostics();
            Body body = ConfigLoader.parse(file.getFileName().toString(), text, diags);
            Evaluator ev = new Evaluator(Functions.standard(dir()));
            for (Attribute a : body.attributes()) {
                Value v = ev.eval(a.expr(), Scope.of(Map.of()), diags);
                if (v instanceof StringValue s) {
                    into.put(a.name(), s.value());
                } else if (!diags.hasErrors()) {
                    refuse("Invalid backend configuration", bc + ": \"" + a.name() + "\" must be a string.");
                    return false;
                }
            }
            if (!body.blocks().isEmpty() || diags.hasErrors()) {
                Map<String, String> source = Map.of(file.getFileName().toString(), text);
                diagnostics().show(diags.asList().stream().map(d -> ViewDiagnostic.of(d, source)).toList());
                if (!body.blocks().isEmpty()) {
                    refuse("Invalid backend configuration file", bc + " may hold only KEY = \"VALUE\" attributes, no blocks.");
                }
                return false;
            }
            return true;
        }
        into.put(bc.substring(0, eq).trim(), bc.substring(eq + 1));
        return true;
    }
}
