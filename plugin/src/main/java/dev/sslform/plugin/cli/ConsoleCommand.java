package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.config.ConfigLoader;
import dev.sslform.plugin.config.Configuration;
import dev.sslform.plugin.config.Evaluation;
import dev.sslform.plugin.config.ExpressionConsole;
import dev.sslform.plugin.config.LoadRequest;
import dev.sslform.plugin.config.LoadResult;
import dev.sslform.plugin.config.ResourceInstance;
import dev.sslform.plugin.config.ResourceMode;
import dev.sslform.plugin.config.VarSource;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.value.ValueJson;
import dev.sslform.plugin.provider.DataSource;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.RemoteInstances;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.provider.api.ApiConfig;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.ResourceState;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform console}: evaluates expressions against the configuration's variables and
 * locals, the resources and data sources in state, and data sources read from the API when
 * credentials are configured, printing each value as {@code terraform console} does. With stdin
 * not a terminal, each line is one expression and only the last result is printed (as Terraform
 * does); an error stops with exit 1. On a terminal it prompts, shows each result, and continues
 * after errors; {@code exit} or end of input leaves. The state is locked while the console runs
 * and never modified.
 */
@Command(name = "console", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
        "Try expressions at an interactive command prompt, as terraform console does.",
        "Expressions see the configuration's variables and locals, the resources in state, and data sources "
                + "(read from the API when credentials are configured, else taken from state).",
        "With stdin not a terminal, each line is evaluated and only the last result is printed "
                + "(echo 'var.region' | sslform console); an error exits 1.",
        "Type help for help; exit or end of input leaves. The state is locked while the console runs and never modified."})
final class ConsoleCommand extends EngineCommand {
    static final String WARNING_AFTER_PROBLEMS = "Due to the problems above, some expressions may produce unexpected results.";

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    EngineRoot parent;

    @Option(names = "-plan", description = "Not available in sslform: evaluating against a new plan's planned state is not supported.")
    boolean plan;

