package dev.sslform.plugin.cli;

import dev.sslform.plugin.support.Sleeper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs the CLI in-process with captured writers: the black-box view of a test. */
final class EngineCliRunner {

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }

        /**
         * Everything printed, without colour, without a diagnostic's left rule ({@code ╷ │ ╵}) and
         * each run of whitespace one space: for asserting a sentence of a diagnostic's detail,
         * which the renderer word-wraps (at 78 columns, or the terminal's), as Terraform does.
         */
        String words() {
            return all().replaceAll("\u001b\\[[0-9;]*m", "").replaceAll("(?m)^[│╷╵] ?", "").replaceAll("\\s+", " ");
        }
    }

    private final Map<String, String> env;
    private final Clock clock;
    private final Sleeper sleeper;
    boolean interactive;
    String stdin = "";
    /** Runs when the command first reads stdin: while it asks for approval, after its plan. */
    Runnable whileAsking;

    EngineCliRunner(Map<String, String> env, Clock clock, Sleeper sleeper) {
        this.env = env;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    private BufferedReader stdin() {
        Runnable hook = whileAsking;
        return new BufferedReader(new StringReader(stdin)) {
            private boolean asked;

            @Override
            public String readLine() throws java.io.IOException {
                if (!asked && hook != null) {
                    asked = true;
                    hook.run();
                }
                return super.readLine();
            }
        };
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(new CliEnv(env, clock, sleeper, stdin(), interactive));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
