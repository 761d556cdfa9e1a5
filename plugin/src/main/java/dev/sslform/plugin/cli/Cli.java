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
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("Error: " + ex);
            return ExitCodes.ERROR;
        });
        return cl;
    }
}
