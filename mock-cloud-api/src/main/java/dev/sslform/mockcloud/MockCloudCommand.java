package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.Durations;
import dev.sslform.mockcloud.core.LifecycleSettings;
import dev.sslform.mockcloud.dataplane.DataPlaneSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The {@code mockcloud} command line: flags into a {@link MockCloudConfig}, then serve until stopped. */
@Command(name = "mockcloud", mixinStandardHelpOptions = true, versionProvider = MockCloudCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "A local, wire-compatible stand-in for the Tencent Cloud API 3.0 SQL Server SSL feature.",
        footer = {"", "Environment: MOCKCLOUD_SECRET_ID and MOCKCLOUD_SECRET_KEY replace the default key pair;",
                "MOCKCLOUD_ADMIN_TOKEN sets the admin token (--admin-token and --admin-token-file win over it).",
                "Durations take ISO-8601 (PT20S) or short forms (20s, 10m, 1h, 2d).",
                "Once it accepts requests it prints one line: mockcloud listening on http://HOST:PORT",
                "Each instance also gets a TDS endpoint (see docs/dataplane.md) unless --no-dataplane."},
        subcommands = {SignedCallCommand.class})
final class MockCloudCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).",
            defaultValue = "9000")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on (default ${DEFAULT-VALUE}); "
            + "beyond loopback without an admin token, mockcloud warns at start.",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--db", paramLabel = "URL", description = {"Database: jdbc:h2:file:PATH (default ${DEFAULT-VALUE}, survives restarts),",
            "jdbc:h2:mem:NAME (throwaway) or jdbc:postgresql://HOST:PORT/DB (shared by several processes)."},
            defaultValue = MockCloudConfig.DEFAULT_DB_URL)
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (PostgreSQL).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (PostgreSQL); or MOCKCLOUD_DB_PASSWORD.")
    String dbPassword;

    @Option(names = "--seed", paramLabel = "FILE", description = "YAML file of accounts and instances created at start-up (idempotent).")
    Path seed;

    @Option(names = "--accounts", paramLabel = "FILE", description = "YAML file of key pairs replacing the default account.")
    Path accountsFile;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Require header X-Mock-Admin-Token: TOKEN on every /_mock call "
            + "(shows in ps: prefer --admin-token-file or MOCKCLOUD_ADMIN_TOKEN).")
    String adminToken;

    @Option(names = "--admin-token-file", paramLabel = "FILE", description = "Read the admin token from FILE (one line).")
    Path adminTokenFile;

    /** The environment the token may come from; tests put their own. */
    java.util.Map<String, String> env = System.getenv();

    @Option(names = "--clock", paramLabel = "MODE", description = "system (real time plus an offset; default) or manual (stands still unless moved).",
            defaultValue = "system")
    String clock;

    @Option(names = "--clock-start", paramLabel = "ISO-8601", description = {"Where a manual clock starts, e.g. 2026-12-01T17:00:00+08:00 (default: now).",
            "On a --db that a manual clock already ran on, it resumes from the saved reading if that is later."})
    String clockStart;

    @Option(names = "--task-duration", paramLabel = "DURATION", description = "How long an SSL operation runs, restart included (default ${DEFAULT-VALUE}).",
            defaultValue = "20s")
    String taskDuration;

    @Option(names = "--restart-duration", paramLabel = "DURATION", description = "The restart at the end of each operation (default ${DEFAULT-VALUE}).",
            defaultValue = "5s")
    String restartDuration;

    @Option(names = "--cert-lifetime", paramLabel = "DURATION", description = "Server certificate validity (default ${DEFAULT-VALUE}).",
            defaultValue = "365d")
    String certLifetime;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "Time zone maintenance windows are read in (default ${DEFAULT-VALUE}).",
            defaultValue = "Asia/Shanghai")
    String timeZone;

    @Option(names = "--dataplane-ports", paramLabel = "FROM-TO",
            description = "Ports for the per-instance TDS endpoints, first free one each (default: any free port).")
    String dataPlanePorts;

    @Option(names = "--no-dataplane", description = "No TDS endpoints: instances keep their configured Vip and Vport.")
    boolean noDataPlane;

    /** {@code mockcloud --version}: the version and the commit it was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.current().versionLine()};
        }
    }

    static int run(String[] args) {
        CommandLine cli = new CommandLine(new MockCloudCommand());
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("mockcloud: " + ex.getMessage() + " (see mockcloud --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("mockcloud: " + ex.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        MockCloudConfig config = toConfig();
        MockCloud server = MockCloud.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mockcloud-shutdown"));
        System.out.println("mockcloud listening on " + server.url());
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    MockCloudConfig toConfig() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0–65535, got " + port);
        }
        ListenAddress.resolve(bind);
        if (!db.startsWith("jdbc:h2:") && !db.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL, got " + db);
        }
        readable(seed, "--seed");
        readable(accountsFile, "--accounts");
        Duration task = duration(taskDuration, "--task-duration");
        Duration restart = duration(restartDuration, "--restart-duration");
        Duration lifetime = duration(certLifetime, "--cert-lifetime");
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--time-zone: unknown zone " + timeZone);
        }
        LifecycleSettings d = LifecycleSettings.DEFAULTS;
        LifecycleSettings settings;
        try {
            settings = new LifecycleSettings(task, restart, lifetime, d.caLifetime(), zone, d.regionZones(), d.defaultWindow());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--task-duration/--restart-duration/--cert-lifetime: " + e.getMessage());
        }
        MockCloudConfig c = MockCloudConfig.defaults().withPort(port).withBind(bind).withDb(db)
                .withDbCredentials(dbUser, dbPassword != null ? dbPassword : System.getenv("MOCKCLOUD_DB_PASSWORD"))
                .withSeed(seed).withAccountsFile(accountsFile).withAdminToken(AdminToken.choose(adminToken, adminTokenFile, env)).withLifecycle(settings);
        c = c.withDataPlane(dataPlane());
        String envId = System.getenv("MOCKCLOUD_SECRET_ID");
        String envKey = System.getenv("MOCKCLOUD_SECRET_KEY");
        if ((envId == null) != (envKey == null)) {
            throw new IllegalArgumentException("set both MOCKCLOUD_SECRET_ID and MOCKCLOUD_SECRET_KEY, or neither");
        }
        if (envId != null) {
            c = c.withDefaultKey(envId, envKey);
        }
        switch (clock) {
            case "system" -> {
                if (clockStart != null) {
                    throw new IllegalArgumentException("--clock-start needs --clock manual");
                }
            }
            case "manual" -> {
                Instant start = null;
                if (clockStart != null) {
                    try {
                        start = OffsetDateTime.parse(clockStart).toInstant();
                    } catch (DateTimeException e) {
                        throw new IllegalArgumentException("--clock-start: not an ISO-8601 date-time with offset: " + clockStart);
                    }
                }
                c = c.withManualClock(start);
            }
            default -> throw new IllegalArgumentException("--clock must be system or manual, got " + clock);
        }
        return c;
    }

    private DataPlaneSettings dataPlane() {
        if (noDataPlane && dataPlanePorts != null) {
            throw new IllegalArgumentException("--dataplane-ports and --no-dataplane exclude each other");
        }
        DataPlaneSettings d = DataPlaneSettings.DEFAULTS.withEnabled(!noDataPlane);
        if (dataPlanePorts == null) {
            return d;
        }
        try {
            int[] range = DataPlaneSettings.parsePorts(dataPlanePorts);
            return d.withPorts(range[0], range[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--dataplane-ports: " + e.getMessage());
        }
    }

    private static Duration duration(String text, String flag) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage());
        }
    }

    private static void readable(Path file, String flag) {
        if (file != null && !Files.isReadable(file)) {
            throw new IllegalArgumentException(flag + ": cannot read " + file);
        }
    }
}
