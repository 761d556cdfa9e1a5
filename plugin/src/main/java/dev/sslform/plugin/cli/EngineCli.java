package dev.sslform.plugin.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The engine's command tree: {@code -chdir} (before the subcommand, as in Terraform) and the
 * plan/apply/destroy/import/state/show subcommands. Temporary root until the config branch's
 * {@code SslformCommand} is merged; then these subcommands are registered there.
 */
@Command(name = "sslform", mixinStandardHelpOptions = true, version = "sslform 0.1.0",
        description = "Declarative SSL for TencentDB for SQL Server.",
        subcommands = {PlanCommand.class, ApplyCommand.class, DestroyCommand.class, ImportCommand.class, StateCommand.class,
                ShowCommand.class})
public final class EngineCli implements Runnable {

    @Option(names = "-chdir", paramLabel = "DIR", description = "Switch to a different working directory before executing the subcommand.")
    Path chdir;

    final CliEnv env;

    EngineCli(CliEnv env) {
        this.env = env;
    }

    Path workingDir() {
        return chdir != null ? chdir : Path.of("");
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command line, with the given environment; tests set their own writers on it. */
    public static CommandLine commandLine(CliEnv env) {
        CommandLine cl = new CommandLine(new EngineCli(env));
        cl.setOverwrittenOptionsAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("\nError: " + ex.getMessage());
            return ExitCode.ERROR;
        });
        return cl;
    }
}
