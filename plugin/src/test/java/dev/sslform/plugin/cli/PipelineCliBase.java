package dev.sslform.plugin.cli;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the Terraform-pipeline tests share: an in-process mockcloud with one instance, a
 * configuration that enables SSL on it (its endpoint from TF_VAR_endpoint, as a CI job would set
 * it), and the CLI run in-process in that directory through {@code -chdir}.
 */
abstract class PipelineCliBase {

    static final String ADDR = "tencentcloud_sqlserver_db_instance_ssl_config.orders";
    static final String ID = "mssql-pipe0001";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    Map<String, String> env = new HashMap<>();

    @BeforeEach
    void startMock() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        mock.createInstance(ID, "03:00");
        env.put("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID);
        env.put("TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY);
        env.put("TF_VAR_endpoint", mock.endpointUrl());
        Files.writeString(dir.resolve("main.tf"), """
                variable "endpoint" {
                  type = string
                }
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = var.endpoint
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                }
                """.formatted(ID));
    }

    @AfterEach
    void stopMock() {
        mock.close();
    }

    EngineCliRunner cli() {
        return new EngineCliRunner(env, mock.clock(), mock.sleeper());
    }

    EngineCliRunner.Result run(String... args) {
        return run(cli(), args);
    }

    EngineCliRunner.Result run(EngineCliRunner cli, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }
}
