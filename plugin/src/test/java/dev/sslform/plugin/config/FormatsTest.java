package dev.sslform.plugin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same configuration in HCL, Terraform JSON and YAML loads and evaluates to equal models. */
class FormatsTest {
    private static final Path DIR = Path.of("src/test/resources/formats");

    private static Evaluation evaluate(String file) {
        LoadResult r = ConfigFixture.load(LoadRequest.directory(DIR).withFile(DIR.resolve(file)));
        assertTrue(r.diagnostics().isEmpty(), () -> file + ": " + r.diagnostics());
        Diagnostics d = new Diagnostics();
        Evaluation e = r.configuration().evaluator().evaluate(Map.of(), d);
        assertTrue(d.isEmpty(), () -> file + ": " + d);
        return e;
    }

    @Test
    void hcl_json_and_yaml_give_equal_models() {
        Evaluation hcl = evaluate("main.tf");
        for (String other : List.of("main.tf.json", "main.tf.yaml")) {
            Evaluation e = evaluate(other);
            assertEquals(hcl.providers(), e.providers(), other);
            assertEquals(hcl.locals(), e.locals(), other);
            assertEquals(hcl.outputs(), e.outputs(), other);
            assertEquals(values(hcl), values(e), other);
            assertEquals(hcl.expansions().keySet(), e.expansions().keySet(), other);
            assertEquals(lifecycles(hcl), lifecycles(e), other);
        }
    }

    @Test
    void for_each_expands_into_keyed_instances_with_defaults_applied() {
        Evaluation e = evaluate("main.tf");
        List<ResourceInstance> is = e.instances(ResourceMode.MANAGED);
        assertEquals(List.of("tencentcloud_sqlserver_db_instance_ssl_config.ssl[\"mssql-a\"]",
                "tencentcloud_sqlserver_db_instance_ssl_config.ssl[\"mssql-b\"]"), is.stream().map(i -> i.address().toString()).toList());
        var v = is.get(1).values().attributes();
        assertEquals(Value.of("mssql-b"), v.get("instance_id"));
        assertEquals(Value.of(30), v.get("renew_before_days"));
        assertEquals(Value.nullValue(), v.get("is_kms"), "no default: left out, is_kms is not managed");
        assertEquals(Value.of(false), v.get("disable_on_destroy"));
        assertEquals(Value.nullValue(), v.get("ssl_validity"));
        assertEquals(Value.of("mssql-a-ok"), e.outputs().get("first"));
        assertEquals("45m", ((dev.sslform.plugin.config.value.StringValue) ((dev.sslform.plugin.config.value.ObjectValue) v.get("timeouts"))
                .attributes().get("create")).value());
    }

    private static List<Object> values(Evaluation e) {
        return e.instances(ResourceMode.MANAGED).stream().map(i -> (Object) List.of(i.address(), i.values())).toList();
    }

    private static List<Lifecycle> lifecycles(Evaluation e) {
        return e.expansions().values().stream().map(x -> x.config().lifecycle()).toList();
    }
}
