package dev.sslform.plugin.cli;

import java.util.Map;
import picocli.CommandLine;

/** Builds the picocli command tree; tests call this with their own environment and writers. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine(Map<String, String> env) {
        return configure(new CommandLine(new SslformCommand(env)));
    }

    /** The command tree with the whole process environment given: clock, sleeper, stdin, terminal. */
    public static CommandLine commandLine(CliEnv env) {
        return configure(new CommandLine(new SslformCommand(env)));
    }

    private static CommandLine configure(CommandLine cl) {
        // -var and -var-file may repeat; their setters record each occurrence in order.
        cl.setOverwrittenOptionsAllowed(true);
        // -flag and --flag alike, on every command, as Terraform.
        DoubleDash.install(cl);
        // A usage error exits 1, as in Terraform: picocli's default, 2, would read as "changes
        // present" to a pipeline running plan -detailed-exitcode.
        cl.setExitCodeExceptionMapper(ex -> ExitCodes.ERROR);
        cl.setParameterExceptionHandler((ex, args) -> CommandLineErrors.badArguments(ex, args));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> CommandLineErrors.failed(ex, cmd));
        return cl;
    }
}
