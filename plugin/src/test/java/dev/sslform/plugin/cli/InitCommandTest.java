package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code sslform init}: Terraform's first CI step, through the real command line. */
class InitCommandTest extends PipelineCliBase {

    @Test
    void init_reads_the_configuration_and_prints_terraforms_closing_lines() {
        EngineCliRunner.Result r = run("init", "-input=false");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Initializing the backend..."), r.out());
        assertTrue(r.out().contains("Initializing provider plugins..."), r.out());
        assertTrue(r.out().contains("sslform has been successfully initialized!"), r.out());
        assertTrue(r.out().contains("Try running \"sslform plan\" to see"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve(".terraform/terraform.tfstate")));
    }

    @Test
    void init_fails_on_a_configuration_with_errors() throws Exception {
        Files.writeString(dir.resolve("broken.tf"), "resource \"tencentcloud_sqlserver_db_instance_ssl_config\" {\n");
        EngineCliRunner.Result r = run("init");
        assertEquals(1, r.code());
        assertFalse(r.out().contains("successfully initialized"), r.out());
    }

    @Test
    void upgrade_is_a_noop_that_says_nothing_is_downloaded() {
        EngineCliRunner.Result r = run("init", "-upgrade");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("nothing to download (-upgrade has nothing to upgrade)"), r.out());
    }

    @Test
    void backend_config_completes_a_partial_local_backend_and_later_commands_use_it() throws Exception {
        Files.writeString(dir.resolve("backend.tf"), "terraform {\n  backend \"local\" {}\n}\n");
        Files.writeString(dir.resolve("ci.tfbackend"), "path = \"states/ci.tfstate\"\n");
        EngineCliRunner.Result r = run("init", "-backend-config=ci.tfbackend");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Successfully configured the backend \"local\"!"), r.out());
        assertTrue(Files.isDirectory(dir.resolve("states")), "init creates what the backend needs");
        assertEquals(0, run("apply", "-auto-approve").code());
        assertTrue(Files.readString(dir.resolve("states/ci.tfstate")).contains(ID));
        assertFalse(Files.exists(dir.resolve("sslform.tfstate")));
    }

    @Test
    void changed_backend_settings_need_reconfigure() throws Exception {
        Files.writeString(dir.resolve("backend.tf"), "terraform {\n  backend \"local\" {}\n}\n");
        assertEquals(0, run("init", "-backend-config=path=a.tfstate").code());
        EngineCliRunner.Result changed = run("init", "-backend-config=path=b.tfstate");
        assertEquals(1, changed.code());
        assertTrue(changed.err().contains("Backend configuration changed"), changed.err());
        assertTrue(changed.err().contains("-reconfigure"), changed.err());
        EngineCliRunner.Result reconfigured = run("init", "-reconfigure", "-backend-config=path=b.tfstate");
        assertEquals(0, reconfigured.code(), reconfigured.all());
        assertEquals(0, run("apply", "-auto-approve").code());
        assertTrue(Files.exists(dir.resolve("b.tfstate")));
    }

    @Test
    void a_backend_config_key_the_backend_does_not_have_is_refused() throws Exception {
        EngineCliRunner.Result r = run("init", "-backend-config=conn_str=postgres://x");
        assertEquals(1, r.code());
        assertTrue(r.words().contains("\"conn_str\" given on the command line is not expected for the selected backend type \"local\""),
                r.err());
    }

    @Test
    void every_command_works_without_init() {
        assertFalse(Files.exists(dir.resolve(".terraform")));
        assertEquals(0, run("validate").code());
        assertEquals(0, run("apply", "-auto-approve").code());
    }
}
