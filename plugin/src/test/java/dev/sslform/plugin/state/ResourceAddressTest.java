package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResourceAddressTest {

    @Test
    void plain_address_has_managed_mode_and_no_key() {
        ResourceAddress a = ResourceAddress.parse("tencentcloud_sqlserver_db_instance_ssl_config.orders");
        assertEquals(ResourceMode.MANAGED, a.mode());
        assertEquals("tencentcloud_sqlserver_db_instance_ssl_config", a.type());
        assertEquals("orders", a.name());
        assertEquals(IndexKey.NONE, a.key());
    }

    @Test
    void numeric_string_and_data_addresses_parse() {
        assertEquals(IndexKey.of(3), ResourceAddress.parse("t.n[3]").key());
        assertEquals(IndexKey.of("eu west"), ResourceAddress.parse("t.n[\"eu west\"]").key());
        assertEquals(IndexKey.of("a\"b"), ResourceAddress.parse("t.n[\"a\\\"b\"]").key());
        ResourceAddress d = ResourceAddress.parse("data.tencentcloud_sqlserver_ins_attribute.x");
        assertEquals(ResourceMode.DATA, d.mode());
        assertEquals("tencentcloud_sqlserver_ins_attribute", d.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"t.n", "t.n[0]", "t.n[12]", "t.n[\"k\"]", "data.t.n", "data.t.n[\"a\\\"b\"]"})
    void an_address_prints_back_as_it_was_written(String text) {
        assertEquals(text, ResourceAddress.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty resource address",
        "orders|expected type.name or data.type.name",
        "a.b.c|expected type.name or data.type.name",
        "t.n[|an index must end with ']'",
        "t.n[-1]|non-negative number or a quoted string",
        "t.n[x]|non-negative number or a quoted string",
        "t.n[\"x]|unterminated string index",
        "1t.n|invalid resource type",
        "t.|invalid resource name",
    })
    void bad_addresses_are_rejected_with_the_reason(String text, String reason) {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> ResourceAddress.parse(text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        if (!text.isEmpty()) {
            assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"module.a.t.n", "module.a[0].t.n[1]", "module.a[\"k\"].module.b.data.t.n", "module.a[\"x.y[z]\"].t.n[\"k\"]"})
    void a_module_address_prints_back_as_it_was_written(String text) {
        assertEquals(text, ResourceAddress.parse(text).toString());
    }

    @Test
    void a_module_path_has_steps_with_keys_and_targets_as_terraform() {
        ResourceAddress a = ResourceAddress.parse("module.app[\"eu\"].module.ssl.t.n[0]");
        assertEquals(2, a.module().steps().size());
        assertEquals(new ModuleStep("app", IndexKey.of("eu")), a.module().steps().get(0));
        assertEquals(new ModuleStep("ssl", IndexKey.NONE), a.module().steps().get(1));
        assertEquals("module.app[\"eu\"].module.ssl", a.module().toString());
        // A module target without key on its last step selects every instance of that call; exact keys otherwise.
        assertTrue(Targetable.parse("module.app").targets(a));
        assertTrue(Targetable.parse("module.app[\"eu\"].module.ssl").targets(a));
        assertFalse(Targetable.parse("module.app[\"us\"]").targets(a));
        assertFalse(Targetable.parse("module.app.module.ssl").targets(a), "only the last step is a wildcard");
        assertTrue(Targetable.parse("module.app[\"eu\"].module.ssl.t.n").targets(a));
        assertFalse(Targetable.parse("t.n").targets(a), "a root resource is not the module's");
        assertThrows(InvalidAddressException.class, () -> ResourceAddress.parse("module.app"));
        assertThrows(InvalidAddressException.class, () -> ResourceAddress.parse("module.app[0]"));
        assertThrows(InvalidAddressException.class, () -> ResourceAddress.parse("module..t.n"));
        assertThrows(InvalidAddressException.class, () -> ResourceAddress.parse("t.n[0].x"));
    }
}