    private final Map<String, String> sources = new HashMap<>();

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        if (plan) {
            return refuse("Option -plan is not available",
                    "sslform console evaluates against the current state only; run sslform plan to see planned values.");
        }
        List<VarSource> resolved = vars.stream().map(v -> v instanceof VarSource.File f && !f.path().isAbsolute()
                ? (VarSource) new VarSource.File(dir().resolve(f.path())) : v).toList();
        // As Terraform's console: a required variable with no value is unknown rather than an error.
        LoadResult r = new ConfigLoader(TencentCloudSchemas.schema())
                .load(LoadRequest.directory(dir()).withVars(resolved).withEnv(env().env()).forValidate());
        sources.putAll(r.sources());
        // As in Terraform, the console works in a directory without configuration (functions, literals).
        Diagnostics loadDiags = new Diagnostics();
        r.diagnostics().forEach(d -> {
            if (!d.summary().equals("No configuration files")) {
                loadDiags.add(d);
            }
        });
        if (loadDiags.hasErrors() || r.configuration() == null) {
            printDiags(DiagnosticOrder.sorted(loadDiags));
            return ExitCodes.ERROR;
        }
        if (!loadDiags.isEmpty()) {
            printDiags(DiagnosticOrder.sorted(loadDiags));
        }
        Configuration cfg = r.configuration();
        StateBackend backend = backend();
        try (Lock lock = backend.lock(LockRequest.of("OperationTypeInvalid", lockTimeout()))) {
            State state = backend.read();
            Map<String, Value> known = fromState(state);
            List<Diagnostic> problems = readDataSources(cfg, known);
            if (problems.stream().anyMatch(Diagnostic::isError)) {
                List<Diagnostic> shown = new java.util.ArrayList<>(problems);
                shown.add(Diagnostic.warning(null, WARNING_AFTER_PROBLEMS, null));
                // Both on stderr, before the prompt: the console's stdout is for results.
                new DiagnosticView(err(), err(), false, DiagnosticView.width(env().env(), false), false, null)
                        .show(shown.stream().map(this::view).toList());
            }
            ExpressionConsole console = new ExpressionConsole(cfg, known);
            return env().interactive() ? interactive(console) : piped(console);
        }
    }

    /** Resource and data source instances in state, by address, as values. */
    private static Map<String, Value> fromState(State state) {
        Map<String, Value> known = new LinkedHashMap<>();
        for (ResourceState rs : state.resources()) {
            for (ResourceInstanceState i : rs.instances()) {
                known.put(rs.address().withKey(i.key()).toString(), ValueJson.fromJson(JSON.valueToTree(i.attributes())));
            }
        }
        return known;
    }

    /**
     * Reads every data source whose arguments are known, when the provider has a region and
     * credentials; the values replace those from state. Without credentials, state is used.
     */
    private List<Diagnostic> readDataSources(Configuration cfg, Map<String, Value> known) {
        List<Diagnostic> problems = new ArrayList<>();
        Evaluation base = cfg.evaluator().evaluate(known, new Diagnostics());
        List<ResourceInstance> data = base.instances(ResourceMode.DATA);
        if (data.isEmpty()) {
            return problems;
        }
        // Each data source through the provider configuration its block names (the default without provider =).
        Map<String, RemoteInstances> remotes = new LinkedHashMap<>();
        for (ResourceInstance i : data) {
            String address = i.address().toString();
            String key = i.config().provider() == null ? TencentCloudSchemas.PROVIDER : i.config().provider();
            ObjectValue block = base.providers().get(key);
            Map<String, Object> provider = block == null ? Map.of() : toMap(block);
            if (!configured(provider)) {
                continue;
            }
            RemoteInstances remote = remotes.computeIfAbsent(key, k -> provider(provider).remote());
            DataSource ds = provider(provider).dataSource(i.address().resource().type()).orElse(null);
            if (ds == null || !i.values().isWhollyKnown()) {
                continue;
            }
            Resource.Configured c = ds.configure(address, toMap(i.values()));
            if (!c.ok()) {
                problems.addAll(c.diagnostics());
                continue;
            }
            try {
                known.put(address, ValueJson.fromJson(JSON.valueToTree(ds.read(address, c.config(), remote))));
            } catch (RuntimeException e) {
                problems.add(Diagnostic.error(address, "Failed to read data source " + address, e.getMessage()));
            }
        }
        return problems;
    }

    private boolean configured(Map<String, Object> block) {
        try {
            ApiConfig.fromEnvironment(env().env(), Values.str(block, "region"), Values.str(block, "endpoint"),
                    Values.str(block, "secret_id"), Values.str(block, "secret_key"), Values.str(block, "security_token"));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(ObjectValue v) {
        Map<String, Object> m = Values.copy(JSON.convertValue(ValueJson.toJson(v), Map.class));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    /** Not a terminal: every line is evaluated; the last result is printed; the first error ends the run. */
    private int piped(ExpressionConsole console) {
        String last = "";
        try {
            String line;
            while ((line = env().stdin().readLine()) != null) {
                Outcome o = handle(console, line.strip());
                if (o.diags != null) {
                    printDiags(o.diags);
                    return ExitCodes.ERROR;
                }
                if (o.exit) {
                    return ExitCodes.OK;
                }
                last = o.text;
            }
        } catch (IOException e) {
            printDiags(single("Failed to read standard input", e.getMessage()));
            return ExitCodes.ERROR;
        }
        out().println(last);
        out().flush();
        return ExitCodes.OK;
    }

    /** A terminal: a prompt per entry, ": " while brackets or a heredoc stay open; errors are shown and the session goes on. */
    private int interactive(ExpressionConsole console) {
        PrintWriter out = out();
        List<String> lines = new ArrayList<>();
        try {
            while (true) {
                out.print(lines.isEmpty() ? "> " : ": ");
                out.flush();
                String line = env().stdin().readLine();
                if (line == null) {
                    out.println();
                    out.flush();
                    return ExitCodes.OK;
                }
                lines.add(line);
                if (ConsoleInput.couldContinue(lines)) {
                    continue;
                }
                String input = String.join("\n", lines) + "\n";
                lines.clear();
                Outcome o = handle(console, input);
                if (o.diags != null) {
                    printDiags(o.diags);
                    continue;
                }
                if (o.exit) {
                    return ExitCodes.OK;
                }
                out.println(o.text);
                out.flush();
            }
        } catch (IOException e) {
            printDiags(single("Failed to read standard input", e.getMessage()));
            return ExitCodes.ERROR;
        }
    }

    private record Outcome(String text, boolean exit, Diagnostics diags) {
    }

    private Outcome handle(ExpressionConsole console, String input) {
        String trimmed = input.strip();
        if (trimmed.isEmpty()) {
            return new Outcome("", false, null);
        }
        if (trimmed.equals("exit")) {
            return new Outcome("", true, null);
        }
        if (trimmed.equals("help")) {
            return new Outcome(HELP, false, null);
        }
        sources.put(ExpressionConsole.INPUT, input);
        Diagnostics diags = new Diagnostics();
        ExpressionConsole.Result r = console.evaluate(input, diags);
        if (r == null || diags.hasErrors()) {
            return new Outcome(null, false, diags);
        }
        return new Outcome(ConsoleValues.format(r.value(), r.withoutSensitive(), r.shape(), 0), false, null);
    }

    private static Diagnostics single(String summary, String detail) {
        Diagnostics d = new Diagnostics();
        d.add(dev.sslform.plugin.config.diag.Diagnostic.error(summary, detail, null));
        return d;
    }

    private void printDiags(Diagnostics diags) {
        // On stderr, warnings too: the console's stdout is for results.
        boolean colour = !noColor && env().interactive();
        new DiagnosticView(err(), err(), colour, DiagnosticView.width(env().env(), env().interactive()), false, null)
                .show(diags.asList().stream().map(d -> ViewDiagnostic.of(d, sources)).toList());
    }

    static final String HELP = """
            The sslform console evaluates expressions as the configuration would: variables,
            locals, functions, and the resources and data sources in the state, by their
            addresses (data.tencentcloud_sqlserver_instances.all.instance_list). Data sources
            are read from the API when credentials are configured.

            Type an expression and press <enter> to see its value.

            To leave the console, type "exit" and press <enter>, or end the input (Control-D).""";
}
