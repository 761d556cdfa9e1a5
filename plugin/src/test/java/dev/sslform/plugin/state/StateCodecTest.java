package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateCodecTest {

    static final String PROVIDER = "provider[\"registry.terraform.io/tencentcloudstack/tencentcloud\"]";

    /** Every shape the state holds: int and string keys, no key, private data, nested and non-ASCII values, outputs. */
    static State rich() {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("id", "mssql-aaaa0001");
        attrs.put("encryption", "enable");
        attrs.put("ssl_validity", 1L);
        attrs.put("disable_on_destroy", false);
        attrs.put("timeouts", Map.of("create", "30m"));
        attrs.put("pending", null);
        attrs.put("note", "prod \"orders\" — 订单 ✓");
        attrs.put("weekly", List.of(1L, 3L, 5L));
        List<ResourceState> resources = new ArrayList<>();
        resources.add(new ResourceState(ResourceMode.MANAGED, "tencentcloud_sqlserver_db_instance_ssl_config", "fleet", PROVIDER, List.of(
                new ResourceInstanceState(new IndexKey.Str("mssql-aaaa0001"), 0, attrs, null),
                new ResourceInstanceState(new IndexKey.Str("mssql-bbbb0002"), 0, Map.of("id", "mssql-bbbb0002"), "cHJpdmF0ZQ=="))));
        resources.add(new ResourceState(ResourceMode.MANAGED, "tencentcloud_sqlserver_maintenance_window", "w", PROVIDER, List.of(
                new ResourceInstanceState(new IndexKey.Int(2), 1, Map.of(), null))));
        resources.add(new ResourceState(ResourceMode.DATA, "tencentcloud_sqlserver_instances", "all", PROVIDER, List.of(
                new ResourceInstanceState(IndexKey.NONE, 0, Map.of("ids", List.of()), null))));
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("ids", Map.of("value", List.of("a", "b"), "type", List.of("list", "string")));
        return new State(State.FORMAT_VERSION, State.TOOL_VERSION, 7, "3f0c5b1e-lineage", outputs, resources);
    }

    /** The bytes the tree-based encoder (before it was streamed) gave: the format is the same, byte for byte. */
    static byte[] viaTree(State state) throws Exception {
        ObjectNode root = StateCodec.JSON.createObjectNode();
        root.put("version", state.version());
        root.put("terraform_version", state.terraformVersion());
        root.put("sslform_version", State.TOOL_VERSION);
        root.put("serial", state.serial());
        root.put("lineage", state.lineage());
        root.set("outputs", StateCodec.JSON.valueToTree(state.outputs()));
        ArrayNode resources = root.putArray("resources");
        for (ResourceState r : state.resources()) {
            ObjectNode rn = resources.addObject();
            rn.put("mode", r.mode().wire());
            rn.put("type", r.type());
            rn.put("name", r.name());
            rn.put("provider", r.provider());
            ArrayNode instances = rn.putArray("instances");
            for (ResourceInstanceState i : r.instances()) {
                ObjectNode in = instances.addObject();
                if (i.key() instanceof IndexKey.Int k) {
                    in.put("index_key", k.value());
                } else if (i.key() instanceof IndexKey.Str k) {
                    in.put("index_key", k.value());
                }
                in.put("schema_version", i.schemaVersion());
                in.set("attributes", StateCodec.JSON.valueToTree(i.attributes()));
                in.putArray("sensitive_attributes");
                if (i.privateData() != null) {
                    in.put("private", i.privateData());
                }
            }
        }
        root.putNull("check_results");
        return (StateCodec.JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_streamed_encoding_is_byte_for_byte_the_tree_encoding() throws Exception {
        State s = rich();
        assertEquals(new String(viaTree(s), StandardCharsets.UTF_8), new String(StateCodec.encode(s), StandardCharsets.UTF_8));
        assertEquals(new String(viaTree(State.empty()), StandardCharsets.UTF_8), new String(StateCodec.encode(State.empty()), StandardCharsets.UTF_8));
    }

    @Test
    void what_is_encoded_decodes_to_the_same_state() {
        State s = rich();
        assertEquals(new String(StateCodec.encode(s), StandardCharsets.UTF_8),
                new String(StateCodec.encode(StateCodec.decode(StateCodec.encode(s), "test")), StandardCharsets.UTF_8));
    }
}
