package dev.sslform.plugin.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command: global options (Terraform's {@code -chdir}, which must precede the subcommand) and the subcommands. */
@Command(name = "sslform", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Declarative SSL for TencentDB for SQL Server: validate, plan and apply HCL, YAML or Terraform-JSON specs.",
        subcommands = {ValidateCommand.class, VersionCommand.class, PlanCommand.class, ApplyCommand.class, DestroyCommand.class,
                ImportCommand.class, StateCommand.class, ShowCommand.class, ForceUnlockCommand.class,
                FmtCommand.class, ConsoleCommand.class, RefreshCommand.class, InitCommand.class, WorkspaceCommand.class,
                OutputCommand.class, ProvidersCommand.class},
        footer = {"", "Global options must come before the subcommand, as in Terraform: sslform -chdir=envs/prod validate",
                "", "Environment: TF_LOG=trace|debug|info|warn|error|json logs to stderr (every API call at debug),",
                "or to the file TF_LOG_PATH names, as in Terraform; secrets are never logged.%n"})
public final class SslformCommand implements Runnable, EngineRoot {
    private final Map<String, String> env;
    private final CliEnv cliEnv;

    @Spec
    CommandSpec spec;

    @Option(names = "-chdir", paramLabel = "DIR", description = "Switch to a different working directory before executing the given subcommand.")
    Path chdir;

    SslformCommand(Map<String, String> env) {
        this(new CliEnv(env, java.time.Clock.systemUTC(), dev.sslform.plugin.support.Sleeper.SYSTEM,
                new java.io.BufferedReader(new java.io.StringReader("")), false));
    }

    SslformCommand(CliEnv cliEnv) {
        this.env = Map.copyOf(cliEnv.env());
        this.cliEnv = cliEnv;
    }

    @Override
    public CliEnv cliEnv() {
        return cliEnv;
    }

    Map<String, String> env() {
        return env;
    }

    /** The working directory: -chdir when given, else the current directory. */
    @Override
    public Path workingDir() {
        return chdir != null ? chdir : Path.of("");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
