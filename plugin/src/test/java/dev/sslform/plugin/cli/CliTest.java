package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of the command line: flags, exit codes, help and version. */
class CliTest {
    private static final Path BASIC = Path.of("../examples/basic");

    @Test
    void the_basic_example_validates() {
        CliRunner.Result r = CliRunner.run(Map.of(), "-chdir=" + BASIC, "validate");
        assertEquals(0, r.exitCode(), r.output());
        assertEquals("Success! The configuration is valid.\n\n", r.output(), "Terraform's line, then a blank line");
    }

    @Test
    void version_prints_the_version() {
        CliRunner.Result r = CliRunner.run(Map.of(), "version");
        assertEquals(0, r.exitCode());
        assertTrue(r.output().startsWith("sslform v" + VersionCommand.VERSION + " (commit "), r.output());
    }

    @Test
    void help_lists_every_command_and_option() {
        String root = CliRunner.run(Map.of(), "--help").output();
        for (String s : new String[] {"-chdir=DIR", "validate", "version", "--help", "--version"}) {
            assertTrue(root.contains(s), () -> s + " missing from:\n" + root);
        }
        String validate = CliRunner.run(Map.of(), "validate", "--help").output();
        for (String s : new String[] {"-json", "-no-color", "-var=NAME=VALUE", "-var-file=FILE", "-f=FILE"}) {
            assertTrue(validate.contains(s), () -> s + " missing from:\n" + validate);
        }
    }

    @Test
    void later_var_flags_and_files_win_in_command_line_order(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                variable "mode" { type = string }
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
                  instance_id = "mssql-1"
                  encryption  = var.mode
                }
                """);
        Files.writeString(dir.resolve("bad.tfvars"), "mode = \"on\"\n");
        CliRunner.Result ok = CliRunner.run(Map.of(), "-chdir=" + dir, "validate", "-var-file=bad.tfvars", "-var", "mode=enable");
        assertEquals(0, ok.exitCode(), ok.output());
        CliRunner.Result bad = CliRunner.run(Map.of(), "-chdir=" + dir, "validate", "-var", "mode=enable", "-var-file=bad.tfvars");
        assertEquals(1, bad.exitCode(), bad.output());
        assertTrue(bad.output().contains("must be one of \"enable\", \"disable\"; got \"on\""), bad.output());
    }

    @Test
    void a_single_file_can_be_validated_with_f(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.tf"), "locals {\n  a = 1\n}\n");
        Files.writeString(dir.resolve("bad.tf"), "locals {\n");
        assertEquals(1, CliRunner.run(Map.of(), "-chdir=" + dir, "validate").exitCode());
        assertEquals(0, CliRunner.run(Map.of(), "-chdir=" + dir, "validate", "-f", "good.tf").exitCode());
    }

    @Test
    void an_empty_directory_is_an_error_not_a_success(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run(Map.of(), "-chdir=" + dir, "validate", "-no-color");
        assertEquals(1, r.exitCode());
        assertTrue(r.output().contains("Error: No configuration files"), r.output());
    }

    @Test
    void an_unknown_flag_is_a_usage_error() {
        CliRunner.Result r = CliRunner.run(Map.of(), "validate", "-bogus");
        assertEquals(1, r.exitCode(), "1 as in Terraform; 2 means changes to a pipeline using -detailed-exitcode");
        assertTrue(r.output().contains("Unknown option: '-bogus'"), r.output());
    }
}
