package dev.sslform.plugin.cli;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI acceptance tests of the language share: an in-process mockcloud on a manual clock
 * (2026-12-01 09:05 UTC) holding the subclass's instances (window 03:00), credentials for it, a
 * configuration directory, a {@code main.tf} written with the provider block pointing at the mock,
 * and the CLI run there ({@code -chdir}). Subclasses add the scenario and its assertions.
 */
abstract class InProcessAcceptance {

    static final String TYPE = "tencentcloud_sqlserver_db_instance_ssl_config";
    static final String ADDR = TYPE + ".orders";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    /** The instances mockcloud starts with. */
    abstract List<String> instances();

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
        instances().forEach(id -> mock.createInstance(id, "03:00"));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    /** main.tf: the provider block for the mock, then {@code body}. */
    void write(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }

                %s
                """.formatted(mock.endpointUrl(), body));
    }

    /** {@code sslform -chdir=DIR ARGS…}. */
    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }
}
