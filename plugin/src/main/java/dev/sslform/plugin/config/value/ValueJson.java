package dev.sslform.plugin.config.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values to and from Jackson trees: for {@code jsonencode}/{@code jsondecode}/{@code yamldecode},
 * {@code .tfvars.json} files and JSON output. Numbers go through {@link java.math.BigDecimal}.
 */
public final class ValueJson {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private ValueJson() {
    }

    public static Value fromJson(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return NullValue.INSTANCE;
        }
        if (n.isBoolean()) {
            return BoolValue.of(n.booleanValue());
        }
        if (n.isNumber()) {
            return new NumberValue(n.decimalValue());
        }
        if (n.isTextual()) {
            return new StringValue(n.textValue());
        }
        if (n.isArray()) {
            List<Value> out = new ArrayList<>();
            n.forEach(e -> out.add(fromJson(e)));
            return new ListValue(out);
        }
        if (n.isObject()) {
            Map<String, Value> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), fromJson(e.getValue()));
            }
            return new ObjectValue(out);
        }
        return new StringValue(n.asText());
    }

    /** The JSON form of a wholly known value; an unknown becomes JSON null. */
    public static JsonNode toJson(Value v) {
        if (v instanceof StringValue s) {
            return F.textNode(s.value());
        }
        if (v instanceof NumberValue n) {
            return n.isInteger() ? F.numberNode(n.value().toBigInteger()) : F.numberNode(n.value().stripTrailingZeros());
        }
        if (v instanceof BoolValue b) {
            return F.booleanNode(b.value());
        }
        if (v instanceof ListValue l) {
            return array(l.elements());
        }
        if (v instanceof SetValue s) {
            return array(s.elements());
        }
        if (v instanceof ObjectValue o) {
            ObjectNode obj = F.objectNode();
            o.attributes().forEach((k, e) -> obj.set(k, toJson(e)));
            return obj;
        }
        return F.nullNode();
    }

    private static ArrayNode array(List<Value> elements) {
        ArrayNode arr = F.arrayNode();
        elements.forEach(e -> arr.add(toJson(e)));
        return arr;
    }
}
