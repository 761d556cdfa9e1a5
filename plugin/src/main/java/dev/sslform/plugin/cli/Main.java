package dev.sslform.plugin.cli;

/** The {@code sslform} executable: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.commandLine(CliEnv.system()).execute(args));
    }
}
