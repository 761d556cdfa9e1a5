package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
