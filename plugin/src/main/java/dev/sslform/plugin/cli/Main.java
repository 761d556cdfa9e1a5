package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.Interruption;
import java.io.PrintStream;

/**
 * The {@code sslform} executable: runs the command line and exits with its code. SIGINT and
 * SIGTERM are taken over as Terraform does: the first asks for a graceful stop, the second for
 * an immediate one (state is still written and the lock released before the process exits).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String version = VersionCommand.fastPath(args);
        if (version != null) {
            // `sslform version` is what pipelines run most: answer it without building the picocli
            // command tree (reflection over every command's options). VersionCommandTest checks
            // that the text is exactly what the command tree prints.
            System.out.print(version);
            System.out.flush();
            System.exit(ExitCodes.OK);
        }
        CliEnv env = CliEnv.system();
        install(env.interruption(), System.err);
        System.exit(Cli.commandLine(env).execute(args));
    }

    static void install(Interruption interruption, PrintStream err) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                    int n = interruption.stopRequested() ? 2 : 1;
                    if (n == 1) {
                        err.println("\nInterrupt received.\nPlease wait for sslform to exit or data loss may occur.\n"
                                + "Gracefully shutting down: no new operations start; calls in flight finish; state is written.");
                        err.flush();
                        interruption.signal();
                    } else {
                        err.println("\nTwo interrupts received. Writing state and exiting immediately."
                                + " Operations already accepted go on remotely; the next plan recognizes them.");
                        err.flush();
                        interruption.signal();
                        Runtime.getRuntime().halt(1);
                    }
                });
            } catch (IllegalArgumentException e) {
                // The signal is not available on this platform (e.g. TERM on some JVMs): keep the default.
            }
        }
    }
}
