package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files are configuration: *.tf, *.tf.json, *.tf.yaml and *.tf.yml; nothing else (a
 * docker-compose.yml, *.hcl, plain *.yaml). Override files are refused, naming the file.
 */
class ConfigFilesTest {

    @TempDir
    Path dir;

    static final String SSL = "resource \"tencentcloud_sqlserver_db_instance_ssl_config\" \"x\" {\n  instance_id = \"mssql-1\"\n  encryption  = \"enable\"\n}\n";

    CliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRunner.run(Map.of(), full);
    }

    @Test
    void a_docker_compose_file_and_other_yaml_and_hcl_next_to_main_tf_are_left_alone() throws Exception {
        Files.writeString(dir.resolve("main.tf"), SSL);
        Files.writeString(dir.resolve("docker-compose.yml"), "version: \"3\"\nservices:\n  db:\n    image: postgres\n");
        Files.writeString(dir.resolve("values.yaml"), "resource: [not, a, config]\n");
        Files.writeString(dir.resolve("packer.hcl"), "source \"x\" \"y\" {}\n");
        CliRunner.Result r = run("validate");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Success! The configuration is valid."), r.output());
    }

    @Test
    void tf_yaml_and_tf_yml_files_are_configuration() throws Exception {
        Files.writeString(dir.resolve("a.tf.yaml"), "resource:\n  tencentcloud_sqlserver_db_instance_ssl_config:\n    a:\n      instance_id: mssql-1\n");
        Files.writeString(dir.resolve("b.tf.yml"), "resource:\n  tencentcloud_sqlserver_db_instance_ssl_config:\n    a:\n      instance_id: mssql-2\n");
        CliRunner.Result r = run("validate");
        assertEquals(1, r.exitCode(), "both are read, so the resource is declared twice: " + r.output());
        assertTrue(r.output().contains("Duplicate resource"), r.output());
        assertTrue(r.output().contains("a.tf.yaml"), r.output());
    }

    @Test
    void override_files_are_refused_naming_the_file() throws Exception {
        Files.writeString(dir.resolve("main.tf"), SSL);
        for (String name : new String[] {"override.tf", "ssl_override.tf", "override.tf.json", "x_override.tf.yaml"}) {
            Files.writeString(dir.resolve(name), name.endsWith(".json") ? "{}" : name.endsWith(".yaml") ? "{}\n" : "");
            for (String cmd : new String[] {"validate", "plan"}) {
                CliRunner.Result r = run(cmd);
                assertEquals(1, r.exitCode(), cmd + " " + name + ": " + r.output());
                assertTrue(r.output().contains("Override files are not supported"), r.output());
                assertTrue(r.output().contains(name), r.output());
            }
            Files.delete(dir.resolve(name));
        }
    }

    @Test
    void f_accepts_only_a_configuration_file() throws Exception {
        Files.writeString(dir.resolve("compose.yml"), "services: {}\n");
        CliRunner.Result r = run("validate", "-f", "compose.yml");
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("compose.yml is not a configuration file"), r.output());
    }
}
