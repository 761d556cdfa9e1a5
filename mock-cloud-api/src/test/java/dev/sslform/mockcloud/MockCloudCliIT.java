package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.testkit.MockCloudProcess;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mockcloud command line, black-box: a real child process started from the test class path. */
class MockCloudCliIT {
    static final Duration EXIT_DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void help_exits_0_and_lists_every_flag() {
        try (MockCloudProcess p = MockCloudProcess.start("--help")) {
            assertEquals(0, p.exitCode(EXIT_DEADLINE), "stderr: " + p.stderr());
            String help = String.join("\n", p.stdout());
            for (String flag : List.of("--port", "--bind", "--db", "--db-user", "--db-password", "--seed", "--accounts",
                    "--admin-token", "--admin-token-file", "--clock", "--clock-start", "--task-duration", "--restart-duration", "--cert-lifetime",
                    "--time-zone", "--help", "--version")) {
                assertTrue(help.contains(flag + " ") || help.contains(flag + "=") || help.contains(flag + ","), flag + " missing from:\n" + help);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--port abc             | --port",
            "--port 70000           | --port",
            "--clock weird          | --clock",
            "--seed /nonexistent    | --seed",
            "--task-duration soon   | --task-duration",
            "--bind 999.1.1.1       | --bind 999.1.1.1 is not a valid IP address",
            "--no-such-flag         | --no-such-flag"})
    void a_bad_flag_exits_non_zero_with_one_clear_line_on_stderr(String args, String named) {
        try (MockCloudProcess p = MockCloudProcess.start(args.trim().split(" "))) {
            int code = p.exitCode(EXIT_DEADLINE);
            assertTrue(code != 0, "exit code " + code);
            List<String> err = p.stderr().stream().filter(l -> !l.isBlank()).toList();
            assertEquals(1, err.size(), "stderr: " + err);
            assertTrue(err.get(0).startsWith("mockcloud: "), err.get(0));
            assertTrue(err.get(0).contains(named), err.get(0));
            assertEquals(List.of(), p.stdout(), "nothing on stdout");
        }
    }

    @Test
    void it_prints_one_listening_line_answers_health_and_stops_cleanly_on_SIGTERM() {
        try (MockCloudProcess p = MockCloudProcess.start("--port", "0", "--db", "jdbc:h2:mem:x")) {
            String url = p.awaitListening();
            assertTrue(url.matches("http://127\\.0\\.0\\.1:[1-9][0-9]*"), url);
            RestAssured.given().get(url + "/_mock/health").then().statusCode(200).body("status", equalTo("ok"));
            int code = p.terminate(EXIT_DEADLINE);
            assertTrue(code == 0 || code == 143, "exit code " + code + "; stderr: " + p.stderr());
            assertEquals(List.of("mockcloud listening on " + url), p.stdout());
        }
    }

    @Test
    void it_serves_the_signed_api_as_a_process() {
        try (MockCloudProcess p = MockCloudProcess.start("--port", "0", "--db", "jdbc:h2:mem:api")) {
            String url = p.awaitListening();
            new SignedClient(url.substring("http://".length()), Account.DEFAULT_SECRET_ID, Account.DEFAULT_SECRET_KEY, "ap-guangzhou")
                    .call("DescribeDBInstances", "{}").then().statusCode(200).body("Response.TotalCount", equalTo(0));
            p.terminate(EXIT_DEADLINE);
        }
    }

    @Test
    void a_seed_is_applied_once_and_state_survives_restarts_on_a_file_database() throws IOException {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                accounts:
                  - {SecretId: AKIDseedcli, SecretKey: seedcli-key, AppId: 1300000077}
                instances:
                  - {InstanceId: mssql-seedcli1, Region: ap-guangzhou, Name: seeded, Account: AKIDseedcli}
                """);
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        String created;
        try (MockCloudProcess p = MockCloudProcess.start("--port", "0", "--db", db, "--seed", seed.toString())) {
            String url = p.awaitListening();
            RestAssured.given().get(url + "/_mock/instances").then().statusCode(200)
                    .body("InstanceId", equalTo(List.of("mssql-seedcli1"))).body("[0].AppId", equalTo(1300000077));
            created = RestAssured.given().contentType("application/json").body("{\"Region\":\"ap-guangzhou\",\"Name\":\"made\"}")
                    .post(url + "/_mock/instances").then().statusCode(201).extract().path("InstanceId");
            client(url).call("ModifyMaintenanceSpan", "{\"InstanceId\":\"mssql-seedcli1\",\"Span\":2}").then()
                    .body("Response.Error", org.hamcrest.Matchers.nullValue());
            int code = p.terminate(EXIT_DEADLINE);
            assertTrue(code == 0 || code == 143, "exit code " + code);
        }
        try (MockCloudProcess p = MockCloudProcess.start("--port", "0", "--db", db, "--seed", seed.toString())) {
            String url = p.awaitListening();
            List<String> ids = RestAssured.given().get(url + "/_mock/instances").then().statusCode(200).extract().path("InstanceId");
            assertEquals(1, ids.stream().filter("mssql-seedcli1"::equals).count(), "seed not duplicated: " + ids);
            assertTrue(ids.contains(created), "state survived the restart: " + ids);
            assertEquals(2, ids.size(), ids.toString());
            client(url).call("DescribeMaintenanceSpan", "{\"InstanceId\":\"mssql-seedcli1\"}").then()
                    .body("Response.Span", equalTo(2));
            client(url).call("DescribeDBInstances", "{}").then().body("Response.DBInstances.InstanceId", hasItem("mssql-seedcli1"));
            p.terminate(EXIT_DEADLINE);
        }
    }

    @Test
    void it_warns_when_listening_beyond_loopback_without_an_admin_token() {
        try (MockCloudProcess p = MockCloudProcess.start("--port", "0", "--bind", "0.0.0.0", "--db", "jdbc:h2:mem:open",
                "--no-dataplane")) {
            String url = p.awaitListening().replace("0.0.0.0", "127.0.0.1");
            RestAssured.given().get(url + "/_mock/health").then().statusCode(200);
            assertTrue(p.stderr().stream().anyMatch(l -> l.contains("WARN") && l.contains("listening on 0.0.0.0 (every interface), "
                    + "beyond loopback, without an admin token")), "stderr: " + p.stderr());
            p.terminate(EXIT_DEADLINE);
        }
    }

    @Test
    void the_admin_token_can_come_from_the_environment_and_then_there_is_no_warning() {
        try (MockCloudProcess p = MockCloudProcess.start(java.util.Map.of("MOCKCLOUD_ADMIN_TOKEN", "env-s3cret"), "--port", "0",
                "--bind", "0.0.0.0", "--db", "jdbc:h2:mem:guarded", "--no-dataplane")) {
            String url = p.awaitListening().replace("0.0.0.0", "127.0.0.1");
            RestAssured.given().get(url + "/_mock/health").then().statusCode(401);
            RestAssured.given().header("X-Mock-Admin-Token", "env-s3cret").get(url + "/_mock/health").then().statusCode(200);
            p.terminate(EXIT_DEADLINE);
            assertTrue(p.stderr().stream().noneMatch(l -> l.contains("without an admin token")), "stderr: " + p.stderr());
        }
    }

    private static SignedClient client(String url) {
        return new SignedClient(url.substring("http://".length()), "AKIDseedcli", "seedcli-key", "ap-guangzhou");
    }
}
