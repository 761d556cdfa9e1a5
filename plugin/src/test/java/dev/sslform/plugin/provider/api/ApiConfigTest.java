package dev.sslform.plugin.provider.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    private static final Map<String, String> ENV = Map.of(
            "TENCENTCLOUD_SECRET_ID", "AKIDenvironment1234",
            "TENCENTCLOUD_SECRET_KEY", "env-secret",
            "TENCENTCLOUD_REGION", "ap-shanghai");

    @Test
    void the_environment_supplies_keys_and_region_and_the_real_cloud_is_the_default() {
        ApiConfig c = ApiConfig.fromEnvironment(ENV);
        assertEquals("ap-shanghai", c.region());
        assertEquals("AKIDenvironment1234", c.secretId());
        assertEquals("env-secret", c.secretKey());
        assertNull(c.securityToken());
        assertEquals("sqlserver.tencentcloudapi.com", c.endpoint());
        assertEquals("https://", c.protocol());
        assertTrue(c.isDefaultEndpoint());
    }

    @Test
    void provider_block_values_win_over_the_environment() {
        ApiConfig c = ApiConfig.fromEnvironment(Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", "k",
                        "TENCENTCLOUD_SESSION_TOKEN", "tok", "TENCENTCLOUD_REGION", "ap-shanghai"),
                "ap-guangzhou", "http://127.0.0.1:9000", null, null, null);
        assertEquals("ap-guangzhou", c.region());
        assertEquals("tok", c.securityToken());
        assertEquals("127.0.0.1:9000", c.endpoint());
        assertEquals("http://", c.protocol());
        assertFalse(c.isDefaultEndpoint());
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:9000, , 127.0.0.1:9000, http://",
        "http://127.0.0.1:9000/, , 127.0.0.1:9000, http://",
        "HTTPS://sqlserver.ap-guangzhou.tencentcloudapi.com, , sqlserver.ap-guangzhou.tencentcloudapi.com, https://",
        "localhost:18765, , localhost:18765, https://",
        "localhost:18765, http, localhost:18765, http://",
        ", , sqlserver.tencentcloudapi.com, https://",
    })
    void endpoints_split_into_host_port_and_protocol(String endpoint, String protocol, String host, String proto) {
        ApiConfig c = new ApiConfig("ap-guangzhou", "AKID", "k", null, endpoint, protocol);
        assertEquals(host, c.endpoint());
        assertEquals(proto, c.protocol());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://h:1|must use http:// or https://",
        "http://h:1/api|must not have a path",
        "h:1/api|must be host[:port] or a URL",
        "http://|not a valid URL",
        "http://:9000|has no host",
    })
    void bad_endpoints_are_rejected_with_the_reason(String endpoint, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApiConfig("ap-guangzhou", "AKID", "k", null, endpoint, null));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void missing_credentials_or_region_are_reported_by_variable_name() {
        IllegalArgumentException keys = assertThrows(IllegalArgumentException.class,
                () -> ApiConfig.fromEnvironment(Map.of("TENCENTCLOUD_REGION", "ap-guangzhou")));
        assertTrue(keys.getMessage().contains("TENCENTCLOUD_SECRET_ID"), keys.getMessage());
        IllegalArgumentException region = assertThrows(IllegalArgumentException.class,
                () -> ApiConfig.fromEnvironment(Map.of("TENCENTCLOUD_SECRET_ID", "a", "TENCENTCLOUD_SECRET_KEY", "b")));
        assertTrue(region.getMessage().contains("TENCENTCLOUD_REGION"), region.getMessage());
    }

    @Test
    void to_string_never_shows_the_secret_key() {
        String s = ApiConfig.fromEnvironment(ENV).toString();
        assertFalse(s.contains("env-secret"), s);
        assertFalse(s.contains("AKIDenvironment1234"), s);
    }
}
