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

    private static Address in(String module, Address a) {
        return a.in(ModuleAddress.ROOT.child(module, InstanceKey.NONE));
    }

    private static final String CHILD = """
            variable "id" {
              type = string
            }
            resource "%1$s" "inner" {
              instance_id = var.id
              encryption  = "enable"
            }
            output "id" {
              value = %1$s.inner.instance_id
            }
            """.formatted(SSL);

    @Test
    void across_modules_through_inputs_outputs_a_module_calls_depends_on_and_depends_on_a_module() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("child"));
        ConfigFixture.write(dir.resolve("child"), "main.tf", CHILD);
        Map<Address, Set<Address>> deps = of("""
                resource "%1$s" "w" {
                  instance_id = "mssql-1"
                  weekly      = [6]
                  start_time  = "03:00"
                  span        = 2
                }
                resource "%1$s" "v" {
                  instance_id = "mssql-2"
                  weekly      = [6]
                  start_time  = "03:00"
                  span        = 2
                }
                module "x" {
                  source = "./child"
                  id     = %1$s.w.instance_id
                }
                module "y" {
                  source     = "./child"
                  count      = 2
                  id         = "mssql-5"
                  depends_on = [%1$s.v]
                }
                resource "%2$s" "after" {
                  instance_id = "mssql-3"
                  encryption  = "enable"
                  depends_on  = [module.x]
                }
                resource "%2$s" "out" {
                  instance_id = module.x.id
                  encryption  = "enable"
                }
                resource "%2$s" "free" {
                  instance_id = "mssql-4"
                  encryption  = module.y[0].id == "" ? "disable" : "enable"
                }
                """.formatted(WINDOW, SSL));
        Address inner = managed(SSL, "inner");
        assertEquals(Set.of(managed(WINDOW, "w")), deps.get(in("x", inner)), "through the module call's argument");
        assertEquals(Set.of(managed(WINDOW, "v")), deps.get(in("y", inner)), "through the module call's depends_on");
        assertEquals(Set.of(managed(WINDOW, "w"), in("x", inner)), deps.get(managed(SSL, "after")), "depends_on a module: all in it");
        assertEquals(Set.of(managed(WINDOW, "w"), in("x", inner)), deps.get(managed(SSL, "out")), "through the output's value");
        assertEquals(Set.of(managed(WINDOW, "v"), in("y", inner)), deps.get(managed(SSL, "free")), "module.y[0].id: every output of y");
        assertEquals(List.of(managed(WINDOW, "w"), managed(WINDOW, "v"), managed(SSL, "after"), managed(SSL, "out"), managed(SSL, "free"),
                in("x", inner), in("y", inner)), List.copyOf(deps.keySet()), "the root's, then each module's, by absolute address");
    }

    @Test
    void a_cycle_through_a_module_is_found_with_module_addresses() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("child"));
        ConfigFixture.write(dir.resolve("child"), "main.tf", CHILD);
        ConfigFixture.write(dir, "main.tf", """
                resource "%1$s" "r" {
                  instance_id = "mssql-1"
                  encryption  = "enable"
                  depends_on  = [module.x]
                }
                module "x" {
                  source = "./child"
                  id     = %1$s.r.instance_id
                }
                """.formatted(SSL));
        LoadResult r = ConfigFixture.load(LoadRequest.directory(dir));
        assertEquals(List.of(in("x", managed(SSL, "inner")), managed(SSL, "r")), Dependencies.cycle(r.configuration()));
    }
}
