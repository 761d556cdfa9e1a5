package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.provider.api.ApiConfig;
import dev.sslform.plugin.provider.api.ModifyDBInstanceSSL;
import dev.sslform.plugin.provider.api.SqlServerApi;
import dev.sslform.plugin.provider.api.TencentSqlServerApi;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply chooses enable and disable on the plan's read of an instance instead of reading it again
 * (one DescribeDBInstancesAttribute fewer per change). These tests change the instance through
 * the API while the CLI waits for "yes", after its plan, and check that apply still does the
 * right thing: nothing sent twice, no renew that is not due, a clear error for someone else's
 * running operation.
 */
class ChangedSincePlanTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADDR = "tencentcloud_sqlserver_db_instance_ssl_config.orders";
    static final String ID = "mssql-race0001";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;
    SqlServerApi someoneElse;

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
        someoneElse = new TencentSqlServerApi(new ApiConfig("ap-guangzhou", MockCloudHarness.SECRET_ID, MockCloudHarness.SECRET_KEY,
                null, mock.endpointUrl(), null));
        mock.createInstance(ID, "03:00");
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    void config(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
                  instance_id = "%s"
                  %s
                }
                """.formatted(mock.endpointUrl(), ID, body));
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    /** Runs an interactive apply; {@code meanwhile} runs after its plan, before the "yes". */
    EngineCliRunner.Result applyWhile(Runnable meanwhile) {
        cli.interactive = true;
        cli.stdin = "yes\n";
        cli.whileAsking = meanwhile;
        try {
            return run("apply");
        } finally {
            cli.interactive = false;
            cli.stdin = "";
            cli.whileAsking = null;
        }
    }

    void otherwise(String type, long waitSwitch) {
        someoneElse.modifyDBInstanceSSL(new ModifyDBInstanceSSL.Request(ID, type, waitSwitch, null, null, null));
        if (waitSwitch == 0) {
            mock.advance(Duration.ofMinutes(10));
        }
    }

    List<JsonNode> modifies() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=1000&action=ModifyDBInstanceSSL"));
        JsonNode list = all.isArray() ? all : all.path("requests");
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    long attributeReads() throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=1000&action=DescribeDBInstancesAttribute"));
        return (all.isArray() ? all : all.path("requests")).size();
    }

    @Test
    void an_undisturbed_enable_reads_the_instance_twice_the_plan_and_the_new_certificate() throws Exception {
        config("encryption = \"enable\"");
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(2, attributeReads(), "the plan's read and the one after the flow");
        assertEquals(1, modifies().size());
    }

    @Test
    void an_instance_someone_enabled_since_the_plan_is_read_again_and_left_alone() throws Exception {
        config("encryption = \"enable\"");
        EngineCliRunner.Result apply = applyWhile(() -> otherwise("enable", 0));

        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains(ADDR + ": changed since the plan (UnsupportedOperation.NotSupportRepeat); reading it again"),
                apply.out());
        List<JsonNode> modifies = modifies();
        assertEquals(2, modifies.size(), "someone else's enable and our refused one");
        assertEquals("error", modifies.get(1).path("outcome").asText());
        assertEquals(List.of("enable", "enable"), modifies.stream().map(m -> m.path("parameters").path("Type").asText()).toList());
        String state = run("state", "show", ADDR).out();
        assertTrue(state.contains("encryption          = \"enable\""), state);
        assertTrue(state.contains("ssl_validity_period = \"2027-12-01"), state);
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void an_instance_someone_disabled_since_the_plan_gets_no_disable() throws Exception {
        config("encryption = \"enable\"");
        assertEquals(0, run("apply", "-auto-approve").code());
        config("encryption = \"disable\"");
        EngineCliRunner.Result apply = applyWhile(() -> otherwise("disable", 0));

        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("enable", "disable", "disable"),
                modifies().stream().map(m -> m.path("parameters").path("Type").asText()).toList());
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void someone_elses_operation_started_since_the_plan_is_named_instead_of_being_waited_on_blindly() throws Exception {
        config("encryption = \"enable\"");
        // their enable waits for the 03:00 window; ours is refused while it does
        EngineCliRunner.Result apply = applyWhile(() -> otherwise("enable", 1));

        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.out().contains("changed since the plan (ResourceUnavailable.InstanceStatusInvalid)"), apply.out());
        assertTrue(apply.words().contains("has an SSL operation in progress that sslform did not start"), apply.err());
        assertEquals(2, modifies().size());
    }

    @Test
    void a_renew_is_chosen_on_a_fresh_read_so_a_certificate_renewed_since_the_plan_is_not_renewed_again() throws Exception {
        config("encryption = \"enable\"");
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.advance(Duration.ofDays(360));
        config("encryption = \"enable\"\n  renew_before_days = 30");

        EngineCliRunner.Result apply = applyWhile(() -> otherwise("renew", 0));

        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("(renew: certificate expires in"), apply.out());
        assertEquals(List.of("enable", "renew"), modifies().stream().map(m -> m.path("parameters").path("Type").asText()).toList(),
                "only someone else's renew: the fresh read showed a new certificate");
        assertFalse(apply.out().contains("reading it again"), apply.out());
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void a_renew_still_due_on_the_fresh_read_is_sent() throws Exception {
        config("encryption = \"enable\"");
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.advance(Duration.ofDays(360));
        config("encryption = \"enable\"\n  renew_before_days = 30");

        EngineCliRunner.Result apply = run("apply", "-auto-approve");

        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("enable", "renew"), modifies().stream().map(m -> m.path("parameters").path("Type").asText()).toList());
        assertTrue(run("state", "show", ADDR).out().contains("ssl_validity_period = \"2028-11-"));
    }
}
