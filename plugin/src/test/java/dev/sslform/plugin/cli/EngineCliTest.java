package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of exit codes, prompts and messages, against in-process mockcloud. */
class EngineCliTest {

    static final String ADDR = "tencentcloud_sqlserver_db_instance_ssl_config.orders";
    static final String ID = "mssql-cli00001";

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;
    String replica;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        String created = mock.createInstance(ID, "03:00");
        replica = created.replaceAll("(?s).*\"(mssqlro-[^\"]+)\".*", "$1");
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
        config(ID, "enable");
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    void config(String id, String encryption) throws Exception {
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
                  encryption  = "%s"
                }
                """.formatted(id, encryption));
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "-var";
        full[args.length + 2] = "endpoint=" + mock.endpointUrl();
        return cli.run(full);
    }

    @Test
    void plan_detailed_exitcode_is_2_with_changes_and_0_without() {
        EngineCliRunner.Result changes = run("plan", "-detailed-exitcode");
        assertEquals(2, changes.code(), changes.all());
        assertTrue(changes.out().contains("Plan: 1 to add, 0 to change, 0 to destroy."), changes.out());
        assertTrue(changes.out().contains("+ ssl_validity_period = (known after apply)"), changes.out());
        assertEquals(0, run("plan").code(), "without -detailed-exitcode changes exit 0");
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(0, run("plan", "-detailed-exitcode").code());
    }

    @Test
    void an_output_reading_a_resource_is_known_once_applied_so_the_next_plan_has_no_changes() throws Exception {
        Files.writeString(dir.resolve("outputs.tf"), """
                output "expires" {
                  value = tencentcloud_sqlserver_db_instance_ssl_config.orders.ssl_validity_period
                }
                """);
        EngineCliRunner.Result first = run("plan", "-detailed-exitcode");
        assertEquals(2, first.code(), first.all());
        assertTrue(first.out().contains("+ expires = (known after apply)"), first.out());
        EngineCliRunner.Result applied = run("apply", "-auto-approve");
        assertEquals(0, applied.code(), applied.all());
        assertTrue(applied.out().contains("expires = \"2027-12-01 17:05:20\""), applied.out());
        EngineCliRunner.Result again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.code(), again.all());
        assertFalse(again.out().contains("Changes to Outputs"), again.out());
    }

    @Test
    void apply_reads_approval_from_stdin_without_a_terminal_and_end_of_input_refuses() {
        EngineCliRunner.Result r = run("apply");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Apply cancelled."), r.err());
        assertTrue(r.err().contains("stdin ended without an answer"), r.err());
        assertTrue(r.err().contains("-auto-approve"), r.err());
        assertEquals("", run("state", "list").out(), "nothing was applied");
    }

    @Test
    void apply_on_a_terminal_applies_only_after_yes() {
        cli.interactive = true;
        cli.stdin = "no\n";
        EngineCliRunner.Result no = run("apply");
        assertEquals(1, no.code());
        assertTrue(no.out().contains("Only 'yes' will be accepted to approve."), no.out());
        assertTrue(no.err().contains("Apply cancelled."), no.err());
        cli.stdin = "yes\n";
        EngineCliRunner.Result yes = run("apply");
        assertEquals(0, yes.code(), yes.all());
        assertTrue(yes.out().contains("Apply complete! Resources: 1 added, 0 changed, 0 destroyed."), yes.out());
    }

    @Test
    void a_replica_in_instance_id_is_a_plan_error_saying_replicas_follow_their_master() throws Exception {
        config(replica, "enable");
        EngineCliRunner.Result r = run("plan", "-detailed-exitcode");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: Read-only replica in instance_id"), r.err());
        assertTrue(r.words().contains("Replicas follow their master's SSL setting"), r.err());
    }

    @Test
    void api_errors_show_the_tencent_code_message_and_request_id() {
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID, "TENCENTCLOUD_SECRET_KEY", "wrong"),
                mock.clock(), mock.sleeper());
        EngineCliRunner.Result r = run("plan");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: DescribeDBInstances failed: AuthFailure"), r.err());
        assertTrue(r.err().contains("RequestId: "), r.err());
    }

    @Test
    void state_list_show_and_rm() {
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(ADDR + "\n", run("state", "list").out());
        EngineCliRunner.Result show = run("state", "show", ADDR);
        assertTrue(show.out().startsWith("# " + ADDR + ":\nresource \"tencentcloud_sqlserver_db_instance_ssl_config\" \"orders\" {"), show.out());
        assertTrue(show.out().contains("encryption          = \"enable\""), show.out());
        assertTrue(run("show").out().contains("# " + ADDR + ":"));
        EngineCliRunner.Result rm = run("state", "rm", ADDR);
        assertEquals(0, rm.code());
        assertTrue(rm.out().contains("Removed " + ADDR));
        assertEquals("", run("state", "list").out());
        assertEquals(1, run("state", "show", ADDR).code());
        assertTrue(run("show").out().contains("The state file is empty."));
    }

    @Test
    void a_held_lock_fails_after_the_lock_timeout_with_the_holders_info() {
        LocalStateBackend other = new LocalStateBackend(dir.resolve("sslform.tfstate"));
        try (Lock held = other.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            EngineCliRunner.Result r = run("plan", "-lock-timeout=1s");
            assertEquals(1, r.code(), r.all());
            assertTrue(r.err().contains("OperationTypeApply"), r.err());
        }
    }

    @Test
    void import_refuses_an_address_already_in_state() {
        assertEquals(0, run("apply", "-auto-approve").code());
        EngineCliRunner.Result r = run("import", ADDR, ID);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Resource already managed by sslform"), r.err());
    }

    @Test
    void a_vanished_instance_is_dropped_with_a_warning_and_if_still_configured_planned_as_a_create_that_fails_naming_it() {
        assertEquals(0, run("apply", "-auto-approve").code());
        mock.deleteInstance(ID);
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(2, plan.code(), "still configured: a create is planned\n" + plan.all());
        assertTrue(plan.out().contains("Warning: Instance no longer exists"), plan.out());
        assertTrue(plan.out().contains("# " + ADDR + " will be created"), plan.out());
        assertTrue(plan.out().contains("instance " + ID + " no longer exists; apply will try to create it again"), plan.out());
        assertEquals(ADDR + "\n", run("state", "list").out(), "plan does not write state");

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.err().contains("ResourceNotFound.InstanceNotFound"), apply.err());
        assertTrue(apply.err().contains(ID), "the Tencent error names the instance: " + apply.err());
        assertEquals("", run("state", "list").out(), "apply dropped the vanished object from state");
    }

    @Test
    void is_kms_left_out_is_not_managed_so_kms_turned_on_outside_plans_no_update() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        // Someone re-enables SSL with a KMS key outside this state.
        config(ID, "disable");
        assertEquals(0, run("apply", "-auto-approve", "-state=other.tfstate").code());
        java.nio.file.Files.writeString(dir.resolve("main.tf"), java.nio.file.Files.readString(dir.resolve("main.tf"))
                .replace("encryption  = \"disable\"", "encryption  = \"enable\"\n  is_kms = 1\n  cmk_id = \"key-1\"\n  cmk_region = \"ap-guangzhou\"")
                .replace("encryption = \"disable\"", "encryption = \"enable\"\n  is_kms = 1\n  cmk_id = \"key-1\"\n  cmk_region = \"ap-guangzhou\""));
        EngineCliRunner.Result kms = run("apply", "-auto-approve", "-state=other.tfstate");
        assertEquals(0, kms.code(), kms.all());
        assertTrue(mock.get("/_mock/instances/" + ID).contains("key-1"), mock.get("/_mock/instances/" + ID));
        config(ID, "enable");

        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(0, plan.code(), "KMS is drift, not a change to make\n" + plan.all());
        EngineCliRunner.Result again = run("apply", "-auto-approve");
        assertEquals(0, again.code(), again.all());
        assertEquals(0, run("plan", "-detailed-exitcode").code(), "and never a perpetual update");
        assertTrue(run("state", "show", ADDR).out().contains("is_kms              = 1"), run("state", "show", ADDR).out());
    }
}
