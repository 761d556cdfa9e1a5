package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code sslform console} through the real entry point, against in-process mockcloud. */
class ConsoleCommandTest {
    static final String ID = "mssql-con00001";
    static final Map<String, String> CREDENTIALS = Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
            "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY);

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() throws Exception {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"));
        mock.createInstance(ID, "03:00");
        cli = new EngineCliRunner(CREDENTIALS, mock.clock(), mock.sleeper());
        Files.writeString(dir.resolve("main.tf"), """
                variable "endpoint" {
                  type = string
                }
                variable "ids" {
                  type    = list(string)
                  default = ["%s"]
                }
                variable "tags" {
                  type    = map(string)
                  default = { team = "db", env = "prod" }
                }
                variable "password" {
                  type      = string
                  default   = "hunter2"
                  sensitive = true
                }
                variable "unset" {
                  type = string
                }
                locals {
                  settings = {
                    name     = "orders"
                    replicas = [1, 2]
                    password = var.password
                  }
                  banner = "line one\\nline two"
                }
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = var.endpoint
                }
                data "tencentcloud_sqlserver_instances" "mine" {
                  instance_ids = var.ids
                }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                }
                """.formatted(ID, ID));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner.Result console(String stdin, String... extra) {
        cli.stdin = stdin;
        String[] args = new String[extra.length + 4];
        args[0] = "-chdir=" + dir;
        args[1] = "console";
        System.arraycopy(extra, 0, args, 2, extra.length);
        args[extra.length + 2] = "-var";
        args[extra.length + 3] = "endpoint=" + mock.endpointUrl();
        return cli.run(args);
    }

    @Test
    void piped_input_prints_the_last_expressions_value() {
        var r = console("var.tags\nupper(local.settings.name)\n");
        assertEquals(0, r.code(), r.all());
        assertEquals("\"ORDERS\"\n", r.out());
    }

    @Test
    void collections_print_in_terraforms_multi_line_style_with_their_type() {
        assertEquals("tolist([\n  \"" + ID + "\",\n])\n", console("var.ids\n").out());
        assertEquals("tomap({\n  \"env\" = \"prod\"\n  \"team\" = \"db\"\n})\n", console("var.tags\n").out());
        assertEquals("[\n  1,\n  \"a\",\n  true,\n  null,\n]\n", console("[1, \"a\", true, null]\n").out());
        assertEquals("[]\n", console("[]\n").out());
        assertEquals("{}\n", console("{}\n").out());
        assertEquals("toset([\n  \"a\",\n  \"b\",\n])\n", console("toset([\"b\", \"a\", \"b\"])\n").out());
    }

    @Test
    void strings_are_quoted_and_multi_line_strings_are_heredocs() {
        assertEquals("\"tab\\there \\\"quoted\\\"\"\n", console("\"tab\\there \\\"quoted\\\"\"\n").out());
        assertEquals("<<EOT\nline one\nline two\nEOT\n", console("local.banner\n").out());
        assertEquals("1.5\n", console("3 / 2\n").out());
    }

    @Test
    void sensitive_values_are_hidden_where_they_appear() {
        assertEquals("(sensitive value)\n", console("var.password\n").out());
        assertEquals("(sensitive value)\n", console("\"${var.password}!\"\n").out());
        assertEquals("""
                {
                  "name" = "orders"
                  "password" = (sensitive value)
                  "replicas" = [
                    1,
                    2,
                  ]
                }
                """, console("local.settings\n").out());
    }

    @Test
    void an_unset_required_variable_and_computed_attributes_are_known_after_apply() {
        assertEquals("(known after apply)\n", console("var.unset\n").out());
        assertEquals("(known after apply)\n", console("tencentcloud_sqlserver_db_instance_ssl_config.orders.ssl_validity_period\n").out());
        assertEquals("\"enable\"\n", console("tencentcloud_sqlserver_db_instance_ssl_config.orders.encryption\n").out());
    }

    @Test
    void data_sources_are_read_from_the_api_when_credentials_are_configured() {
        var r = console("data.tencentcloud_sqlserver_instances.mine.ids\n");
        assertEquals(0, r.code(), r.all());
        assertEquals("tolist([\n  \"" + ID + "\",\n])\n", r.out());
        var status = console("data.tencentcloud_sqlserver_instances.mine.instance_list[0].instance_id\n");
        assertEquals("\"" + ID + "\"\n", status.out());
    }

    @Test
    void without_credentials_data_sources_come_from_state_or_are_unknown() {
        cli = new EngineCliRunner(Map.of(), mock.clock(), mock.sleeper());
        var r = console("data.tencentcloud_sqlserver_instances.mine.ids\n");
        assertEquals(0, r.code(), r.all());
        assertEquals("(known after apply)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void without_credentials_a_data_source_in_state_is_read_from_state() throws Exception {
        Files.writeString(dir.resolve("terraform.tfstate"), """
                {"version": 4, "terraform_version": "1.9.8", "serial": 1, "lineage": "6f9c4c57-2a4e-4b0c-9c57-000000000001",
                 "outputs": {}, "resources": [{"mode": "data", "type": "tencentcloud_sqlserver_instances", "name": "mine",
                 "provider": "provider[\\"registry.terraform.io/tencentcloudstack/tencentcloud\\"]",
                 "instances": [{"schema_version": 0, "attributes": {"id": "x", "ids": ["from-state"]}}]}]}
                """);
        cli = new EngineCliRunner(Map.of(), mock.clock(), mock.sleeper());
        var r = console("data.tencentcloud_sqlserver_instances.mine.ids\n", "-state=terraform.tfstate");
        assertEquals(0, r.code(), r.all());
        assertEquals("tolist([\n  \"from-state\",\n])\n", r.out());
    }

    @Test
    void a_failed_data_source_read_is_shown_and_the_console_goes_on() {
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID, "TENCENTCLOUD_SECRET_KEY", "wrong"),
                mock.clock(), mock.sleeper());
        var r = console("data.tencentcloud_sqlserver_instances.mine.ids\n");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.err().contains("Failed to read data source data.tencentcloud_sqlserver_instances.mine"), r.err());
        assertTrue(r.err().contains(ConsoleCommand.WARNING_AFTER_PROBLEMS), r.err());
        assertEquals("(known after apply)\n", r.out());
    }

    @Test
    void resources_come_from_state_after_apply() {
        cli.stdin = "";
        var applied = cli.run("-chdir=" + dir, "apply", "-auto-approve", "-var", "unset=x", "-var", "endpoint=" + mock.endpointUrl());
        assertEquals(0, applied.code(), applied.all());
        var r = console("tencentcloud_sqlserver_db_instance_ssl_config.orders.ssl_validity_period\n");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\"\n"), r.out());
    }

    @Test
    void state_flag_names_the_state_file_read() {
        cli.stdin = "";
        var applied = cli.run("-chdir=" + dir, "apply", "-auto-approve", "-state=other.tfstate", "-var", "unset=x", "-var", "endpoint=" + mock.endpointUrl());
        assertEquals(0, applied.code(), applied.all());
        String expr = "tencentcloud_sqlserver_db_instance_ssl_config.orders.ssl_validity_period\n";
        assertEquals("(known after apply)\n", console(expr).out(), "the default state file is empty");
        assertFalse(console(expr, "-state=other.tfstate").out().contains("known after apply"));
    }

    @Test
    void var_and_var_file_set_variables() throws Exception {
        assertEquals("\"given\"\n", console("var.unset\n", "-var", "unset=given").out());
        Files.writeString(dir.resolve("x.tfvars"), "unset = \"from file\"\n");
        assertEquals("\"from file\"\n", console("var.unset\n", "-var-file=x.tfvars").out());
    }

    @Test
    void an_error_in_piped_input_is_a_diagnostic_and_exit_1() {
        var r = console("1 + 1\nvar.nope\n2\n");
        assertEquals(1, r.code(), r.all());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Error: Reference to undeclared input variable"), r.err());
        assertTrue(r.err().contains("  on <console-input> line 1:\n   1: var.nope\n"), r.err());
    }

    @Test
    void exit_stops_reading_and_help_explains() {
        var r = console("exit\nvar.nope\n");
        assertEquals(0, r.code(), r.all());
        assertEquals("", r.all());
        var help = console("help\n");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("The sslform console evaluates expressions"), help.out());
    }

    @Test
    void interactive_mode_prompts_continues_open_brackets_and_survives_errors() {
        cli.interactive = true;
        var r = console("var.nope\n{\n  a = 1\n}\n\"x\"\n");
        assertEquals(0, r.code(), r.all());
        assertEquals("> > : : {\n  \"a\" = 1\n}\n> \"x\"\n> \n", r.out());
        assertTrue(r.err().contains("Reference to undeclared input variable"), r.err());
    }

    @Test
    void a_directory_without_configuration_still_evaluates_functions() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        cli.stdin = "upper(\"db\")\n";
        var r = cli.run("-chdir=" + empty, "console");
        assertEquals(0, r.code(), r.all());
        assertEquals("\"DB\"\n", r.out());
    }

    @Test
    void a_configuration_with_errors_exits_1_before_reading_input() throws Exception {
        Files.writeString(dir.resolve("bad.tf"), "locals {\n  x = \n}\n");
        var r = console("1\n");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("  on bad.tf line 2, in locals:\n   2:   x = \n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void plan_flag_is_refused() {
        var r = console("1\n", "-plan");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Option -plan is not available"), r.err());
    }
}
