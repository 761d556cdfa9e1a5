package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every block type, meta-argument and language argument the loader recognizes, as data: the one
 * list the decoders consult, and the one a test walks to prove that each construct either has a
 * behaviour test or a refusal test. A construct is {@link Status#SUPPORTED} (it means what it
 * means in Terraform 1.9, or what docs/sslform.md says where it differs) or {@link Status#REFUSED}
 * (recognized, and refused with a diagnostic naming it; never accepted and ignored).
 *
 * <p>Ids are paths: {@code resource} (a top-level block), {@code resource.count} (a meta-argument),
 * {@code resource.lifecycle.prevent_destroy} (an argument of a nested block). Provider and
 * resource arguments defined by the provider schema are not listed: the schema checks them.
 */
public final class Language {

    /** What sslform does with a construct. */
    public enum Status { SUPPORTED, REFUSED }

    /** A recognized construct; {@code sample} is a minimal configuration using it (for refusal tests and docs). */
    public record Construct(String id, Status status, String note, String sample) {
        /** The name as written in a configuration: the last segment of the id. */
        public String name() {
            return id.substring(id.lastIndexOf('.') + 1);
        }
    }

    private static final Map<String, Construct> ALL = new LinkedHashMap<>();

    private static void supported(String id, String note) {
        ALL.put(id, new Construct(id, Status.SUPPORTED, note, null));
    }

    private static void refused(String id, String why, String sample) {
        ALL.put(id, new Construct(id, Status.REFUSED, why, sample));
    }

    /**
     * In a sample, starts another file (path relative to the sample's directory) up to the next
     * marker: how a refusal that needs a child module is written.
     */
    public static final String FILE = "# file: ";

    private static final String SSL = "resource \"tencentcloud_sqlserver_db_instance_ssl_config\" \"x\" {\n  instance_id = \"mssql-1\"\n  encryption  = \"enable\"\n";

    static {
        supported("terraform", "settings: required_version, required_providers, backend");
        supported("terraform.required_version", "checked against the Terraform language version sslform implements");
        supported("terraform.required_providers", "tencentcloud's source and version constraint checked against the provider version sslform implements");
        supported("terraform.backend", "\"local\" and \"pg\"");
        refused("terraform.required_providers.configuration_aliases", "configuration_aliases is not supported: it declares the aliased"
                        + " configurations a child module expects its caller to pass; in the root module, provider blocks with alias declare them.",
                "terraform {\n  required_providers {\n    tencentcloud = {\n      source                = \"tencentcloudstack/tencentcloud\"\n"
                        + "      configuration_aliases = [tencentcloud.sh]\n    }\n  }\n}\n");
        refused("terraform.cloud", "sslform keeps state only in the \"local\" or \"pg\" backend; HCP Terraform / Terraform Enterprise is not available.",
                "terraform {\n  cloud {\n    organization = \"o\"\n  }\n}\n");
        refused("terraform.experiments", "Language experiments are not supported: sslform has none.", "terraform {\n  experiments = []\n}\n");
        refused("terraform.provider_meta", "provider_meta is not supported: sslform's provider reads no module metadata.",
                "terraform {\n  provider_meta \"tencentcloud\" {\n  }\n}\n");

        supported("provider", "any number of tencentcloud configurations: one default, the others with distinct aliases");
        supported("provider.alias", "an alternate configuration, chosen with the provider meta-argument; recorded in state as Terraform writes it");

        supported("variable", "input variables");
        supported("variable.type", "type constraints");
        supported("variable.default", "default value");
        supported("variable.description", "documentation only");
        supported("variable.nullable", "nullable = false turns a null value into the default, or an error without one");
        supported("variable.sensitive", "hidden as (sensitive value) wherever a value derived from it is shown; an output revealing it must be sensitive; state keeps the value");
        supported("variable.validation", "condition and error_message, checked before planning in every command");

        supported("locals", "local values");

        supported("output", "output values");
        supported("output.value", "the value");
        supported("output.description", "documentation only");
        supported("output.sensitive", "shown as (sensitive value) in plan, apply, destroy, show and console; stored in state");
        supported("output.depends_on", "checked; outputs are evaluated after every change, so the order holds");
        supported("output.precondition", "checked when the output is evaluated, before apply");

        supported("resource", "managed resources");
        supported("resource.count", "count meta-argument");
        supported("resource.for_each", "for_each meta-argument");
        supported("resource.depends_on", "apply orders changes by it (and by references, across modules), destroys in reverse; recorded in state");
        supported("resource.provider", "a reference to a declared configuration (tencentcloud.ALIAS); without it, the default configuration");
        supported("resource.lifecycle", "lifecycle block");
        supported("resource.lifecycle.prevent_destroy", "a plan that would destroy the object is an error");
        supported("resource.lifecycle.ignore_changes", "attribute list or all; covers configuration changes and drift");
        refused("resource.lifecycle.create_before_destroy", "create_before_destroy is not supported yet: these resources are never replaced by a new object.",
                SSL + "  lifecycle {\n    create_before_destroy = true\n  }\n}\n");
        refused("resource.lifecycle.replace_triggered_by", "replace_triggered_by is not supported yet.",
                SSL + "  lifecycle {\n    replace_triggered_by = [terraform_data.x]\n  }\n}\n");
        supported("resource.lifecycle.precondition", "checked before the instance is planned");
        supported("resource.lifecycle.postcondition", "checked with self after the instance is planned (or after apply when unknown)");
        refused("resource.provisioner", "Provisioners are not supported: sslform runs no commands.",
                SSL + "  provisioner \"local-exec\" {\n    command = \"true\"\n  }\n}\n");
        refused("resource.connection", "Connection blocks are not supported: sslform runs no provisioners.",
                SSL + "  connection {\n    host = \"h\"\n  }\n}\n");

        supported("data", "data sources");
        supported("data.count", "count meta-argument");
        supported("data.for_each", "for_each meta-argument");
        supported("data.depends_on", "checked, and orders the resources that refer to the data source after what it depends on; data sources are read before any change");
        supported("data.provider", "a reference to a declared configuration (tencentcloud.ALIAS); check-scoped data too");
        supported("data.lifecycle", "lifecycle block: precondition and postcondition only");
        supported("data.lifecycle.precondition", "checked before the data source is read");
        supported("data.lifecycle.postcondition", "checked with self after the data source is read");

        supported("check", "check blocks: assertions are warnings");
        supported("check.assert", "condition and error_message");
        supported("check.data", "a scoped data source, read at plan time with the others; failing to read it is a warning");

        supported("module", "local modules: source is a path starting with ./ or ../; inputs, outputs, nested modules; see docs/sslform.md#modules");
        supported("module.source", "a local path (./ or ../), resolved against the calling module's directory; registry, git, http, s3 … sources refused (sslform downloads nothing)");
        supported("module.count", "count meta-argument: module.NAME[0]");
        supported("module.for_each", "for_each meta-argument: module.NAME[\"key\"]");
        supported("module.depends_on", "as Terraform: every resource in the module waits for what it names; depends_on = [module.x] waits for every resource in module.x");
        refused("module.version", "The version argument is not supported for a module with a local source: a version constraint cannot be applied"
                + " to a module at a relative local path (as in Terraform), and sslform downloads no registry module.",
                "module \"m\" {\n  source  = \"./m\"\n  version = \"1.0.0\"\n}\n" + FILE + "m/main.tf\n");
        refused("module.providers", "The providers argument of module calls is not supported yet: a child module uses the default tencentcloud"
                + " configuration, inherited implicitly as in Terraform.",
                "module \"m\" {\n  source    = \"./m\"\n  providers = {\n    tencentcloud = tencentcloud\n  }\n}\n" + FILE + "m/main.tf\n");
        refused("module.provider", "Provider blocks in a child module are not supported yet: configure tencentcloud in the root module; child"
                + " modules inherit its default configuration, as in Terraform.",
                "module \"m\" {\n  source = \"./m\"\n}\n" + FILE + "m/main.tf\nprovider \"tencentcloud\" {\n  region = \"ap-shanghai\"\n}\n");
        refused("module.moved", "moved blocks in a child module are not supported yet: write them in the root module with module addresses"
                + " (from = module.NAME.TYPE.NAME), which moves the same objects.",
                "module \"m\" {\n  source = \"./m\"\n}\n" + FILE + "m/main.tf\nmoved {\n  from = tencentcloud_sqlserver_db_instance_ssl_config.a\n"
                        + "  to   = tencentcloud_sqlserver_db_instance_ssl_config.b\n}\n");
        refused("module.removed", "removed blocks in a child module are not supported yet: write them in the root module with a module address"
                + " (from = module.NAME.TYPE.NAME).",
                "module \"m\" {\n  source = \"./m\"\n}\n" + FILE + "m/main.tf\nremoved {\n  from = tencentcloud_sqlserver_db_instance_ssl_config.a\n}\n");
        supported("moved", "resources, instance keys of count/for_each, into and out of modules, and whole modules (module.a → module.b);"
                + " applied to the prior state before planning; chains; no API call");
        supported("removed", "from (a resource, or a module call: module.NAME, no instance keys); destroy = true destroys, false forgets without API call");
        supported("removed.lifecycle", "destroy = true | false (true when absent)");
        refused("removed.provisioner", "Provisioners are not supported: sslform runs no commands.",
                "removed {\n  from = tencentcloud_sqlserver_db_instance_ssl_config.a\n  provisioner \"local-exec\" {\n    command = \"true\"\n  }\n}\n");
        refused("removed.connection", "Connection blocks are not supported: sslform runs no provisioners.",
                "removed {\n  from = tencentcloud_sqlserver_db_instance_ssl_config.a\n  connection {\n    host = \"h\"\n  }\n}\n");
        supported("import", "to and id (any expression known at plan time: variables, locals, data sources, functions): planned as imports,"
                + " applied by writing state");
        supported("import.for_each", "a map, set or list; each.key and each.value in id and in to's index (to = type.name[each.key])");
        supported("import.provider", "allowed only when it repeats the target resource's provider argument, as Terraform");
    }

    private Language() {
    }

    /** Every construct, in the order the docs list them. */
    public static List<Construct> constructs() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Construct> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** The names of the constructs directly under {@code parent} ("" for top-level blocks). */
    static List<String> names(String parent) {
        String prefix = parent.isEmpty() ? "" : parent + ".";
        return ALL.keySet().stream().filter(id -> id.startsWith(prefix) && !id.substring(prefix.length()).contains("."))
                .map(id -> id.substring(prefix.length())).toList();
    }

    /**
     * If {@code id} is a refused construct, reports it at {@code where} and returns true; the
     * caller then skips it. Supported or unknown ids return false.
     */
    static boolean refuse(String id, SourceRange where, Diagnostics diags) {
        Construct c = ALL.get(id);
        if (c == null || c.status() == Status.SUPPORTED) {
            return false;
        }
        diags.error(summary(c), c.note(), where);
        return true;
    }

    /** The refusal's summary line: it names the construct. */
    public static String summary(Construct c) {
        return "Unsupported " + describe(c);
    }

    private static String describe(Construct c) {
        String[] parts = c.id().split("\\.");
        if (parts.length == 1) {
            return "block type \"" + c.name() + "\"";
        }
        String in = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
        return "\"" + c.name() + "\" in " + in;
    }
}
