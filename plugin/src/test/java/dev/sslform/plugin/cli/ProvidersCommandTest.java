package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code providers} and {@code providers schema -json} in Terraform's format, through the real command line. */
class ProvidersCommandTest extends PipelineCliBase {

    static final String ADDRESS = "registry.terraform.io/tencentcloudstack/tencentcloud";

    @Test
    void schema_json_has_terraforms_shape_for_every_resource_and_data_source() throws Exception {
        EngineCliRunner.Result r = run("providers", "schema", "-json");
        assertEquals(0, r.code(), r.all());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("1.0", root.path("format_version").asText());
        JsonNode p = root.path("provider_schemas").path(ADDRESS);
        List<String> resources = new ArrayList<>();
        p.path("resource_schemas").fieldNames().forEachRemaining(resources::add);
        assertEquals(List.copyOf(TencentCloudSchemas.schema().resources().keySet()), resources);
        List<String> data = new ArrayList<>();
        p.path("data_source_schemas").fieldNames().forEachRemaining(data::add);
        assertEquals(List.of(TencentCloudSchemas.INSTANCES), data);

        JsonNode ssl = p.path("resource_schemas").path(TencentCloudSchemas.SSL_CONFIG).path("block");
        JsonNode instanceId = ssl.path("attributes").path("instance_id");
        assertEquals("string", instanceId.path("type").asText());
        assertTrue(instanceId.path("required").asBoolean());
        assertEquals("The SQL Server instance, e.g. mssql-j8kv137v.", instanceId.path("description").asText());
        assertEquals("plain", instanceId.path("description_kind").asText());
        assertTrue(ssl.path("attributes").path("wait_switch").path("optional").asBoolean());
        assertTrue(ssl.path("attributes").path("ssl_validity_period").path("computed").asBoolean());
        assertEquals("[\"object\",{\"flow_id\":\"number\",\"next_window_start\":\"string\",\"operation\":\"string\",\"requested_at\":\"string\"}]",
                ssl.path("attributes").path("pending").path("type").toString());
        assertEquals("single", ssl.path("block_types").path("timeouts").path("nesting_mode").asText());
        JsonNode weekly = p.path("resource_schemas").path(TencentCloudSchemas.MAINTENANCE_WINDOW).path("block").path("attributes").path("weekly");
        assertEquals("[\"set\",\"number\"]", weekly.path("type").toString());
        JsonNode secret = p.path("provider").path("block").path("attributes").path("secret_key");
        assertTrue(secret.path("sensitive").asBoolean());
        assertFalse(instanceId.has("sensitive"));
        p.path("resource_schemas").forEach(s -> s.path("block").path("attributes").forEach(a ->
                assertFalse(a.path("description").asText().isEmpty(), "every attribute is described: " + a)));
    }

    @Test
    void schema_without_json_is_an_error_as_in_terraform() {
        EngineCliRunner.Result r = run("providers", "schema");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("requires the `-json` flag"), r.err());
    }

    @Test
    void providers_prints_what_the_configuration_and_the_state_require() {
        EngineCliRunner.Result before = run("providers");
        assertEquals(0, before.code(), before.all());
        assertEquals("\nProviders required by configuration:\n.\n└── provider[" + ADDRESS + "]\n\nProviders required by state:\n\n",
                before.out());
        assertEquals(0, run("apply", "-auto-approve").code());
        EngineCliRunner.Result after = run("providers");
        assertTrue(after.out().endsWith("Providers required by state:\n\n    provider[" + ADDRESS + "]\n\n"), after.out());
    }
}
