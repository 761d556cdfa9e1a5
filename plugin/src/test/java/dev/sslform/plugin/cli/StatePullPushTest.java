package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code state pull}, {@code state push} with Terraform's lineage and serial checks, and {@code state list} filters. */
class StatePullPushTest extends PipelineCliBase {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pull_prints_the_state_with_a_semantic_terraform_version() throws Exception {
        assertEquals("", run("state", "pull").out(), "no state yet: nothing");
        assertEquals(0, run("apply", "-auto-approve").code());
        EngineCliRunner.Result r = run("state", "pull");
        assertEquals(0, r.code(), r.all());
        assertEquals(Files.readString(dir.resolve("sslform.tfstate")), r.out());
        JsonNode s = JSON.readTree(r.out());
        assertEquals(4, s.path("version").asInt());
        assertTrue(s.path("terraform_version").asText().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"), s.path("terraform_version").asText());
        assertEquals(VersionCommand.VERSION, s.path("terraform_version").asText());
    }

    @Test
    void push_into_an_empty_workspace_keeps_the_pushed_lineage() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        String pulled = run("state", "pull").out();
        Path copy = dir.resolve("copy.tfstate");
        Files.writeString(copy, pulled);
        Files.delete(dir.resolve("sslform.tfstate"));
        EngineCliRunner.Result push = run("state", "push", "copy.tfstate");
        assertEquals(0, push.code(), push.all());
        JsonNode stored = JSON.readTree(Files.readString(dir.resolve("sslform.tfstate")));
        assertEquals(JSON.readTree(pulled).path("lineage").asText(), stored.path("lineage").asText());
        assertEquals(ADDR + "\n", run("state", "list").out());
    }

    @Test
    void push_refuses_another_lineage_or_an_older_serial_unless_forced() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        ObjectNode s = (ObjectNode) JSON.readTree(run("state", "pull").out());
        long serial = s.path("serial").asLong();

        ObjectNode other = s.deepCopy();
        other.put("lineage", "00000000-0000-0000-0000-000000000000");
        Files.writeString(dir.resolve("other.tfstate"), other.toString());
        EngineCliRunner.Result lineage = run("state", "push", "other.tfstate");
        assertEquals(1, lineage.code());
        assertTrue(lineage.words().contains("cannot import state with lineage \"00000000-0000-0000-0000-000000000000\" over unrelated state"),
                lineage.err());

        ObjectNode older = s.deepCopy();
        older.put("serial", serial - 1);
        Files.writeString(dir.resolve("older.tfstate"), older.toString());
        EngineCliRunner.Result old = run("state", "push", "older.tfstate");
        assertEquals(1, old.code());
        assertTrue(old.err().contains("cannot import state with serial " + (serial - 1) + " over newer state with serial " + serial),
                old.err());

        ObjectNode emptied = s.deepCopy();
        emptied.putArray("resources");
        Files.writeString(dir.resolve("emptied.tfstate"), emptied.toString());
        assertEquals(0, run("state", "push", "emptied.tfstate").code(), "same lineage, same serial: accepted");
        assertEquals("", run("state", "list").out());
        EngineCliRunner.Result forced = run("state", "push", "-force", "other.tfstate");
        assertEquals(0, forced.code(), forced.all());
        assertEquals(ADDR + "\n", run("state", "list").out());
    }

    @Test
    void push_reads_stdin_for_a_dash() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        String pulled = run("state", "pull").out();
        Files.delete(dir.resolve("sslform.tfstate"));
        EngineCliRunner cli = cli();
        cli.stdin = pulled;
        assertEquals(0, run(cli, "state", "push", "-").code());
        assertEquals(ADDR + "\n", run("state", "list").out());
    }

    @Test
    void list_filters_by_resource_instance_and_id() throws Exception {
        mock.createInstance("mssql-pipe0002", "03:00");
        Files.writeString(dir.resolve("more.tf"), """
                resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
                  for_each    = toset(["mssql-pipe0002"])
                  instance_id = each.key
                  encryption  = "enable"
                }
                """);
        assertEquals(0, run("apply", "-auto-approve").code());
        String fleet = "tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"mssql-pipe0002\"]";
        assertEquals(fleet + "\n", run("state", "list", "tencentcloud_sqlserver_db_instance_ssl_config.fleet").out());
        assertEquals(fleet + "\n", run("state", "list", fleet).out());
        assertEquals(ADDR + "\n", run("state", "list", "-id=" + ID).out());
        EngineCliRunner.Result unknown = run("state", "list", "tencentcloud_sqlserver_db_instance_ssl_config.nope");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Unknown resource"), unknown.err());
        assertEquals("", unknown.out());
    }
}
