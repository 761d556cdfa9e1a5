package dev.sslform.plugin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * What picocli cannot hand to a command, as the diagnostics every command shows: arguments that
 * do not parse (Terraform's "Failed to parse command-line flags", then how to get help) and an
 * exception no command caught. With {@code -json} among the arguments of a command that has it,
 * the diagnostic is JSON: a {@code diagnostic} message after the {@code version} message, or
 * validate's JSON document.
 */
final class CommandLineErrors {
    private CommandLineErrors() {
    }

    static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        StringWriter suggestions = new StringWriter();
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, new PrintWriter(suggestions, true));
        String detail = ex.getMessage() + (suggestions.toString().isBlank() ? "" : "\n" + suggestions.toString().strip());
        ViewDiagnostic d = ViewDiagnostic.sourceless(true, "Failed to parse command-line flags", detail);
        if (show(cmd, args, d)) {
            return ExitCodes.ERROR;
        }
        cmd.getErr().print("\nFor more help on using this command, run:\n  " + cmd.getCommandSpec().qualifiedName(" ") + " -help\n");
        cmd.getErr().flush();
        return ExitCodes.ERROR;
    }

    static int failed(Exception ex, CommandLine cmd) {
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        show(cmd, new String[0], ViewDiagnostic.sourceless(true, "sslform could not run", message));
        return ExitCodes.ERROR;
    }

    /** Shows {@code d}; returns true when it went out as JSON. */
    private static boolean show(CommandLine cmd, String[] args, ViewDiagnostic d) {
        List<String> given = Arrays.asList(args);
        boolean json = (given.contains("-json") || given.contains("--json")) && cmd.getCommandSpec().findOption("-json") != null;
        CliEnv env = env(cmd);
        if (json && cmd.getCommand() instanceof ValidateCommand) {
            cmd.getOut().println(JsonDiagnostics.validateOutput(List.of(d)));
            cmd.getOut().flush();
            return true;
        }
        if (json) {
            JsonUi.open(cmd.getOut(), env == null ? Clock.systemUTC() : env.clock()).diagnostic(d);
            return true;
        }
        boolean terminal = env != null && env.interactive();
        boolean colour = terminal && !given.contains("-no-color") && !given.contains("--no-color");
        Map<String, String> vars = env == null ? Map.of() : env.env();
        cmd.getErr().print(DiagnosticView.render(d, colour, DiagnosticView.width(vars, terminal)));
        cmd.getErr().flush();
        return false;
    }

    private static CliEnv env(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof SslformCommand s ? s.cliEnv() : null;
    }
}
