package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.Interruption;
import dev.sslform.plugin.support.Sleeper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from the process, injected so tests can replace it: the environment
 * (credentials, region), the clock and sleeper every wait uses, stdin, and whether stdin is a
 * terminal (apply asks for "yes" only there), and the interrupts the process receives.
 */
public record CliEnv(Map<String, String> env, Clock clock, Sleeper sleeper, BufferedReader stdin, boolean interactive,
                     Interruption interruption) {

    public CliEnv(Map<String, String> env, Clock clock, Sleeper sleeper, BufferedReader stdin, boolean interactive) {
        this(env, clock, sleeper, stdin, interactive, new Interruption());
    }

    public static CliEnv system() {
        return new CliEnv(System.getenv(), Clock.systemUTC(), Sleeper.SYSTEM,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.console() != null,
                new Interruption());
    }
}
