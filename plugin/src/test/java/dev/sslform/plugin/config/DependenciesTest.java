package dev.sslform.plugin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependenciesTest {
    @TempDir
    Path dir;

    static final String SSL = "tencentcloud_sqlserver_db_instance_ssl_config";
    static final String WINDOW = "tencentcloud_sqlserver_maintenance_window";

    private Map<Address, Set<Address>> of(String main) {
        ConfigFixture.write(dir, "main.tf", main);
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
        return Dependencies.of(r.configuration());
    }

    private static Address managed(String type, String name) {
        return new Address(ResourceMode.MANAGED, type, name);
    }

    @Test
    void depends_on_and_references_through_locals_data_sources_and_other_resources_count_transitively() {
        Map<Address, Set<Address>> deps = of("""
                resource "%1$s" "w" {
                  instance_id = "mssql-1"
                  weekly      = [6]
                  start_time  = "03:00"
                  span        = 2
                }
                data "tencentcloud_sqlserver_instances" "d" {
                  depends_on = [%1$s.w]
                }
                locals {
                  ids = data.tencentcloud_sqlserver_instances.d.ids
                }
                resource "%2$s" "a" {
                  for_each    = toset(local.ids)
                  instance_id = each.key
                  encryption  = "enable"
                }
                resource "%2$s" "b" {
                  instance_id = "mssql-2"
                  encryption  = "enable"
                  depends_on  = [%2$s.a]
                }
                resource "%2$s" "c" {
                  instance_id = "mssql-3"
                  encryption  = %2$s.b.encryption
                }
                resource "%2$s" "free" {
                  instance_id = "mssql-4"
                  encryption  = "enable"
                }
                """.formatted(WINDOW, SSL));
        assertEquals(Set.of(), deps.get(managed(WINDOW, "w")));
        assertEquals(Set.of(managed(WINDOW, "w")), deps.get(managed(SSL, "a")), "through a local and a data source's depends_on");
        assertEquals(Set.of(managed(WINDOW, "w"), managed(SSL, "a")), deps.get(managed(SSL, "b")));
        assertEquals(Set.of(managed(WINDOW, "w"), managed(SSL, "a"), managed(SSL, "b")), deps.get(managed(SSL, "c")), "a reference, transitively");
        assertEquals(Set.of(), deps.get(managed(SSL, "free")));
        assertEquals(List.of(managed(WINDOW, "w"), managed(SSL, "a"), managed(SSL, "b"), managed(SSL, "c"), managed(SSL, "free")),
                List.copyOf(deps.keySet()), "managed resources only, in declaration order");
    }
}
