package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Local modules (issue 13, item 5) against in-process mockcloud through the CLI: a root calling
 * {@code ./modules/ssl} with for_each, count, nested modules, their addresses in plan, state,
 * JSON and the state commands, -target, and the diagnostics Terraform gives for a bad call.
 * Remote effects are checked through the request journal.
 */
class ModulesAcceptanceTest extends InProcessAcceptance {

    static final String A = "mssql-moda0001";
    static final String B = "mssql-modb0002";
    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    List<String> instances() {
        return List.of(A, B);
    }

    /** modules/ssl: one SSL resource for var.instance_id, outputs its id and encryption. */
    void sslModule() throws Exception {
        module("modules/ssl", """
                variable "instance_id" {
                  type = string
                }

                variable "encryption" {
                  type    = string
                  default = "enable"
                  validation {
                    condition     = contains(["enable", "disable"], var.encryption)
                    error_message = "encryption must be enable or disable."
                  }
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "this" {
                  instance_id = var.instance_id
                  encryption  = var.encryption
                }

                output "instance_id" {
                  value = tencentcloud_sqlserver_db_instance_ssl_config.this.instance_id
                }

                output "dir" {
                  value = path.module
                }
                """);
    }

    void module(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path));
        Files.writeString(dir.resolve(path).resolve("main.tf"), text);
    }

    long modifies() {
        return mock.get("/_mock/requests?action=ModifyDBInstanceSSL&limit=10000").split("\"ModifyDBInstanceSSL\"", -1).length - 1;
    }

    String encryption(String id) {
        String json = mock.get("/_mock/instances/" + id);
        return json.contains("\"enable\"") ? "enable" : json.contains("\"disable\"") ? "disable" : json;
    }

    static final String FOR_EACH_ROOT = """
            module "ssl" {
              source      = "./modules/ssl"
              for_each    = toset(["%s", "%s"])
              instance_id = each.key
            }

            output "ids" {
              value = [for k, m in module.ssl : m.instance_id]
            }
            """.formatted(A, B);

    @Test
    void a_module_called_with_for_each_plans_applies_and_converges_with_module_addresses() throws Exception {
        sslModule();
        write(FOR_EACH_ROOT);

        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        String a = "module.ssl[\"" + A + "\"]." + TYPE + ".this";
        String b = "module.ssl[\"" + B + "\"]." + TYPE + ".this";
        assertTrue(plan.out().contains("# " + a + " will be created"), plan.out());
        assertTrue(plan.out().contains("# " + b + " will be created"), plan.out());
        assertTrue(plan.out().contains("Plan: 2 to add, 0 to change, 0 to destroy."), plan.out());

        assertEquals(0, run("init").code(), "init has nothing to download for a local module");

        // A saved plan: show -json gives module_address and the child_modules of planned_values.
        EngineCliRunner.Result saved = run("plan", "-out=tfplan");
        assertEquals(0, saved.code(), saved.all());
        JsonNode json = JSON.readTree(run("show", "-json", "tfplan").out());
        JsonNode change = json.path("resource_changes").get(0);
        assertEquals(a, change.path("address").asText(), json.toPrettyString());
        assertEquals("module.ssl[\"" + A + "\"]", change.path("module_address").asText());
        assertEquals("this", change.path("name").asText());
        JsonNode children = json.path("planned_values").path("root_module").path("child_modules");
        assertEquals(2, children.size(), json.toPrettyString());
        assertEquals("module.ssl[\"" + A + "\"]", children.get(0).path("address").asText());
        assertEquals(a, children.get(0).path("resources").get(0).path("address").asText());
        assertEquals(0, json.path("planned_values").path("root_module").path("resources").size());

        EngineCliRunner.Result apply = run("apply", "tfplan");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(2, modifies(), "one ModifyDBInstanceSSL per module instance");
        assertEquals("enable", encryption(A));
        assertEquals("enable", encryption(B));

        JsonNode state = JSON.readTree(dir.resolve("sslform.tfstate").toFile());
        JsonNode first = state.path("resources").get(0);
        assertEquals("module.ssl[\"" + A + "\"]", first.path("module").asText(), state.toPrettyString());
        assertEquals("this", first.path("name").asText());
        assertEquals("module.ssl[\"" + B + "\"]", state.path("resources").get(1).path("module").asText());
        assertEquals(JSON.readTree("[\"" + A + "\",\"" + B + "\"]"), state.path("outputs").path("ids").path("value"), state.toPrettyString());

        EngineCliRunner.Result again = run("plan", "-detailed-exitcode");
        assertEquals(0, again.code(), "converged: " + again.all());
        assertEquals(2, modifies());

        EngineCliRunner.Result replace = run("plan", "-replace=" + a);
        assertEquals(0, replace.code(), replace.all());
        assertTrue(replace.out().contains("replace requested: renew the certificate now"), replace.out());
        assertTrue(replace.out().contains("# " + a), replace.out());
        assertFalse(replace.out().contains("# " + b), "only the requested module instance's resource: " + replace.out());

        EngineCliRunner.Result list = run("state", "list");
        assertEquals(a + "\n" + b + "\n", list.out(), list.all());
        EngineCliRunner.Result filtered = run("state", "list", "module.ssl[\"" + B + "\"]");
        assertEquals(b + "\n", filtered.out(), filtered.all());
        EngineCliRunner.Result show = run("state", "show", a);
        assertEquals(0, show.code(), show.all());
        assertTrue(show.out().contains("# " + a + ":"), show.out());
    }

    @Test
    void count_on_a_module_call_and_a_nested_module_give_keyed_module_paths() throws Exception {
        sslModule();
        module("modules/outer", """
                variable "ids" {
                  type = list(string)
                }

                variable "index" {
                  type = number
                }

                module "ssl" {
                  source      = "../ssl"
                  instance_id = var.ids[var.index]
                }

                output "id" {
                  value = module.ssl.instance_id
                }

                output "dirs" {
                  value = [path.module, module.ssl.dir, path.root, terraform.workspace]
                }
                """);
        write("""
                module "pair" {
                  source = "./modules/outer"
                  count  = 2
                  ids    = ["%s", "%s"]
                  index  = count.index
                }

                output "ids" {
                  value = module.pair[*].id
                }

                output "second" {
                  value = module.pair[1].dirs
                }
                """.formatted(A, B));

        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        String first = "module.pair[0].module.ssl." + TYPE + ".this";
        assertTrue(apply.out().contains(first + ": Creating..."), apply.out());
        assertEquals(2, modifies());
        JsonNode state = JSON.readTree(dir.resolve("sslform.tfstate").toFile());
        assertEquals("module.pair[0].module.ssl", state.path("resources").get(0).path("module").asText(), state.toPrettyString());
        assertEquals("module.pair[1].module.ssl", state.path("resources").get(1).path("module").asText());
        assertEquals(JSON.readTree("[\"" + A + "\",\"" + B + "\"]"), state.path("outputs").path("ids").path("value"));
        // path.module is the module's own directory, path.root the root's.
        JsonNode dirs = state.path("outputs").path("second").path("value");
        assertTrue(dirs.get(0).asText().endsWith("modules/outer"), dirs.toString());
        assertTrue(dirs.get(1).asText().endsWith("modules/ssl"), dirs.toString());
        assertEquals(dir.toString(), dirs.get(2).asText());
        assertEquals("default", dirs.get(3).asText());

        // console evaluates in the root module: module outputs work there.
        cli.stdin = "module.pair[1].id\n";
        EngineCliRunner.Result console = run("console");
        assertEquals(0, console.code(), console.all());
        assertEquals("\"" + B + "\"", console.out().trim());
        cli.stdin = "";

        // providers: Terraform's tree, a branch per module call.
        String provider = "provider[registry.terraform.io/tencentcloudstack/tencentcloud]";
        EngineCliRunner.Result providers = run("providers");
        assertTrue(providers.out().contains(".\n├── " + provider + "\n└── module.pair\n    └── module.ssl\n        └── " + provider + "\n"),
                providers.out());

        EngineCliRunner.Result list = run("state", "list", "module.pair[1]");
        assertEquals("module.pair[1].module.ssl." + TYPE + ".this\n", list.out(), list.all());
        assertEquals(0, run("plan", "-detailed-exitcode").code());

        // show -json: the module tree of prior_state / values.
        JsonNode shown = JSON.readTree(run("show", "-json").out());
        JsonNode child = shown.path("values").path("root_module").path("child_modules").get(0);
        assertEquals("module.pair[0]", child.path("address").asText(), shown.toPrettyString());
        JsonNode nested = child.path("child_modules").get(0);
        assertEquals("module.pair[0].module.ssl", nested.path("address").asText());
        assertEquals(first, nested.path("resources").get(0).path("address").asText());
    }

    @Test
    void a_remote_module_source_is_refused_and_a_local_one_must_exist() throws Exception {
        write("""
                module "vpc" {
                  source = "terraform-aws-modules/vpc/aws"
                }

                module "git" {
                  source = "git::https://example.com/ssl.git"
                }

                module "gone" {
                  source = "./modules/gone"
                }
                """);
        EngineCliRunner.Result r = run("validate");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: Unsupported module source"), r.err());
        assertTrue(r.err().contains("\"terraform-aws-modules/vpc/aws\" is a module registry address"), r.err());
        assertTrue(r.words().contains("is a Git repository"), r.err());
        assertTrue(r.words().contains("sslform downloads nothing"), r.err());
        assertTrue(r.words().contains("Error: Module not found"), r.err());
        assertTrue(r.words().contains("modules/gone, which is not a directory"), r.err());
        assertEquals(1, run("plan").code());
        assertEquals(0, modifies());
    }

    @Test
    void a_missing_required_argument_an_unexpected_one_and_a_failing_validation_are_errors_as_terraform() throws Exception {
        sslModule();
        write("""
                module "ssl" {
                  source     = "./modules/ssl"
                  instance   = "%s"
                }
                """.formatted(A));
        EngineCliRunner.Result r = run("validate");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: Missing required argument"), r.err());
        assertTrue(r.err().contains("The argument \"instance_id\" is required, but no definition was found."), r.err());
        assertTrue(r.err().contains("Error: Unsupported argument"), r.err());
        assertTrue(r.err().contains("An argument named \"instance\" is not expected here."), r.err());

        write("""
                module "ssl" {
                  source      = "./modules/ssl"
                  instance_id = "%s"
                  encryption  = "maybe"
                }
                """.formatted(A));
        EngineCliRunner.Result bad = run("plan");
        assertEquals(1, bad.code(), bad.all());
        assertTrue(bad.err().contains("Error: Invalid value for variable"), bad.err());
        assertTrue(bad.err().contains("encryption must be enable or disable."), bad.err());
        assertTrue(bad.err().contains("modules/ssl/main.tf"), "the child's file is named: " + bad.err());

        write("""
                module "ssl" {
                  source      = "./modules/ssl"
                  instance_id = ["not", "a", "string"]
                }
                """);
        EngineCliRunner.Result type = run("plan");
        assertEquals(1, type.code(), type.all());
        assertTrue(type.words().contains("Error: Invalid value for input variable"), type.err());
        assertTrue(type.words().contains("The given value is not suitable for module.ssl.var.instance_id declared at modules/ssl/main.tf:1,1"), type.err());
        assertEquals(0, modifies());
    }

    @Test
    void module_depends_on_must_name_declared_blocks() throws Exception {
        sslModule();
        write("""
                resource "%s" "other" {
                  instance_id = "%s"
                  encryption  = "enable"
                }

                module "ssl" {
                  source      = "./modules/ssl"
                  instance_id = "%s"
                  depends_on  = [%s.other]
                }

                module "late" {
                  source      = "./modules/ssl"
                  instance_id = "%s"
                  depends_on  = [module.ssl, %s.nope]
                }
                """.formatted(TYPE, B, A, TYPE, A, TYPE));
        EngineCliRunner.Result r = run("validate");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.words().contains("depends_on of module.late refers to \"" + TYPE + ".nope\", which is not declared in this module."), r.err());
        assertFalse(r.err().contains("module.ssl\", which"), r.err());
    }

    @Test
    void a_moved_block_into_a_module_makes_no_api_call_and_target_selects_a_module_instance() throws Exception {
        sslModule();
        write("""
                resource "%s" "orders" {
                  instance_id = "%s"
                  encryption  = "enable"
                }
                """.formatted(TYPE, A));
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(1, modifies());

        write(FOR_EACH_ROOT + """
                moved {
                  from = %s.orders
                  to   = module.ssl["%s"].%s.this
                }
                """.formatted(TYPE, A, TYPE));
        String a = "module.ssl[\"" + A + "\"]." + TYPE + ".this";
        String b = "module.ssl[\"" + B + "\"]." + TYPE + ".this";
        // As Terraform: a move must be covered by the targets at both ends.
        EngineCliRunner.Result half = run("plan", "-target=module.ssl[\"" + A + "\"]");
        assertEquals(1, half.code(), half.all());
        assertTrue(half.all().contains("Moved resource instances excluded by targeting"), half.all());
        assertTrue(half.all().contains("-target=\"" + TYPE + ".orders\""), half.all());
        EngineCliRunner.Result plan = run("plan", "-target=module.ssl[\"" + A + "\"]", "-target=" + TYPE + ".orders");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("# " + TYPE + ".orders has moved to " + a), plan.out());
        assertFalse(plan.out().contains(b), "the other module instance is not targeted: " + plan.out());
        EngineCliRunner.Result apply = run("apply", "-auto-approve", "-target=module.ssl[\"" + A + "\"]", "-target=" + TYPE + ".orders");
        assertEquals(0, apply.code(), apply.all());
        assertEquals(1, modifies(), "a move changes only state: " + apply.all());
        assertEquals(a + "\n", run("state", "list").out());

        // -target=module.ssl selects every instance of the call.
        EngineCliRunner.Result all = run("apply", "-auto-approve", "-target=module.ssl");
        assertEquals(0, all.code(), all.all());
        assertEquals(2, modifies(), "B is created now");
        assertEquals(a + "\n" + b + "\n", run("state", "list").out());

        // state mv out of a module instance into another module, then state rm of that whole module.
        String c = "module.spare." + TYPE + ".this";
        EngineCliRunner.Result mv = run("state", "mv", b, c);
        assertEquals(0, mv.code(), mv.all());
        // State is sorted by module address, as Terraform writes it: "module.spare" before "module.ssl[…]".
        assertEquals(c + "\n" + a + "\n", run("state", "list").out());
        JsonNode state = JSON.readTree(dir.resolve("sslform.tfstate").toFile());
        assertEquals("module.spare", state.path("resources").get(0).path("module").asText(), state.toPrettyString());
        assertEquals(0, run("state", "rm", "module.spare").code());
        assertEquals(a + "\n", run("state", "list").out());
        assertEquals(2, modifies(), "state commands touch no remote object");
    }

    @Test
    void a_whole_module_move_and_a_removed_module_change_only_state() throws Exception {
        sslModule();
        write("""
                module "old" {
                  source      = "./modules/ssl"
                  instance_id = "%s"
                }
                """.formatted(A));
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals(1, modifies());

        write("""
                module "new" {
                  source      = "./modules/ssl"
                  instance_id = "%s"
                }

                moved {
                  from = module.old
                  to   = module.new
                }
                """.formatted(A));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("# module.old." + TYPE + ".this has moved to module.new." + TYPE + ".this"), plan.out());
        assertEquals(0, run("apply", "-auto-approve").code());
        assertEquals("module.new." + TYPE + ".this\n", run("state", "list").out());
        assertEquals(1, modifies(), "no API call for the move");

        // state mv of a whole module, and back.
        EngineCliRunner.Result mv = run("state", "mv", "module.new", "module.other");
        assertEquals(0, mv.code(), mv.all());
        assertEquals("module.other." + TYPE + ".this\n", run("state", "list").out());
        assertEquals(1, run("state", "mv", "module.other", TYPE + ".x").code(), "a module moves only to a module");
        assertEquals(0, run("state", "mv", "module.other", "module.new").code());

        write("""
                removed {
                  from = module.new
                  lifecycle {
                    destroy = false
                  }
                }
                """);
        EngineCliRunner.Result forget = run("apply", "-auto-approve");
        assertEquals(0, forget.code(), forget.all());
        assertEquals("", run("state", "list").out());
        assertEquals(1, modifies(), "forgotten without an API call");
        assertEquals("enable", encryption(A));
    }

    @Test
    void import_into_a_module_address_checks_the_module_keys_and_writes_the_module_field() throws Exception {
        sslModule();
        write(FOR_EACH_ROOT);
        EngineCliRunner.Result wrongKey = run("import", "module.ssl[0]." + TYPE + ".this", A);
        assertEquals(1, wrongKey.code(), wrongKey.all());
        assertTrue(wrongKey.err().contains("module.ssl has \"for_each\" set"), wrongKey.err());
        EngineCliRunner.Result undeclared = run("import", "module.ssl[\"" + A + "\"]." + TYPE + ".other", A);
        assertEquals(1, undeclared.code(), undeclared.all());
        assertTrue(undeclared.err().contains("does not exist in the configuration"), undeclared.err());

        EngineCliRunner.Result ok = run("import", "module.ssl[\"" + A + "\"]." + TYPE + ".this", A);
        assertEquals(0, ok.code(), ok.all());
        JsonNode state = JSON.readTree(dir.resolve("sslform.tfstate").toFile());
        assertEquals("module.ssl[\"" + A + "\"]", state.path("resources").get(0).path("module").asText(), state.toPrettyString());
    }

    @Test
    void import_blocks_reach_keyed_module_instances_with_for_each_and_an_expression_id() throws Exception {
        sslModule();
        write(FOR_EACH_ROOT + """

                locals {
                  adopt = ["%s"]
                }

                import {
                  for_each = toset(local.adopt)
                  to       = module.ssl["%s"].%s.this
                  id       = each.value
                }
                """.formatted(A, A, TYPE));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("module.ssl[\"" + A + "\"]." + TYPE + ".this: Preparing import... [id=" + A + "]"), plan.out());
        assertTrue(plan.out().contains("# module.ssl[\"" + B + "\"]." + TYPE + ".this will be created"), plan.out());

        write(FOR_EACH_ROOT + """

                import {
                  to = module.ssl["nope"].%s.this
                  id = "%s"
                }
                """.formatted(TYPE, A));
        EngineCliRunner.Result undeclared = run("plan");
        assertEquals(1, undeclared.code(), undeclared.all());
        assertEquals(0, modifies(), "nothing sent");
    }

    @Test
    void a_saved_plan_is_refused_when_a_file_moved_between_the_root_and_a_module() throws Exception {
        sslModule();
        write(FOR_EACH_ROOT);
        // Sorted after modules/…, so moving it keeps the order of the files' names and contents.
        Files.writeString(dir.resolve("zz.tf"), "locals {\n  note = \"kept\"\n}\n");
        assertEquals(0, run("plan", "-out=tfplan").code());
        Files.move(dir.resolve("zz.tf"), dir.resolve("modules/ssl/zz.tf"));
        EngineCliRunner.Result apply = run("apply", "tfplan");
        assertEquals(1, apply.code(), apply.all());
        assertTrue(apply.words().contains("Saved plan is for a different configuration"), apply.all());
        assertEquals(0, modifies());
    }

    @Test
    void a_sensitive_input_stays_sensitive_and_a_child_output_revealing_it_must_be_sensitive() throws Exception {
        module("modules/secret", """
                variable "id" {
                  type      = string
                  sensitive = true
                }

                output "plain" {
                  value = var.id
                }
                """);
        write("""
                module "s" {
                  source = "./modules/secret"
                  id     = "%s"
                }
                """.formatted(A));
        EngineCliRunner.Result r = run("plan");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: Output refers to sensitive values"), r.err());
        assertTrue(r.err().contains("modules/secret/main.tf"), r.err());

        module("modules/secret", """
                variable "id" {
                  type = string
                }

                output "plain" {
                  value = var.id
                }
                """);
        write("""
                variable "secret" {
                  type      = string
                  sensitive = true
                  default   = "%s"
                }

                module "s" {
                  source = "./modules/secret"
                  id     = var.secret
                }

                output "leak" {
                  value = module.s.plain
                }
                """.formatted(A));
        EngineCliRunner.Result leak = run("plan");
        assertEquals(1, leak.code(), leak.all());
        assertTrue(leak.err().contains("Error: Output refers to sensitive values"), "a sensitive input stays sensitive through the module: " + leak.err());

        // Inside the module, an argument derived from the sensitive input is hidden in the plan; the child output of it must be sensitive.
        module("modules/ssl", """
                variable "instance_id" {
                  type = string
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "this" {
                  instance_id = var.instance_id
                  encryption  = "enable"
                }

                output "instance_id" {
                  value     = tencentcloud_sqlserver_db_instance_ssl_config.this.instance_id
                  sensitive = true
                }
                """);
        write("""
                variable "secret" {
                  type      = string
                  sensitive = true
                  default   = "%s"
                }

                module "ssl" {
                  source      = "./modules/ssl"
                  instance_id = var.secret
                }

                output "id" {
                  value     = module.ssl.instance_id
                  sensitive = true
                }
                """.formatted(A));
        EngineCliRunner.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.all());
        assertTrue(plan.out().contains("+ instance_id         = (sensitive value)"), plan.out());
        assertTrue(plan.out().contains("+ id = (sensitive value)"), "the output of a sensitive child output: " + plan.out());
    }

    @Test
    void a_provider_block_in_a_child_module_and_providers_on_a_call_are_refused() throws Exception {
        module("modules/p", """
                provider "tencentcloud" {
                  region = "ap-shanghai"
                }
                """);
        write("""
                module "p" {
                  source = "./modules/p"
                }

                module "q" {
                  source    = "./modules/p"
                  providers = {
                    tencentcloud = tencentcloud
                  }
                }
                """);
        EngineCliRunner.Result r = run("validate");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: Unsupported \"provider\" in module"), r.err());
        assertTrue(r.err().contains("modules/p/main.tf"), r.err());
        assertTrue(r.err().contains("Error: Unsupported \"providers\" in module"), r.err());
    }

    @Test
    void a_module_calling_its_own_directory_is_a_cycle() throws Exception {
        module("modules/loop", """
                module "again" {
                  source = "../loop"
                }
                """);
        write("""
                module "loop" {
                  source = "./modules/loop"
                }
                """);
        EngineCliRunner.Result r = run("validate");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("Error: Module cycle"), r.err());
        assertTrue(r.err().contains("module.loop.module.again has source \"../loop\""), r.err());
    }

    @Test
    void lifecycle_rules_conditions_and_checks_inside_a_module_apply_and_an_import_block_reaches_into_it() throws Exception {
        module("modules/guarded", """
                variable "instance_id" {
                  type = string
                }

                resource "tencentcloud_sqlserver_db_instance_ssl_config" "this" {
                  instance_id = var.instance_id
                  encryption  = "enable"
                  lifecycle {
                    prevent_destroy = true
                    precondition {
                      condition     = var.instance_id != "mssql-forbidden"
                      error_message = "That instance is off limits."
                    }
                  }
                }

                check "named" {
                  assert {
                    condition     = length(var.instance_id) > 100
                    error_message = "The instance id is short."
                  }
                }
                """);
        write("""
                module "g" {
                  source      = "./modules/guarded"
                  instance_id = "%s"
                }

                import {
                  to = module.g.%s.this
                  id = "%s"
                }
                """.formatted(A, TYPE, A));
        EngineCliRunner.Result apply = run("apply", "-auto-approve");
        assertEquals(0, apply.code(), apply.all());
        assertTrue(apply.out().contains("module.g." + TYPE + ".this: Preparing import... [id=" + A + "]"), apply.out());
        assertTrue(apply.out().contains("# module.g." + TYPE + ".this will be updated in-place"), apply.out());
        assertTrue(apply.out().contains("~ resource \"" + TYPE + "\" \"this\" {"), "the block header names the resource: " + apply.out());
        assertTrue(apply.all().contains("Warning: Check block assertion failed"), apply.all());
        assertTrue(apply.all().contains("with module.g.check.named"), apply.all());
        assertTrue(apply.all().contains("The instance id is short."), apply.all());
        assertEquals(1, modifies(), "imported, then enabled as configured");

        // prevent_destroy inside the module: destroy is refused, naming the module address.
        EngineCliRunner.Result destroy = run("destroy", "-auto-approve");
        assertEquals(1, destroy.code(), destroy.all());
        assertTrue(destroy.all().contains("Instance cannot be destroyed"), destroy.all());
        assertTrue(destroy.all().contains("module.g." + TYPE + ".this"), destroy.all());

        write("""
                module "g" {
                  source      = "./modules/guarded"
                  instance_id = "mssql-forbidden"
                }
                """);
        EngineCliRunner.Result pre = run("plan");
        assertEquals(1, pre.code(), pre.all());
        assertTrue(pre.all().contains("That instance is off limits."), pre.all());
        assertEquals(1, modifies());
    }

    @Test
    void validate_checks_a_module_whose_for_each_is_not_yet_known_and_plan_refuses_keys_known_only_after_apply() throws Exception {
        sslModule();
        write("""
                variable "ids" {
                  type = set(string)
                }

                module "ssl" {
                  source      = "./modules/ssl"
                  for_each    = var.ids
                  instance_id = each.key
                  encryption  = "sometimes"
                }
                """);
        EngineCliRunner.Result v = run("validate");
        assertEquals(1, v.code(), "the child's validation runs on the placeholder instance too: " + v.all());
        assertTrue(v.all().contains("encryption must be enable or disable."), v.all());

        write("""
                resource "%s" "first" {
                  instance_id = "%s"
                  encryption  = "enable"
                }

                module "ssl" {
                  source      = "./modules/ssl"
                  for_each    = toset([%s.first.ssl_validity_period])
                  instance_id = "%s"
                }
                """.formatted(TYPE, A, TYPE, B));
        assertEquals(0, run("validate").code());
        EngineCliRunner.Result plan = run("plan");
        assertEquals(1, plan.code(), plan.all());
        assertTrue(plan.words().contains("Invalid count or for_each argument"), plan.all());
        assertTrue(plan.words().contains("cannot be determined until apply"), plan.all());
        assertEquals(0, modifies());
    }
}
