package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.VarSource;
import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.GoDuration;
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

    @Option(names = "-no-color", description = "Print without colour. sslform colours plan and apply output and frames and colours diagnostics only on a terminal.")
    boolean noColor;

    @Option(names = "-input", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "true|false",
            description = "Ask for input when needed: approval, and values of required variables that are not set (on a terminal)."
                    + " -input=false (or TF_INPUT=false) never asks: apply without -auto-approve and a missing variable are errors.")
    boolean input = true;

    @Option(names = "-lock", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "true|false",
            description = "Lock the state while the command runs (default true). -lock=false runs without the lock:"
                    + " dangerous when someone else may run against the same state.")
    boolean lock = true;

    @Option(names = "-compact-warnings", description = "Show warnings as a list of their summaries, unless there are errors too.")
    boolean compactWarnings;

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
            diagnostics().show(Failures.diagnostic(e));
            return ExitCodes.ERROR;
        } finally {
            if (log instanceof TfLog t) {
                t.close();
            }
        }
    }

    private PrintWriter colourOut;
    private PrintWriter colourErr;

    PrintWriter out() {
        if (colour()) {
            if (colourOut == null) {
                colourOut = Colour.writer(spec.commandLine().getOut());
            }
            return colourOut;
        }
        return spec.commandLine().getOut();
    }

    /**
     * Plan, apply and destroy print in colour on a terminal, unless -no-color or -json (JSON is
     * never coloured). Other commands print plain text.
     */
    boolean colour() {
        var json = spec.findOption("-json");
        return !noColor && env().interactive() && OperationOptions.of(this) != null
                && !(json != null && Boolean.TRUE.equals(json.getValue()));
    }

    /** Prints one whole line and flushes, under the writer's lock, so lines from parallel workers never interleave. */
    void line(String s) {
        PrintWriter o = out();
        synchronized (o) {
            o.println(s);
            o.flush();
        }
    }

    /**
     * Where this command's errors and warnings go, whoever raised them: Terraform's rendering
     * (framed and coloured on a terminal, plain otherwise), or diagnostic messages under -json.
     */
    DiagnosticView diagnostics() {
        var json = spec.findOption("-json");
        boolean jsonFlag = json != null && Boolean.TRUE.equals(json.getValue());
        boolean colour = !noColor && env().interactive() && !jsonFlag;
        return new DiagnosticView(out(), err(), colour, DiagnosticView.width(env().env(), env().interactive()), compactWarnings, jsonUi);
    }

    /** A diagnostic of the plan, the apply or the command as the views show it: at its place in the loaded configuration, if any. */
    ViewDiagnostic view(dev.sslform.plugin.provider.Diagnostic d) {
        return loaded != null ? loaded.view(d) : ViewDiagnostic.of(d, null, List.of(), Map.of());
    }

    /** Shows diagnostics of the plan, the apply or the command (see {@link #diagnostics()}); returns whether any is an error. */
    boolean show(List<dev.sslform.plugin.provider.Diagnostic> diags) {
        return diagnostics().show(diags.stream().map(this::view).toList());
    }

    /** Shows an error with no place in the configuration; returns {@link ExitCodes#ERROR}. */
    int refuse(String summary, String detail) {
        return diagnostics().error(summary, detail);
    }

    /** The configuration later diagnostics are located in, for a command that loads it by other means than {@link #config()}. */
    void locateIn(ConfigSource c) {
        loaded = c;
        if (jsonUi != null) {
            jsonUi.locateWith(c::view);
        }
    }

    PrintWriter err() {
        if (colour()) {
            if (colourErr == null) {
                colourErr = Colour.writer(spec.commandLine().getErr());
            }
            return colourErr;
        }
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
     * Where state lives, for the current workspace ({@link Workspaces#current}): the
     * configuration's {@code backend "pg"} (conn_str or PG_CONN_STR, schema_name or
     * PG_SCHEMA_NAME), else the local file ({@code -state}, the local backend's {@code path}, or
     * sslform.tfstate; another workspace's in {@code terraform.tfstate.d/NAME/}). With
     * {@code -lock=false} its lock is not taken.
     */
    StateBackend backend() {
        StateBackend b = backendFor(workspace());
        return lock ? b : new NoLockBackend(b);
    }

    /** The selected workspace: TF_WORKSPACE, else the one {@code workspace select} recorded, else "default". */
    String workspace() {
        return Workspaces.current(dir(), env().env());
    }

    /** The configuration's backend block (null without one), refusing a backend block with errors unless -state names the file. */
    dev.sslform.plugin.config.BackendConfig backendConfig() {
        ConfigSource c = loaded != null ? loaded : ConfigSource.load(dir(), resolvedVars(), loadEnv());
        if (statePath == null && c.backendInvalid()) {
            // Falling back to the local file here would let `state rm` or `force-unlock` act on the wrong state.
            throw new IllegalArgumentException("the configuration's backend block has errors (sslform validate shows them), so sslform"
                    + " cannot tell where the state is kept; fix it, or name a local state file with -state=PATH");
        }
        // sslform init may have completed the block with -backend-config settings.
        return InitState.merge(c.backend(), InitState.read(dir(), env().env()));
    }

    /** The state of workspace {@code workspace} in the configured backend. */
    StateBackend backendFor(String workspace) {
        dev.sslform.plugin.config.BackendConfig b = backendConfig();
        String who = System.getProperty("user.name", "sslform") + "@" + host();
        if (b != null && b.type().equals("pg")) {
            if (statePath != null) {
                throw new IllegalArgumentException("-state applies to local state; this configuration keeps its state in the \"pg\" backend");
            }
            return new dev.sslform.plugin.state.PgStateBackend(pgConnStr(b), pgSchema(b), workspace, env().clock(), env().sleeper(), who);
        }
        return new LocalStateBackend(localStatePath(b, workspace), env().clock(), env().sleeper(), who);
    }

    String pgConnStr(dev.sslform.plugin.config.BackendConfig b) {
        String conn = b.settings().getOrDefault("conn_str", env().env().get("PG_CONN_STR"));
        if (conn == null || conn.isBlank()) {
            throw new IllegalArgumentException("backend \"pg\" needs conn_str, or the PG_CONN_STR environment variable");
        }
        return conn;
    }

    String pgSchema(dev.sslform.plugin.config.BackendConfig b) {
        return b.settings().getOrDefault("schema_name",
                env().env().getOrDefault("PG_SCHEMA_NAME", dev.sslform.plugin.state.PgStateBackend.DEFAULT_SCHEMA));
    }

    /** The local state file of {@code workspace}: -state, else the backend's path (default workspace) or the workspace directory's file. */
    Path localStatePath(dev.sslform.plugin.config.BackendConfig b, String workspace) {
        if (statePath != null) {
            return resolve(statePath);
        }
        if (!workspace.equals(Workspaces.DEFAULT)) {
            return localWorkspaceDir(b).resolve(workspace).resolve(LocalStateBackend.DEFAULT_FILE);
        }
        return b != null && b.settings().containsKey("path") ? resolve(Path.of(b.settings().get("path")))
                : dir().resolve(LocalStateBackend.DEFAULT_FILE);
    }

    /** Where the local backend keeps the other workspaces' states: workspace_dir, or terraform.tfstate.d as Terraform. */
    Path localWorkspaceDir(dev.sslform.plugin.config.BackendConfig b) {
        return b != null && b.settings().containsKey("workspace_dir") ? resolve(Path.of(b.settings().get("workspace_dir")))
                : dir().resolve(Workspaces.LOCAL_DIR);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "sslform";
        }
    }

    /** The environment the configuration is loaded with: TF_WORKSPACE names the selected workspace (terraform.workspace). */
    Map<String, String> loadEnv() {
        Map<String, String> e = new java.util.HashMap<>(env().env());
        e.put(Workspaces.ENV_VAR, workspace());
        return e;
    }

    List<VarSource> resolvedVars() {
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
        // What went to the planner as its own diagnostics is shown with the plan's, once.
        java.util.List<Diagnostic> later = all.subList(Math.min(configDiagnosticsShown, all.size()), all.size()).stream()
                .filter(d -> !loaded.handedToPlanner(d)).toList();
        if (jsonUi == null && later.stream().noneMatch(Diagnostic::isError)) {
            return; // the text UI keeps its output as it was; only errors, which stop the plan, must be shown
        }
        configDiagnosticsShown = all.size();
        printConfigDiagnostics(later, loaded);
    }

    /** Loads the configuration; prints its diagnostics; null when it has errors. */
    ConfigSource config() {
        ConfigSource c = ConfigSource.load(dir(), resolvedVars(), loadEnv());
        c = VariablePrompt.askMissing(this, c);
        locateIn(c);
        // Evaluated before anything is planned, so a failed variable validation is shown (and stops) here.
        Diagnostics early = c.evaluateEarly();
        configDiagnosticsShown = c.diagnostics().size();
        printConfigDiagnostics(early.asList(), c);
        return c.diagnostics().hasErrors() ? null : c;
    }

    private void printConfigDiagnostics(java.util.List<Diagnostic> diags, ConfigSource c) {
        diagnostics().show(diags.stream().map(c::view).toList());
    }

    /** The provider, configured from the provider block, falling back to TENCENTCLOUD_* variables. */
    TencentCloudProvider provider(Map<String, Object> block) {
        return provider(TencentCloudProvider.NAME, block);
    }

    /**
     * Every provider configuration, by name ({@code tencentcloud}, {@code tencentcloud.sh}) as
     * {@link ConfigSource#providers()} gives them, each with its own client built from its block
     * and the TENCENTCLOUD_* fallbacks (as each configuration of the real provider reads them).
     */
    dev.sslform.plugin.plan.Providers providers(Map<String, Map<String, Object>> blocks) {
        Map<String, TencentCloudProvider> out = new java.util.LinkedHashMap<>();
        blocks.forEach((name, block) -> out.put(ConfigSource.providerAddress(name), provider(name, block)));
        if (out.isEmpty()) {
            out.put(dev.sslform.plugin.plan.Providers.DEFAULT, provider(TencentCloudProvider.NAME, Map.of()));
        }
        return dev.sslform.plugin.plan.Providers.of(out);
    }

    /** Configuration {@code name}'s provider, built on first use. */
    private TencentCloudProvider provider(String name, Map<String, Object> block) {
        // Built on first use: a configuration without resources needs no region or credentials.
        return new TencentCloudProvider(new dev.sslform.plugin.provider.api.LazySqlServerApi(() -> {
            ApiConfig api = ApiConfig.fromEnvironment(env().env(), Values.str(block, "region"), Values.str(block, "endpoint"),
                    Values.str(block, "secret_id"), Values.str(block, "secret_key"), Values.str(block, "security_token"));
            if (Values.str(block, "protocol") != null && Values.str(block, "endpoint") != null && !Values.str(block, "endpoint").contains("://")) {
                api = new ApiConfig(api.region(), api.secretId(), api.secretKey(), api.securityToken(), api.endpoint(), Values.str(block, "protocol"));
            }
            return ResilientSqlServerApi.create(api, env().clock(), env().sleeper(), rate(block), log().named("provider." + name));
        }), env().clock(), env().sleeper(), FlowWaiter.watchInterval(rate(block)));
    }

    /** The provider block's rate_limit, or the default. */
    private static long rate(Map<String, Object> block) {
        Long rate = Values.lng(block, "rate_limit");
        return rate == null ? ResilientSqlServerApi.DEFAULT_RATE_LIMIT : rate;
    }

    /**
     * Asks for "yes" and reads the answer from stdin, terminal or not ({@code echo yes | sslform
     * apply}), as Terraform does; end of input is a refusal. {@code proceed} (-auto-approve,
     * -force) answers for the user; with {@code -input=false} (or TF_INPUT=false) nothing is asked
     * and the command refuses.
     */
    boolean confirm(boolean proceed, Confirmation c) {
        if (proceed) {
            return true;
        }
        if (!inputEnabled()) {
            refuse(c.what() + " requires confirmation, but input is disabled (-input=false)", c.withoutTerminal());
            return false;
        }
        out().print("\n" + c.question() + "\n" + Confirmation.indented(c.explanation()) + "\n\n  Enter a value: ");
        out().flush();
        String line = null;
        try {
            line = env().stdin().readLine();
        } catch (java.io.IOException e) {
            // treated as a refusal below
        }
        if (line != null && line.trim().equals("yes")) {
            out().println();
            return true;
        }
        out().flush();
        refuse(c.what() + " cancelled.", line != null ? "" : "stdin ended without an answer.\n" + c.withoutTerminal());
        return false;
    }

    /** Whether the command may ask the user anything: not with -input=false or TF_INPUT=false (or 0). */
    boolean inputEnabled() {
        String tfInput = env().env().get("TF_INPUT");
        return input && !(tfInput != null && (tfInput.equalsIgnoreCase("false") || tfInput.equals("0")));
    }
}
