package dev.sslform.mockcloud.testkit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mockcloud as a real child process ({@code java -cp <test class path> dev.sslform.mockcloud.MockCloud}),
 * its output in a log file, its address read from the "mockcloud listening on" line.
 */
public final class ChildMockCloud implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("mockcloud listening on http://([^\\s]+)");

    public final Process process;
    public final String hostPort;
    public final Path log;

    private ChildMockCloud(Process process, String hostPort, Path log) {
        this.process = process;
        this.hostPort = hostPort;
        this.log = log;
    }

    /** Starts mockcloud with {@code args} and waits (up to 90 s) for its listening line. */
    public static ChildMockCloud start(Path logDir, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.sslform.mockcloud.MockCloud");
        cmd.addAll(List.of(args));
        Path log = logDir.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String[] found = new String[1];
        try {
            pollUntil(Duration.ofSeconds(90), () -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException("mockcloud exited with " + p.exitValue() + ": " + read(log));
                }
                Matcher m = LISTENING.matcher(read(log));
                if (m.find()) {
                    found[0] = m.group(1);
                    return true;
                }
                return false;
            }, () -> "mockcloud did not start: " + read(log));
        } catch (RuntimeException | Error e) {
            p.destroyForcibly();
            throw e;
        }
        return new ChildMockCloud(p, found[0], log);
    }

    public SignedClient api() {
        return new SignedClient(hostPort, dev.sslform.mockcloud.core.Account.DEFAULT_SECRET_ID,
                dev.sslform.mockcloud.core.Account.DEFAULT_SECRET_KEY, "ap-guangzhou");
    }

    public String url() {
        return "http://" + hostPort;
    }

    public JsonPath admin(String path) {
        return RestAssured.get(url() + path).then().statusCode(200).extract().jsonPath();
    }

    public JsonPath adminPost(String path, String json, int status) {
        return RestAssured.given().contentType("application/json").body(json).post(url() + path)
                .then().statusCode(status).extract().jsonPath();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mockcloud survived SIGKILL");
        }
    }

    /** SIGTERM and wait: the shutdown hook closes the store. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Polls {@code done} every 50 ms until it holds; fails with {@code why} after {@code deadline}. */
    public static void pollUntil(Duration deadline, BooleanSupplier done, java.util.function.Supplier<String> why) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + why.get());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable log: " + e + ")";
        }
    }
}
