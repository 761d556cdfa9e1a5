package dev.sslform.plugin.config;

import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.AttrMode;
import dev.sslform.plugin.config.schema.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an expression sees when it refers to a resource or data source: the engine's value for
 * an instance when it supplied one, otherwise the instance's configuration with every computed
 * attribute unknown. A counted block is a list of those, a for_each block a map by key, and a
 * block whose expansion is not yet known is wholly unknown.
 */
final class ReferenceValues {
    private ReferenceValues() {
    }

    static Value of(Expansion e, Map<String, Value> known) {
        if (!e.known()) {
            return UnknownValue.DYNAMIC;
        }
        ResourceConfig r = e.config();
        if (r.count() == null && r.forEach() == null) {
            return e.instances().isEmpty() ? UnknownValue.DYNAMIC : instance(e.instances().get(0), known);
        }
        if (r.count() != null) {
            List<Value> out = new ArrayList<>();
            e.instances().forEach(i -> out.add(instance(i, known)));
            return new ListValue(out);
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (ResourceInstance i : e.instances()) {
            out.put(((InstanceKey.Key) i.address().key()).key(), instance(i, known));
        }
        return new ObjectValue(out);
    }

    private static Value instance(ResourceInstance i, Map<String, Value> known) {
        Value supplied = known.get(i.address().toString());
        if (supplied != null) {
            return supplied;
        }
        if (i.config().schema() == null) {
            return UnknownValue.DYNAMIC;
        }
        Map<String, Value> out = new LinkedHashMap<>(i.values().attributes());
        for (Attribute a : i.config().schema().attributes().values()) {
            Value v = out.get(a.name());
            if (a.mode() == AttrMode.COMPUTED || (a.mode() == AttrMode.OPTIONAL_COMPUTED && (v == null || v instanceof NullValue))) {
                out.put(a.name(), new UnknownValue(a.type()));
            }
        }
        return new ObjectValue(out);
    }
}
