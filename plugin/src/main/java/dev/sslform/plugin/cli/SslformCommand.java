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
        subcommands = {ValidateCommand.class, VersionCommand.class},
        footer = {"", "Global options must come before the subcommand, as in Terraform: sslform -chdir=envs/prod validate%n"})
public final class SslformCommand implements Runnable {
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    @Option(names = "-chdir", paramLabel = "DIR", description = "Switch to a different working directory before executing the given subcommand.")
    Path chdir;

    SslformCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Map<String, String> env() {
        return env;
    }

    /** The working directory: -chdir when given, else the current directory. */
    Path workingDir() {
        return chdir != null ? chdir : Path.of("");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
