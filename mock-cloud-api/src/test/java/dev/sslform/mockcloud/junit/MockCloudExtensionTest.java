package dev.sslform.mockcloud.junit;

import dev.sslform.mockcloud.testkit.SignedClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MockCloud(clockStart = "2026-12-01T17:05:00+08:00")
class MockCloudExtensionTest {
    static MockCloudHandle mock;

    static SignedClient client(MockCloudHandle h) {
        return new SignedClient(h.endpoint(), h.secretId(), h.secretKey(), MockCloudHandle.REGION);
    }

    @Test
    void the_handle_is_injected_as_a_parameter_and_a_static_field(MockCloudHandle handle) {
        assertSame(mock, handle);
        assertTrue(handle.url().startsWith("http://127.0.0.1:"));
        assertEquals("127.0.0.1:" + handle.port(), handle.endpoint());
        assertEquals("AKIDmockcloud", handle.secretId());
        assertEquals(Instant.parse("2026-12-01T09:05:00Z"), handle.now());
    }

    @Test
    void instances_clock_faults_journal_and_bundle_through_the_handle(MockCloudHandle h) {
        String id = h.createInstance("{\"Region\":\"ap-guangzhou\",\"Maintenance\":{\"Weekly\":[1,2,3,4,5,6,7],\"StartTime\":\"17:00\",\"Span\":1}}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> h.caBundle(id));
        assertTrue(e.getMessage().contains("answered 409: SSL was never enabled on instance " + id), e.getMessage());

        String fault = h.addFault("{\"action\":\"ModifyDBInstanceSSL\",\"times\":1,\"error\":{\"code\":\"InternalError.SystemError\"}}");
        assertEquals(1, h.faults().size());
        h.clearRequests();
        String body = "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":1}";
        client(h).call("ModifyDBInstanceSSL", body).then().body("Response.Error.Code", equalTo("InternalError.SystemError"));
        client(h).call("ModifyDBInstanceSSL", body).then().body("Response.FlowId", org.hamcrest.Matchers.notNullValue());
        List<Map<String, Object>> calls = h.requests("action=ModifyDBInstanceSSL");
        assertEquals(2, calls.size());
        assertEquals("error", calls.get(0).get("outcome"));
        assertEquals("success", calls.get(1).get("outcome"));
        h.removeFault(fault);
        assertEquals(List.of(), h.faults());

        assertEquals(13, h.instance(id).get("Status"));
        h.set(OffsetDateTime.parse("2026-12-01T17:10:00+08:00"));
        assertEquals(7, h.instance(id).get("Status"));
        h.advance(Duration.ofMinutes(1));
        assertEquals(2, h.instance(id).get("Status"));
        assertTrue(h.caBundle(id).length > 0);
        assertTrue(h.serverChainPem(id).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(h.exportState().contains(id));
    }

    @Nested
    class A_nested_class_without_its_own_annotation {
        @Test
        void uses_the_enclosing_server(MockCloudHandle h) {
            assertSame(mock, h);
        }
    }

    @Nested
    @MockCloud(clockStart = "2030-01-01T00:00:00Z")
    class A_nested_class_with_its_own_annotation {
        @Test
        void gets_its_own_server(MockCloudHandle h) {
            assertNotEquals(mock.url(), h.url());
            assertEquals(Instant.parse("2030-01-01T00:00:00Z"), h.now());
        }
    }

    @Nested
    @MockCloud(shared = true)
    class Shared_one {
        @Test
        void records_the_shared_server(MockCloudHandle h) {
            SharedServers.seen(h);
        }
    }

    @Nested
    @MockCloud(shared = true)
    class Shared_two {
        @Test
        void records_the_shared_server(MockCloudHandle h) {
            SharedServers.seen(h);
        }
    }

    /** Whichever shared class runs second finds the same handle as the first. */
    static final class SharedServers {
        static MockCloudHandle first;

        static synchronized void seen(MockCloudHandle h) {
            assertNotEquals(mock.url(), h.url());
            if (first == null) {
                first = h;
            } else {
                assertSame(first, h);
            }
        }
    }
}
