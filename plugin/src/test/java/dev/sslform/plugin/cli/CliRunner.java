package dev.sslform.plugin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output (stdout and stderr interleaved, as a terminal shows them). */
final class CliRunner {
    record Result(int exitCode, String output) {
        /** The output with each run of whitespace one space: for a sentence of a word-wrapped diagnostic detail. */
        String words() {
            return output.replaceAll("\\s+", " ");
        }
    }

    private CliRunner() {
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw, true);
        CommandLine cl = Cli.commandLine(env);
        cl.setOut(pw);
        cl.setErr(pw);
        int code = cl.execute(args);
        pw.flush();
        return new Result(code, sw.toString());
    }
}
