package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateTest {

    private static final ResourceAddress ORDERS = ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.orders");

    @Test
    void an_added_instance_is_found_by_its_address() {
        State s = State.empty().withInstance(ORDERS, ResourceInstanceState.of(Map.of("instance_id", "mssql-1")));
        assertEquals("mssql-1", s.find(ORDERS).orElseThrow().string("instance_id"));
        assertEquals(List.of(ORDERS), s.addresses());
        assertEquals(ResourceState.TENCENTCLOUD_PROVIDER, s.resources().get(0).provider());
    }

    @Test
    void replacing_an_instance_keeps_one_copy_and_leaves_the_original_value_unchanged() {
        State one = State.empty().withInstance(ORDERS, ResourceInstanceState.of(Map.of("encryption", "disable")));
        State two = one.withInstance(ORDERS, ResourceInstanceState.of(Map.of("encryption", "enable")));
        assertEquals("enable", two.find(ORDERS).orElseThrow().string("encryption"));
        assertEquals("disable", one.find(ORDERS).orElseThrow().string("encryption"));
        assertEquals(1, two.resources().get(0).instances().size());
    }

    @Test
    void keyed_instances_share_one_resource_block_in_numeric_order() {
        State s = State.empty();
        for (int i : new int[] {10, 2, 0}) {
            s = s.withInstance(ORDERS.withKey(IndexKey.of(i)), ResourceInstanceState.of(Map.of("i", i)));
        }
        assertEquals(1, s.resources().size());
        assertEquals(List.of("t[0]", "t[2]", "t[10]"), s.addresses().stream()
                .map(a -> "t" + a.key().suffix()).toList());
        assertTrue(s.find(ORDERS).isEmpty(), "the unkeyed address does not match keyed instances");
    }

    @Test
    void removing_the_last_instance_drops_the_resource_block() {
        ResourceAddress a0 = ORDERS.withKey(IndexKey.of("a"));
        ResourceAddress a1 = ORDERS.withKey(IndexKey.of("b"));
        State s = State.empty().withInstance(a0, ResourceInstanceState.of(Map.of()))
                .withInstance(a1, ResourceInstanceState.of(Map.of()));
        State less = s.without(a0);
        assertEquals(List.of(a1), less.addresses());
        assertTrue(less.without(a1).resources().isEmpty());
    }

    @Test
    void data_and_managed_resources_of_the_same_name_are_distinct() {
        ResourceAddress data = ResourceAddress.parse("data.tencentcloud_sqlserver_db_instance_ssl_config.orders");
        State s = State.empty().withInstance(ORDERS, ResourceInstanceState.of(Map.of("m", 1)))
                .withInstance(data, ResourceInstanceState.of(Map.of("d", 1)));
        assertEquals(2, s.resources().size());
        assertTrue(s.find(data).orElseThrow().attributes().containsKey("d"));
    }

    @Test
    void many_instances_at_once_give_the_same_state_as_one_at_a_time() {
        State base = State.empty()
                .withInstance(ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"b\"]"),
                        new ResourceInstanceState(IndexKey.NONE, 0, Map.of("v", 1L), null))
                .withInstance(ResourceAddress.parse("tencentcloud_sqlserver_maintenance_window.w[3]"),
                        new ResourceInstanceState(IndexKey.NONE, 0, Map.of("v", 1L), null));
        Map<ResourceAddress, ResourceInstanceState> updates = new java.util.LinkedHashMap<>();
        for (String a : List.of("tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"c\"]",
                "tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"a\"]",
                "tencentcloud_sqlserver_db_instance_ssl_config.fleet[\"b\"]",
                "tencentcloud_sqlserver_maintenance_window.w[1]",
                "tencentcloud_sqlserver_maintenance_window.w[10]",
                "tencentcloud_sqlserver_db_instance_ssl_config.other")) {
            updates.put(ResourceAddress.parse(a), new ResourceInstanceState(IndexKey.NONE, 0, Map.of("v", (long) a.length()), null));
        }
        State oneByOne = base;
        for (var e : updates.entrySet()) {
            oneByOne = oneByOne.withInstance(e.getKey(), e.getValue());
        }
        assertEquals(oneByOne, base.withInstances(updates));
        assertEquals(List.of("a", "b", "c"), base.withInstances(updates).resources().get(0).instances().stream()
                .map(i -> ((IndexKey.Str) i.key()).value()).toList(), "kept in key order");
        assertEquals(base, base.withInstances(Map.of()));
    }
}
