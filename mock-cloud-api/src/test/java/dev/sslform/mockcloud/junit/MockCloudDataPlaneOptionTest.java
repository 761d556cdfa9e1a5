package dev.sslform.mockcloud.junit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code dataPlane} attribute of {@link MockCloud}: off by default, on when asked. */
class MockCloudDataPlaneOptionTest {
    @Nested
    @MockCloud
    class ByDefault {
        @Test
        void a_test_server_has_no_data_plane(MockCloudHandle h) {
            assertTrue(h.server().dataPlane().isEmpty());
        }
    }

    @Nested
    @MockCloud(dataPlane = true)
    class WhenAsked {
        @Test
        void each_instance_gets_a_tds_endpoint_that_the_api_reports(MockCloudHandle h) {
            String id = h.createInstance();
            var dataPlane = h.server().dataPlane().orElseThrow();
            dataPlane.sync();
            int port = dataPlane.port(id).orElseThrow();
            assertTrue(port > 0);
            assertEquals(port, ((Number) h.instance(id).get("Vport")).intValue());
        }
    }
}
