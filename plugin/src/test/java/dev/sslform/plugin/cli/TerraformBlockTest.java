package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terraform block through the CLI: required_version against the Terraform language version
 * sslform implements, required_providers against the tencentcloud version it implements, and
 * the refusal of cloud {} and unknown backends (never silently local state). validate and plan
 * both fail, before any API call.
 */
class TerraformBlockTest {

    @TempDir
    Path dir;

    CliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRunner.run(Map.of("TENCENTCLOUD_SECRET_ID", "x", "TENCENTCLOUD_SECRET_KEY", "y"), full);
    }

    void terraform(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), "terraform {\n" + body + "\n}\n\n"
                + "resource \"tencentcloud_sqlserver_db_instance_ssl_config\" \"x\" {\n  instance_id = \"mssql-1\"\n  encryption  = \"enable\"\n}\n");
    }

    void refusedEverywhere(String... expected) {
        for (String cmd : new String[] {"validate", "plan"}) {
            CliRunner.Result r = run(cmd);
            assertEquals(1, r.exitCode(), cmd + ": " + r.output());
            for (String e : expected) {
                assertTrue(r.words().contains(e), cmd + " should say " + e + ": " + r.output());
            }
            assertFalse(r.output().contains("Refreshing"), r.output());
        }
        assertFalse(Files.exists(dir.resolve("sslform.tfstate")), "no state written");
    }

    @Test
    void required_version_is_checked_against_the_terraform_language_version() throws Exception {
        terraform("  required_version = \">= 1.5, < 2.0\"");
        assertEquals(0, run("validate").exitCode(), run("validate").output());
        terraform("  required_version = \"~> 1.9.0\"");
        assertEquals(0, run("validate").exitCode(), run("validate").output());

        terraform("  required_version = \">= 1.10\"");
        refusedEverywhere("Error: Unsupported Terraform Core version", "requires Terraform >= 1.10",
                "sslform implements the language of Terraform 1.9.0");

        terraform("  required_version = \"1.x\"");
        refusedEverywhere("Invalid required_version constraint");
    }

    @Test
    void required_providers_constraints_are_checked_against_the_provider_version_sslform_implements() throws Exception {
        terraform("""
                  required_providers {
                    tencentcloud = {
                      source  = "tencentcloudstack/tencentcloud"
                      version = ">= 1.81.0, != 1.82.0, ~> 1.82"
                    }
                  }""");
        CliRunner.Result ok = run("validate");
        assertEquals(0, ok.exitCode(), ok.output());

        terraform("""
                  required_providers {
                    tencentcloud = {
                      source  = "tencentcloudstack/tencentcloud"
                      version = "~> 1.83.0"
                    }
                  }""");
        refusedEverywhere("Error: Unsupported provider version", "tencentcloudstack/tencentcloud ~> 1.83.0",
                "implements version 1.82.99");

        terraform("""
                  required_providers {
                    tencentcloud = {
                      source  = "hashicorp/tencentcloud"
                    }
                  }""");
        refusedEverywhere("Error: Unsupported provider source");

        terraform("""
                  required_providers {
                    aws = {
                      source = "hashicorp/aws"
                    }
                  }""");
        refusedEverywhere("Error: Unsupported provider", "\"aws\" is not available");
    }

    @Test
    void cloud_and_unknown_backends_are_refused_not_silently_local() throws Exception {
        terraform("  cloud {\n    organization = \"acme\"\n  }");
        refusedEverywhere("Error: Unsupported \"cloud\" in terraform", "HCP Terraform");

        terraform("  backend \"s3\" {\n    bucket = \"b\"\n  }");
        refusedEverywhere("Error: Unsupported backend type", "not \"s3\"");
    }

    @Test
    void the_terraform_block_is_read_from_json_and_yaml_too() throws Exception {
        Files.writeString(dir.resolve("main.tf.json"), """
                {"terraform": {"required_version": ">= 2.0",
                               "required_providers": {"tencentcloud": {"source": "tencentcloudstack/tencentcloud", "version": "< 1.0"}}}}
                """);
        refusedEverywhere("Unsupported Terraform Core version", "Unsupported provider version");
        Files.delete(dir.resolve("main.tf.json"));
        Files.writeString(dir.resolve("main.tf.yaml"), """
                terraform:
                  backend:
                    consul:
                      path: x
                """);
        refusedEverywhere("Unsupported backend type", "not \"consul\"");
    }
}
