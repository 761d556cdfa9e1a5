package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.NewInstance;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Endpoints follow the instance list; off means no endpoints and untouched Vip/Vport. */
class DataPlaneRegistryTest {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static String create(MockCloud server, String id) {
        return server.instances().create(new NewInstance(id, null, "ap-guangzhou", null, null, "10.9.8.7", 1433, 0, null,
                Account.DEFAULT_APP_ID, "api")).get(0);
    }

    @Test
    void with_the_data_plane_off_there_are_no_endpoints_and_vip_and_vport_stay() {
        try (MockCloud server = MockCloud.start(MockCloudConfig.forTests("dp-off", T0).withDataPlane(false))) {
            String id = create(server, "mssql-dpoff001");
            assertTrue(server.dataPlane().isEmpty());
            assertEquals("10.9.8.7", server.instances().adminView(id).orElseThrow().instance().vip());
            assertEquals(1433, server.instances().adminView(id).orElseThrow().instance().vport());
        }
    }

    @Test
    void a_new_instance_gets_an_endpoint_and_a_deleted_one_loses_it() throws Exception {
        try (MockCloud server = MockCloud.start(MockCloudConfig.forTests("dp-reg", T0).withDataPlane(true))) {
            DataPlane dp = server.dataPlane().orElseThrow();
            String id = create(server, "mssql-dpreg001");
            dp.sync();
            int port = dp.port(id).orElseThrow();
            assertEquals("127.0.0.1", server.instances().adminView(id).orElseThrow().instance().vip());
            assertEquals(port, server.instances().adminView(id).orElseThrow().instance().vport());
            new Socket("127.0.0.1", port).close();
            server.instances().delete(id);
            dp.sync();
            assertTrue(dp.port(id).isEmpty());
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        }
    }

    @Test
    void the_login_route_checks_its_body_and_the_instance() throws Exception {
        try (MockCloud server = MockCloud.start(MockCloudConfig.forTests("dp-login", T0).withDataPlane(true))) {
            String id = create(server, "mssql-dplogin1");
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> put = (path, body) -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + path))
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            assertEquals(404, put.apply("/_mock/instances/mssql-nothere/login", "{\"user\":\"a\",\"password\":\"b\"}").statusCode());
            var bad = put.apply("/_mock/instances/" + id + "/login", "{\"user\":\"a\"}");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("password"), bad.body());
            assertEquals(200, put.apply("/_mock/instances/" + id + "/login", "{\"user\":\"app\",\"password\":\"pw\"}").statusCode());
        }
    }

    @Test
    void ports_come_from_the_configured_range_skipping_taken_ones() throws Exception {
        int from;
        try (ServerSocket probe = new ServerSocket(0)) {
            from = probe.getLocalPort();
        }
        try (ServerSocket taken = new ServerSocket(from);
             MockCloud server = MockCloud.start(MockCloudConfig.forTests("dp-range", T0)
                     .withDataPlane(DataPlaneSettings.DEFAULTS.withPorts(from, from + 5)))) {
            String a = create(server, "mssql-dprange1");
            String b = create(server, "mssql-dprange2");
            DataPlane dp = server.dataPlane().orElseThrow();
            dp.sync();
            int pa = dp.port(a).orElseThrow();
            int pb = dp.port(b).orElseThrow();
            assertNotEquals(from, pa);
            assertNotEquals(pa, pb);
            assertTrue(pa > from && pa <= from + 5 && pb > from && pb <= from + 5, pa + " " + pb);
            assertEquals(taken.getLocalPort(), from);
        }
    }
}
