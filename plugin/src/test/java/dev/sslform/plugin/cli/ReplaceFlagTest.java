package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -replace=ADDR}: a certificate renewal now for an SSL configuration, the window sent again for a maintenance window. */
class ReplaceFlagTest extends PipelineCliBase {

    static final String WINDOW = "tencentcloud_sqlserver_maintenance_window.orders";

    List<String> calls(String action, String field) throws Exception {
        JsonNode all = new ObjectMapper().readTree(mock.get("/_mock/requests?limit=1000&action=" + action));
        List<String> out = new ArrayList<>();
        (all.isArray() ? all : all.path("requests")).forEach(r -> out.add(r.path("parameters").path(field).asText()));
        return out;
    }

    @Test
    void replace_of_an_ssl_configuration_plans_and_carries_out_a_renewal_now() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        String before = run("state", "show", ADDR).out();
        EngineCliRunner.Result plan = run("plan", "-replace=" + ADDR, "-detailed-exitcode");
        assertEquals(2, plan.code(), plan.all());
        assertTrue(plan.out().contains("# " + ADDR + " will be replaced, as requested"), plan.out());
        assertTrue(plan.out().contains("(replace requested: renew the certificate now)"), plan.out());
        assertTrue(plan.out().contains("-/+ resource"), plan.out());
        assertTrue(plan.out().contains("ssl_validity_period") && plan.out().contains("(known after apply)"), plan.out());
        assertEquals(List.of("enable"), calls("ModifyDBInstanceSSL", "Type"), "plan sends nothing");

        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-replace=" + ADDR);
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 1 added, 0 changed, 1 destroyed."), apply.out());
        assertEquals(List.of("enable", "renew"), calls("ModifyDBInstanceSSL", "Type"));
        assertEquals(0, run("plan", "-detailed-exitcode").code(), "nothing left to do");
        assertTrue(run("state", "show", ADDR).out().contains("encryption"), before);
    }

    @Test
    void replace_keeps_what_moved_blocks_did_to_the_plan() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        String renamed = "tencentcloud_sqlserver_db_instance_ssl_config.sales";
        Files.writeString(dir.resolve("main.tf"), Files.readString(dir.resolve("main.tf")).replace("\"orders\"", "\"sales\"")
                + "moved {\n  from = " + ADDR + "\n  to   = " + renamed + "\n}\n");
        EngineCliRunner.Result plan = run("plan", "-replace=" + renamed);
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("# " + renamed + " will be replaced, as requested"), plan.out());
        assertTrue(plan.out().contains("# (moved from " + ADDR + ")"), plan.out());
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-replace=" + renamed);
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("enable", "renew"), calls("ModifyDBInstanceSSL", "Type"));
        assertEquals(renamed, run("state", "list").out().trim());
    }

    @Test
    void replace_through_a_saved_plan_renews_as_well() throws Exception {
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(0, run("plan", "-replace=" + ADDR, "-out=tfplan").code());
        EngineCliRunner.Result apply = run("apply", "tfplan");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of("enable", "renew"), calls("ModifyDBInstanceSSL", "Type"));
    }

    @Test
    void replace_of_a_maintenance_window_sends_it_again() throws Exception {
        Files.writeString(dir.resolve("window.tf"), """
                resource "tencentcloud_sqlserver_maintenance_window" "orders" {
                  instance_id = "%s"
                  weekly      = [1, 2, 3, 4, 5, 6, 7]
                  start_time  = "03:00"
                  span        = 2
                }
                """.formatted(ID));
        assertEquals(0, run("apply", "-auto-approve").code());
        int sent = calls("ModifyMaintenanceSpan", "InstanceId").size();
        EngineCliRunner.Result plan = run("plan", "-replace=" + WINDOW);
        assertTrue(plan.out().contains("# " + WINDOW + " will be replaced, as requested"), plan.out());
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-replace=" + WINDOW);
        assertEquals(0, apply.code(), apply.all());
        assertEquals(sent + 1, calls("ModifyMaintenanceSpan", "InstanceId").size(), "the window was sent again");
    }

    @Test
    void replace_of_an_address_not_in_the_configuration_or_with_destroy_is_an_error() {
        EngineCliRunner.Result unknown = run("plan", "-replace=tencentcloud_sqlserver_db_instance_ssl_config.nope");
        assertEquals(1, unknown.code());
        assertTrue(unknown.words().contains("there is no resource instance tencentcloud_sqlserver_db_instance_ssl_config.nope"), unknown.err());
        EngineCliRunner.Result destroy = run("plan", "-destroy", "-replace=" + ADDR);
        assertEquals(1, destroy.code());
        assertTrue(destroy.err().contains("not valid with -destroy"), destroy.err());
    }
}
