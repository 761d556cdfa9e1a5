package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.SetValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The key/value pairs a for expression or directive iterates: index for lists, element for sets, key for maps. */
final class Iteration {
    private Iteration() {
    }

    /** The pairs, or null when the value is not a collection. */
    static List<Map.Entry<Value, Value>> entries(Value coll) {
        List<Map.Entry<Value, Value>> out = new ArrayList<>();
        if (coll instanceof ListValue l) {
            for (int i = 0; i < l.elements().size(); i++) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(NumberValue.of(i), l.elements().get(i)));
            }
        } else if (coll instanceof SetValue s) {
            s.elements().forEach(e -> out.add(new AbstractMap.SimpleImmutableEntry<>(e, e)));
        } else if (coll instanceof ObjectValue o) {
            o.attributes().forEach((k, v) -> out.add(new AbstractMap.SimpleImmutableEntry<>(new StringValue(k), v)));
        } else {
            return null;
        }
        return out;
    }
}
