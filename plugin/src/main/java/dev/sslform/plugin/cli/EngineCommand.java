package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.VarSource;
import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.plan.PlanText;
import dev.sslform.plugin.provider.GoDuration;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.provider.api.ApiConfig;
import dev.sslform.plugin.provider.api.FlowWaiter;
import dev.sslform.plugin.provider.api.ResilientSqlServerApi;
import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.StateBackend;
import dev.sslform.plugin.state.StateException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every engine command shares: {@code -state}, {@code -lock-timeout}, {@code -no-color},
 * {@code -var}, {@code -var-file}; the working directory; and turning the configuration, provider
 * and state backend into objects. Subclasses implement {@link #execute()} and return an exit code.
 */
abstract class EngineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "-state", paramLabel = "PATH", description = "Path to the state file (default: sslform.tfstate in the configuration directory).")
    Path statePath;

    @Option(names = "-lock-timeout", paramLabel = "DURATION", defaultValue = "0s", description = "How long to retry a state lock held by someone else (e.g. 30s). Default 0s.")
    String lockTimeout;

    @Option(names = "-no-color", description = "Accepted for Terraform compatibility; sslform never colours its output.")
    boolean noColor;

    final List<VarSource> vars = new ArrayList<>();

    /** The machine-readable UI when the command runs with -json (plan, apply, destroy, refresh); null otherwise. */
    JsonUi jsonUi;

    @Option(names = "-var", paramLabel = "NAME=VALUE", description = "Set a variable in the configuration. May repeat.")
    void var(List<String> values) {
        values.forEach(v -> vars.add(new VarSource.Flag(v)));
    }

    @Option(names = "-var-file", paramLabel = "FILE", description = "Load variable values from a file. May repeat.")
    void varFile(List<Path> files) {
        // Resolved against -chdir later (as validate does), so keep a marker of the raw path.
        files.forEach(f -> vars.add(new VarSource.File(f)));
    }

    abstract EngineRoot root();

    abstract int execute();

    private dev.sslform.plugin.support.Log log;

    /** The log TF_LOG and TF_LOG_PATH ask for (nothing without TF_LOG), opened on first use and closed when the command ends. */
    dev.sslform.plugin.support.Log log() {
        if (log == null) {
            log = TfLog.from(env().env(), err(), env().clock());
        }
        return log;
    }

    @Override
    public Integer call() {
        log().info("sslform version: " + VersionCommand.VERSION);
        log().info("CLI command", "command", spec.qualifiedName(" "));
        try {
            return execute();
        } catch (StateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            if (jsonUi != null) {
                jsonUi.diagnostic(dev.sslform.plugin.provider.Diagnostic.error(null, "sslform could not run", e.getMessage()));
                return ExitCodes.ERROR;
            }
            err().print(PlanText.diagnostic(dev.sslform.plugin.provider.Diagnostic.error(null, "sslform could not run", e.getMessage())));
            err().flush();
            return ExitCodes.ERROR;
        } finally {
            if (log instanceof TfLog t) {
                t.close();
            }
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints one whole line and flushes, under the writer's lock, so lines from parallel workers never interleave. */
    void line(String s) {
        PrintWriter o = out();
        synchronized (o) {
            o.println(s);
            o.flush();
        }
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    CliEnv env() {
        return root().cliEnv();
    }

    Path dir() {
        return root().workingDir();
    }

    Duration lockTimeout() {
        return GoDuration.parse(lockTimeout);
    }

    /** A path given on the command line, taken from the -chdir directory when relative. */
    Path resolve(Path p) {
        return p.isAbsolute() ? p : dir().resolve(p);
    }

    private ConfigSource loaded;

    /**
     * Where state lives: the configuration's {@code backend "pg"} (conn_str or PG_CONN_STR,
     * schema_name or PG_SCHEMA_NAME, workspace TF_WORKSPACE or "default"), else the local file
     * ({@code -state}, the local backend's {@code path}, or sslform.tfstate).
     */
    StateBackend backend() {
        ConfigSource c = loaded != null ? loaded : ConfigSource.load(dir(), resolvedVars(), env().env());
        dev.sslform.plugin.config.BackendConfig b = c.backend();
        if (statePath == null && c.backendInvalid()) {
            // Falling back to the local file here would let `state rm` or `force-unlock` act on the wrong state.
            throw new IllegalArgumentException("the configuration's backend block has errors (sslform validate shows them), so sslform"
                    + " cannot tell where the state is kept; fix it, or name a local state file with -state=PATH");
        }
        String who = System.getProperty("user.name", "sslform") + "@" + host();
        if (b != null && b.type().equals("pg")) {
            if (statePath != null) {
                throw new IllegalArgumentException("-state applies to local state; this configuration keeps its state in the \"pg\" backend");
            }
            String conn = b.settings().getOrDefault("conn_str", env().env().get("PG_CONN_STR"));
            if (conn == null || conn.isBlank()) {
                throw new IllegalArgumentException("backend \"pg\" needs conn_str, or the PG_CONN_STR environment variable");
            }
            String schema = b.settings().getOrDefault("schema_name",
                    env().env().getOrDefault("PG_SCHEMA_NAME", dev.sslform.plugin.state.PgStateBackend.DEFAULT_SCHEMA));
            String workspace = env().env().getOrDefault("TF_WORKSPACE", dev.sslform.plugin.state.PgStateBackend.DEFAULT_WORKSPACE);
            return new dev.sslform.plugin.state.PgStateBackend(conn, schema, workspace, env().clock(), env().sleeper(), who);
        }
        Path p = statePath != null ? resolve(statePath)
                : b != null && b.settings().containsKey("path") ? resolve(Path.of(b.settings().get("path")))
                : dir().resolve(LocalStateBackend.DEFAULT_FILE);
        return new LocalStateBackend(p, env().clock(), env().sleeper(), who);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "sslform";
        }
    }

    private List<VarSource> resolvedVars() {
        return vars.stream().map(v -> v instanceof VarSource.File f && !f.path().isAbsolute()
                ? (VarSource) new VarSource.File(dir().resolve(f.path())) : v).toList();
    }

    /** How many of the loaded configuration's diagnostics have been printed. */
    private int configDiagnosticsShown;

    /**
     * Prints the configuration diagnostics found since {@link #config()} printed its own: those of
     * the evaluation that runs later, while planning (a reference to an undeclared variable).
     */
    void laterConfigDiagnostics() {
        if (loaded == null) {
            return;
        }
        java.util.List<Diagnostic> all = loaded.diagnostics().asList();
        java.util.List<Diagnostic> later = all.subList(Math.min(configDiagnosticsShown, all.size()), all.size());
        if (jsonUi == null && later.stream().noneMatch(Diagnostic::isError)) {
            return; // the text UI keeps its output as it was; only errors, which stop the plan, must be shown
        }
        configDiagnosticsShown = all.size();
        printConfigDiagnostics(later, loaded);
    }

    /** Loads the configuration; prints its diagnostics; null when it has errors. */
    ConfigSource config() {
        ConfigSource c = ConfigSource.load(dir(), resolvedVars(), env().env());
        loaded = c;
        configDiagnosticsShown = c.diagnostics().size();
        printConfigDiagnostics(c.diagnostics().asList(), c);
        return c.diagnostics().hasErrors() ? null : c;
    }

    private void printConfigDiagnostics(java.util.List<Diagnostic> diags, ConfigSource c) {
        if (jsonUi != null) {
            diags.forEach(d -> jsonUi.diagnostic(d, c.sources()));
            return;
        }
        for (Diagnostic d : diags) {
            String where = d.subject() == null ? "" : "\n  on " + d.subject();
            (d.isError() ? err() : out()).print("\n" + (d.isError() ? "Error: " : "Warning: ") + d.summary() + "\n" + where
                    + (d.detail() == null || d.detail().isEmpty() ? "" : "\n\n  " + d.detail()) + "\n");
        }
        out().flush();
        err().flush();
    }

    /** The provider, configured from the provider block, falling back to TENCENTCLOUD_* variables. */
    TencentCloudProvider provider(Map<String, Object> block) {
        // Built on first use: a configuration without resources needs no region or credentials.
        return new TencentCloudProvider(new dev.sslform.plugin.provider.api.LazySqlServerApi(() -> {
            ApiConfig api = ApiConfig.fromEnvironment(env().env(), Values.str(block, "region"), Values.str(block, "endpoint"),
                    Values.str(block, "secret_id"), Values.str(block, "secret_key"), Values.str(block, "security_token"));
            if (Values.str(block, "protocol") != null && Values.str(block, "endpoint") != null && !Values.str(block, "endpoint").contains("://")) {
                api = new ApiConfig(api.region(), api.secretId(), api.secretKey(), api.securityToken(), api.endpoint(), Values.str(block, "protocol"));
            }
            return ResilientSqlServerApi.create(api, env().clock(), env().sleeper(), rate(block), log().named("provider.tencentcloud"));
        }), env().clock(), env().sleeper(), FlowWaiter.watchInterval(rate(block)));
    }

    /** The provider block's rate_limit, or the default. */
    private static long rate(Map<String, Object> block) {
        Long rate = Values.lng(block, "rate_limit");
        return rate == null ? ResilientSqlServerApi.DEFAULT_RATE_LIMIT : rate;
    }

    /** Asks for "yes" on a terminal; without one, refuses unless {@code proceed} (-auto-approve, -force) was given. */
    boolean confirm(boolean proceed, Confirmation c) {
        if (proceed) {
            return true;
        }
        if (!env().interactive()) {
            err().print("\nError: " + c.what() + " requires confirmation, but stdin is not a terminal\n\n"
                    + Confirmation.indented(c.withoutTerminal()) + "\n");
            err().flush();
            return false;
        }
        out().print("\n" + c.question() + "\n" + Confirmation.indented(c.explanation()) + "\n\n  Enter a value: ");
        out().flush();
        try {
            String line = env().stdin().readLine();
            if (line != null && line.trim().equals("yes")) {
                out().println();
                return true;
            }
        } catch (java.io.IOException e) {
            // treated as a refusal below
        }
        err().print("\nError: " + c.what() + " cancelled.\n");
        err().flush();
        return false;
    }
}
