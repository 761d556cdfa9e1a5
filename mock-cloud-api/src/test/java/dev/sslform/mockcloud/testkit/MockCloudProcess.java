package dev.sslform.mockcloud.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mockcloud as a real child process, run from the test class path: its stdout and stderr lines
 * are collected as they come, and every wait has a deadline.
 */
public final class MockCloudProcess implements AutoCloseable {
    public static final Duration START_DEADLINE = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("mockcloud listening on (http://(?:127\\.0\\.0\\.1|0\\.0\\.0\\.0):(\\d+))");

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private MockCloudProcess(Process process) {
        this.process = process;
        this.outReader = drain(process.getInputStream(), out, "mockcloud-stdout");
        this.errReader = drain(process.getErrorStream(), err, "mockcloud-stderr");
    }

    /** Starts {@code java -cp <test class path> dev.sslform.mockcloud.MockCloud args…}. */
    public static MockCloudProcess start(String... args) {
        return start(java.util.Map.of(), args);
    }

    /** As {@link #start(String...)}, with {@code env} added to the inherited environment. */
    public static MockCloudProcess start(java.util.Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.sslform.mockcloud.MockCloud");
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            return new MockCloudProcess(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
    }

    private static Thread drain(InputStream in, List<String> into, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException ignored) {
                // the process went away; what was read stays
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the process to end and returns its exit code; fails after {@code deadline}. */
    public int exitCode(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("mockcloud did not exit within " + deadline + "; stderr: " + err);
            }
            outReader.join(deadline.toMillis());
            errReader.join(deadline.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Waits for the listening line and returns the base URL it names. */
    public String awaitListening() {
        return Poll.value(START_DEADLINE, "the listening line (stdout " + out + ", stderr " + err + ")", () -> {
            if (!process.isAlive() && out.stream().noneMatch(l -> LISTENING.matcher(l).matches())) {
                throw new AssertionError("mockcloud exited with " + process.exitValue() + " before listening; stderr: " + err);
            }
            return out.stream().map(LISTENING::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse(null);
        });
    }

    /** Sends SIGTERM and returns the exit code. */
    public int terminate(Duration deadline) {
        process.destroy();
        return exitCode(deadline);
    }

    public List<String> stdout() {
        return List.copyOf(out);
    }

    public List<String> stderr() {
        return List.copyOf(err);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
