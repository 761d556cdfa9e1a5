package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.plan.Action;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.PlanMode;
import dev.sslform.plugin.plan.Providers;
import dev.sslform.plugin.plan.ResourceChange;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved plan keeps every provider configuration's settings by name, and each change's configuration. */
class SavedPlanProvidersTest {

    @TempDir
    Path dir;

    static SavedPlan saved() {
        ResourceChange c = new ResourceChange(ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.sh"),
                "tencentcloud_sqlserver_db_instance_ssl_config", Action.CREATE, null, Map.of("instance_id", "mssql-1", "encryption", "enable"),
                Set.of(), List.of(), List.of(), Providers.address("sh"));
        Plan plan = new Plan(PlanMode.NORMAL, List.of(c), List.of(), List.of(), State.empty(), Map.of("mssql-1 (tencentcloud.sh)", Map.of("exists", true)));
        return new SavedPlan(plan, null, 0, "sha256:x", Map.of(), List.of(),
                Map.of("tencentcloud", Map.of("region", "ap-guangzhou"),
                        "tencentcloud.sh", Map.of("region", "ap-shanghai", "secret_id", "AKIDteamb", "secret_key", "team-b-secret")),
                null);
    }

    @Test
    void every_configuration_and_each_change_s_configuration_are_kept_without_keys() throws Exception {
        Path file = dir.resolve("tf.plan");
        saved().write(file);
        assertFalse(Files.readString(file).contains("team-b-secret"));
        assertFalse(Files.readString(file).contains("AKIDteamb"));
        SavedPlan back = SavedPlan.read(file);
        assertEquals(Map.of("tencentcloud", Map.of("region", "ap-guangzhou"), "tencentcloud.sh", Map.of("region", "ap-shanghai")),
                back.providers());
        assertEquals(Providers.address("sh"), back.plan().changes().get(0).provider());
        assertEquals(Set.of("mssql-1 (tencentcloud.sh)"), back.plan().changedInstances());
    }

    @Test
    void a_file_from_before_aliases_binds_its_one_provider_block_to_the_default_configuration() throws Exception {
        Path file = dir.resolve("tf.plan");
        saved().write(file);
        String text = Files.readString(file);
        String body = text.substring(0, text.lastIndexOf(",\n  \"checksum\"")) + "\n}";
        // As 0.2.0 before aliases wrote it: "provider" with the default block's settings, changes without "provider".
        String legacy = body.replaceFirst("\"providers\" : \\{[^}]*\\{[^}]*\\},[^}]*\\{[^}]*\\}\\s*\\}",
                "\"provider\" : {\n    \"region\" : \"ap-guangzhou\"\n  }").replace(",\n    \"provider\" : \"" + Providers.address("sh")
                .replace("\"", "\\\"") + "\"", "");
        assertTrue(legacy.contains("\"provider\" : {"), legacy);
        assertFalse(legacy.contains("\"providers\""), legacy);
        Files.writeString(file, SavedPlan.withChecksum(legacy));
        SavedPlan back = SavedPlan.read(file);
        assertEquals(Map.of("tencentcloud", Map.of("region", "ap-guangzhou")), back.providers());
        assertEquals(Providers.DEFAULT, back.plan().changes().get(0).provider());
    }
}
