package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.testkit.MockCloudHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider configurations with {@code alias} (issue 13, item 4), against one in-process mockcloud
 * holding two accounts: the default one owns {@code mssql-gz000001} in ap-guangzhou, team B owns
 * {@code mssql-sh000001} in ap-shanghai (examples/multi-region's seed). Each call must go to its
 * configuration's region with its configuration's keys; the request journal says where each went
 * and with which SecretId.
 */
class ProviderAliasesAcceptanceTest {

    static final String TYPE = "tencentcloud_sqlserver_db_instance_ssl_config";
    static final String GZ = "mssql-gz000001";
    static final String SH = "mssql-sh000001";
    static final String TEAM_B = "AKIDteamb";
    static final String DEFAULT_PROVIDER = "provider[\"registry.terraform.io/tencentcloudstack/tencentcloud\"]";
    static final Path SEED = Path.of("..", "examples", "multi-region", "seed", "instances.yaml");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    MockCloudHarness mock;
    EngineCliRunner cli;

    @BeforeEach
    void start() {
        mock = new MockCloudHarness(Instant.parse("2026-12-01T09:05:00Z"), SEED);
        cli = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY), mock.clock(), mock.sleeper());
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    EngineCliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "-chdir=" + dir;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.run(full);
    }

    /** The default configuration (Guangzhou, keys from the environment) and "sh" (Shanghai, team B's keys), then {@code body}. */
    void write(String body) throws Exception {
        Files.writeString(dir.resolve("main.tf"), providers() + body);
    }

    String providers() {
        return """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%1$s"
                }

                provider "tencentcloud" {
                  alias      = "sh"
                  region     = "ap-shanghai"
                  endpoint   = "%1$s"
                  secret_id  = "AKIDteamb"
                  secret_key = "team-b-secret"
                }

                """.formatted(mock.endpointUrl());
    }

    static String ssl(String name, String id, String provider, String extra) {
        return """
                resource "%s" "%s" {
                  %s
                  instance_id = "%s"
                  encryption  = "enable"
                  %s
                }
                """.formatted(TYPE, name, provider == null ? "" : "provider = " + provider, id, extra);
    }

    /** Every journal entry of {@code action}: "SecretId region InstanceId" (the id, or the id set joined with commas). */
    List<String> calls(String action) throws Exception {
        JsonNode all = JSON.readTree(mock.get("/_mock/requests?limit=10000&action=" + action));
        JsonNode list = all.isArray() ? all : all.path("requests");
        List<String> out = new ArrayList<>();
        for (JsonNode r : list) {
            JsonNode p = r.path("parameters");
            String ids = p.has("InstanceId") ? p.path("InstanceId").asText() : "";
            if (p.has("InstanceIdSet")) {
                List<String> set = new ArrayList<>();
                p.path("InstanceIdSet").forEach(x -> set.add(x.asText()));
                ids = String.join(",", set);
            }
            out.add(r.path("account").path("SecretId").asText() + " " + r.path("region").asText() + " " + ids);
        }
        return out;
    }

    JsonNode state() throws Exception {
        return JSON.readTree(dir.resolve("sslform.tfstate").toFile());
    }

    String stateProvider(String name) throws Exception {
        for (JsonNode r : state().path("resources")) {
            if (r.path("name").asText().equals(name)) {
                return r.path("provider").asText();
            }
        }
        return null;
    }

    String encryption(String id) {
        String m = mock.get("/_mock/instances/" + id);
        int at = m.indexOf("\"Encryption\":\"");
        return m.substring(at + 14, m.indexOf('"', at + 14));
    }

    @Test
    void each_configuration_reads_and_changes_its_instances_in_its_region_with_its_keys() throws Exception {
        write(ssl("gz", GZ, null, "") + ssl("sh", SH, "tencentcloud.sh", "disable_on_destroy = true") + """
                data "tencentcloud_sqlserver_instances" "sh" {
                  provider      = tencentcloud.sh
                  instance_type = "HA"
                }

                output "sh_ids" {
                  value = data.tencentcloud_sqlserver_instances.sh.ids
                }

                check "shanghai" {
                  data "tencentcloud_sqlserver_instances" "scoped" {
                    provider = tencentcloud.sh
                  }

                  assert {
                    condition     = contains(data.tencentcloud_sqlserver_instances.scoped.ids, "%s")
                    error_message = "the scoped data source was not read in Shanghai"
                  }
                }
                """.formatted(SH));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 2 added, 0 changed, 0 destroyed."), apply.out());
        // The data source lists team B's Shanghai instance only: it was read there, with team B's keys.
        assertTrue(apply.out().contains("sh_ids = [\"" + SH + "\"]"), apply.out());
        assertFalse(apply.words().contains("not read in Shanghai"), apply.all());

        assertEquals(List.of(MockCloudHarness.SECRET_ID + " ap-guangzhou " + GZ, TEAM_B + " ap-shanghai " + SH),
                new ArrayList<>(new TreeSet<>(calls("ModifyDBInstanceSSL"))));
        for (String call : calls("DescribeDBInstancesAttribute")) {
            assertTrue(call.equals(MockCloudHarness.SECRET_ID + " ap-guangzhou " + GZ) || call.equals(TEAM_B + " ap-shanghai " + SH), call);
        }
        assertEquals("enable", encryption(GZ));
        assertEquals("enable", encryption(SH));

        // State records each object's configuration as Terraform writes it.
        assertEquals(DEFAULT_PROVIDER, stateProvider("gz"));
        assertEquals(DEFAULT_PROVIDER + ".sh", stateProvider("sh"));

        // providers lists the provider once, aliases or not, as Terraform does.
        EngineCliRunner.Result providers = run("providers");
        assertEquals(0, providers.code(), providers.all());
        assertTrue(providers.out().contains("Providers required by state:\n\n    provider[registry.terraform.io/tencentcloudstack/tencentcloud]\n\n"),
                providers.out());
        assertFalse(providers.out().contains("].sh"), providers.out());

        // The next plan refreshes each in its own region: nothing changed.
        EngineCliRunner.Result plan = run("plan", "-detailed-exitcode");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("No changes."), plan.out());
        assertTrue(calls("DescribeDBInstances").stream().allMatch(c -> c.endsWith(" " + GZ) && c.startsWith(MockCloudHarness.SECRET_ID + " ap-guangzhou")
                || c.startsWith(TEAM_B + " ap-shanghai")), calls("DescribeDBInstances").toString());

        // -target, refresh and destroy use the object's configuration too.
        EngineCliRunner.Result targeted = run("plan", "-target=" + TYPE + ".sh");
        assertEquals(0, targeted.code(), targeted.all());
        assertTrue(targeted.out().contains("No changes."), targeted.out());
        assertEquals(0, run("refresh").code());
        // -replace renews the certificate now: through the object's configuration.
        EngineCliRunner.Result replace = run("apply", "-auto-approve", "-replace=" + TYPE + ".sh");
        assertEquals(0, replace.code(), replace.all());
        List<String> renewed = calls("ModifyDBInstanceSSL");
        assertEquals(TEAM_B + " ap-shanghai " + SH, renewed.get(renewed.size() - 1));
        assertEquals(3, renewed.size(), renewed.toString());
        EngineCliRunner.Result destroy = run("destroy", "-auto-approve", "-target=" + TYPE + ".sh");
        assertEquals(0, destroy.code(), destroy.all());
        assertTrue(calls("ModifyDBInstanceSSL").contains(TEAM_B + " ap-shanghai " + SH));
        assertEquals("disable", encryption(SH));
        assertEquals("enable", encryption(GZ));
    }

    @Test
    void a_saved_plan_binds_every_configuration_and_show_json_lists_them() throws Exception {
        write(ssl("gz", GZ, null, "") + ssl("sh", SH, "tencentcloud.sh", ""));
        EngineCliRunner.Result plan = run("plan", "-out=tf.plan");
        assertEquals(0, plan.code(), plan.all());
        String file = Files.readString(dir.resolve("tf.plan"));
        assertFalse(file.contains("team-b-secret"), "no secret in the plan file");
        assertFalse(file.contains("AKIDteamb"), "no SecretId in the plan file");

        EngineCliRunner.Result show = run("show", "-json", "tf.plan");
        assertEquals(0, show.code(), show.all());
        JsonNode doc = JSON.readTree(show.out());
        JsonNode configs = doc.path("configuration").path("provider_config");
        assertEquals("tencentcloud", configs.path("tencentcloud").path("name").asText());
        assertFalse(configs.path("tencentcloud").has("alias"));
        assertEquals("sh", configs.path("tencentcloud.sh").path("alias").asText());
        assertEquals("registry.terraform.io/tencentcloudstack/tencentcloud", configs.path("tencentcloud.sh").path("full_name").asText());
        for (JsonNode c : doc.path("resource_changes")) {
            assertEquals("registry.terraform.io/tencentcloudstack/tencentcloud", c.path("provider_name").asText());
        }

        // Applied with each configuration's saved settings and today's keys: team B's come from the configuration again.
        EngineCliRunner.Result apply = run("apply", "tf.plan");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of(MockCloudHarness.SECRET_ID + " ap-guangzhou " + GZ, TEAM_B + " ap-shanghai " + SH),
                new ArrayList<>(new TreeSet<>(calls("ModifyDBInstanceSSL"))));
        assertEquals(DEFAULT_PROVIDER + ".sh", stateProvider("sh"));
    }

    @Test
    void a_saved_plan_takes_an_aliased_configuration_s_keys_from_today_s_configuration_or_refuses_as_stale() throws Exception {
        Files.writeString(dir.resolve("main.tf"), providers().replace("\"AKIDteamb\"", "var.sh_id").replace("\"team-b-secret\"", "var.sh_key")
                + """
                variable "sh_id" {
                  type      = string
                  sensitive = true
                }

                variable "sh_key" {
                  type      = string
                  sensitive = true
                }

                """ + ssl("sh", SH, "tencentcloud.sh", ""));
        EngineCliRunner.Result plan = run("plan", "-var", "sh_id=" + TEAM_B, "-var", "sh_key=team-b-secret", "-out=tf.plan");
        assertEquals(0, plan.code(), plan.all());

        // Without team B's keys today, the "sh" configuration falls back to the environment's (the default account's):
        // the instance is not found in Shanghai with them, and the plan is refused before any change.
        EngineCliRunner.Result stale = run("apply", "tf.plan");
        assertEquals(1, stale.code(), stale.all());
        assertTrue(stale.words().contains("Saved plan is stale"), stale.all());
        assertTrue(stale.words().contains(SH + " (tencentcloud.sh) no longer exists"), stale.all());
        assertTrue(calls("ModifyDBInstanceSSL").isEmpty());

        EngineCliRunner.Result applied = new EngineCliRunner(Map.of("TENCENTCLOUD_SECRET_ID", MockCloudHarness.SECRET_ID,
                "TENCENTCLOUD_SECRET_KEY", MockCloudHarness.SECRET_KEY, "TF_VAR_sh_id", TEAM_B, "TF_VAR_sh_key", "team-b-secret"),
                mock.clock(), mock.sleeper()).run("-chdir=" + dir, "apply", "tf.plan");
        assertEquals(0, applied.code(), applied.all());
        assertEquals(List.of(TEAM_B + " ap-shanghai " + SH), calls("ModifyDBInstanceSSL"));
    }

    @Test
    void an_object_whose_block_now_names_another_configuration_is_managed_and_recorded_with_the_new_one() throws Exception {
        write(ssl("sh", SH, "tencentcloud.sh", ""));
        assertEquals(0, run("apply", "-auto-approve").code());
        // Another alias for the same region and account: the object is read with it and state records it; nothing to change.
        Files.writeString(dir.resolve("main.tf"), providers().replace("alias      = \"sh\"", "alias      = \"shanghai\"")
                + ssl("sh", SH, "tencentcloud.shanghai", ""));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("Apply complete! Resources: 0 added, 0 changed, 0 destroyed."), apply.out());
        assertEquals(DEFAULT_PROVIDER + ".shanghai", stateProvider("sh"));
        assertEquals(1, calls("ModifyDBInstanceSSL").size());
    }

    @Test
    void an_orphan_is_destroyed_with_the_configuration_state_records_and_refused_when_that_is_gone() throws Exception {
        write(ssl("gz", GZ, null, "") + ssl("sh", SH, "tencentcloud.sh", "disable_on_destroy = true"));
        assertEquals(0, run("apply", "-auto-approve").code());

        // The block and its provider configuration removed: Terraform's error, and nothing is sent.
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region   = "ap-guangzhou"
                  endpoint = "%s"
                }

                """.formatted(mock.endpointUrl()) + ssl("gz", GZ, null, ""));
        EngineCliRunner.Result gone = run("apply", "-auto-approve");
        assertEquals(1, gone.code(), gone.all());
        assertTrue(gone.words().contains("Provider configuration not present"), gone.all());
        assertTrue(gone.words().contains("To work with " + TYPE + ".sh its original provider configuration at " + DEFAULT_PROVIDER
                + ".sh is required, but it has been removed."), gone.all());
        assertEquals(2, calls("ModifyDBInstanceSSL").size());

        // With the configuration back (and the block still gone), the orphan is destroyed through it: in Shanghai, with team B's keys.
        write(ssl("gz", GZ, null, ""));
        EngineCliRunner.Result destroyed = run("apply", "-auto-approve");
        assertEquals(0, destroyed.code(), destroyed.all());
        assertTrue(destroyed.out().contains("0 added, 0 changed, 1 destroyed"), destroyed.out());
        List<String> modifies = calls("ModifyDBInstanceSSL");
        assertEquals(TEAM_B + " ap-shanghai " + SH, modifies.get(modifies.size() - 1));
        assertEquals("disable", encryption(SH));
    }

    @Test
    void import_uses_the_configuration_of_the_address_resource_block() throws Exception {
        write(ssl("sh", SH, "tencentcloud.sh", ""));
        EngineCliRunner.Result r = run("import", TYPE + ".sh", SH);
        assertEquals(0, r.code(), r.all());
        assertEquals(DEFAULT_PROVIDER + ".sh", stateProvider("sh"));
        assertTrue(calls("DescribeDBInstancesAttribute").stream().allMatch(c -> c.equals(TEAM_B + " ap-shanghai " + SH)),
                calls("DescribeDBInstancesAttribute").toString());

        // An import block may repeat the resource's provider argument, and then imports through it.
        Files.delete(dir.resolve("sslform.tfstate"));
        write(ssl("sh", SH, "tencentcloud.sh", "") + """
                import {
                  to       = %s.sh
                  id       = "%s"
                  provider = tencentcloud.sh
                }
                """.formatted(TYPE, SH));
        EngineCliRunner.Result plan = run("apply", "-auto-approve");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("1 imported"), plan.out());
        assertEquals(DEFAULT_PROVIDER + ".sh", stateProvider("sh"));
    }

    @Test
    void configuration_errors_are_terraform_s() throws Exception {
        // Two defaults.
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region = "ap-guangzhou"
                }

                provider "tencentcloud" {
                  region = "ap-shanghai"
                }
                """);
        EngineCliRunner.Result twoDefaults = run("validate");
        assertEquals(1, twoDefaults.code(), twoDefaults.all());
        assertTrue(twoDefaults.words().contains("Error: Duplicate provider configuration"), twoDefaults.all());
        assertTrue(twoDefaults.words().contains("A default (non-aliased) provider configuration for \"tencentcloud\" was already given at "),
                twoDefaults.all());
        assertTrue(twoDefaults.words().contains("main.tf:1,1. If multiple configurations are required, set the \"alias\" argument for"
                + " alternative configurations."), twoDefaults.all());

        // One alias twice.
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  alias  = "sh"
                  region = "ap-shanghai"
                }

                provider "tencentcloud" {
                  alias  = "sh"
                  region = "ap-guangzhou"
                }
                """);
        EngineCliRunner.Result twoAliases = run("validate");
        assertEquals(1, twoAliases.code(), twoAliases.all());
        assertTrue(twoAliases.words().contains("A provider configuration for \"tencentcloud\" with alias \"sh\" was already given at"), twoAliases.all());
        assertTrue(twoAliases.words().contains("Each configuration for the same provider must have a distinct alias."), twoAliases.all());

        // An undeclared alias, on a resource and on a data source.
        Files.writeString(dir.resolve("main.tf"), ssl("x", SH, "tencentcloud.nope", "") + """
                data "tencentcloud_sqlserver_instances" "all" {
                  provider = tencentcloud.nope
                }
                """);
        EngineCliRunner.Result undeclared = run("plan");
        assertEquals(1, undeclared.code(), undeclared.all());
        assertTrue(undeclared.words().contains("Error: Provider configuration not present"), undeclared.all());
        assertTrue(undeclared.words().contains("To work with " + TYPE + ".x its original provider configuration at " + DEFAULT_PROVIDER
                + ".nope is required"), undeclared.all());
        assertTrue(undeclared.words().contains("To work with data.tencentcloud_sqlserver_instances.all its original provider configuration"),
                undeclared.all());
        assertTrue(calls("DescribeDBInstances").isEmpty());

        // A quoted reference, and an alias that is not a name.
        Files.writeString(dir.resolve("main.tf"), ssl("x", SH, "\"tencentcloud.sh\"", "") + """
                provider "tencentcloud" {
                  alias = "not a name"
                }
                """);
        EngineCliRunner.Result quoted = run("validate");
        assertEquals(1, quoted.code(), quoted.all());
        assertTrue(quoted.words().contains("Error: Invalid provider configuration reference"), quoted.all());
        assertTrue(quoted.words().contains("A provider configuration reference must not be given in quotes."), quoted.all());
        assertTrue(quoted.words().contains("Error: Invalid provider configuration alias"), quoted.all());

        // An import block naming another configuration than its resource's.
        write(ssl("x", SH, "tencentcloud.sh", "") + """
                import {
                  to       = %s.x
                  id       = "%s"
                  provider = tencentcloud
                }
                """.formatted(TYPE, SH));
        EngineCliRunner.Result importProvider = run("validate");
        assertEquals(1, importProvider.code(), importProvider.all());
        assertTrue(importProvider.words().contains("Error: Invalid import provider argument"), importProvider.all());
    }

    @Test
    void the_json_syntax_names_a_configuration_with_a_string() throws Exception {
        Files.writeString(dir.resolve("main.tf.json"), """
                {
                  "provider": {
                    "tencentcloud": [
                      {"region": "ap-guangzhou", "endpoint": "%1$s"},
                      {"alias": "sh", "region": "ap-shanghai", "endpoint": "%1$s", "secret_id": "AKIDteamb", "secret_key": "team-b-secret"}
                    ]
                  },
                  "resource": {
                    "%2$s": {
                      "sh": {"provider": "tencentcloud.sh", "instance_id": "%3$s", "encryption": "enable"}
                    }
                  }
                }
                """.formatted(mock.endpointUrl(), TYPE, SH));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(List.of(TEAM_B + " ap-shanghai " + SH), calls("ModifyDBInstanceSSL"));
        assertEquals(DEFAULT_PROVIDER + ".sh", stateProvider("sh"));
    }
}
