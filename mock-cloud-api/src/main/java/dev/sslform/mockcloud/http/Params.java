package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.ErrorCodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parameters of one API call, checked against the action's declared parameters: unknown
 * names get {@code UnknownParameter} (D9), wrong JSON types {@code InvalidParameter}, missing
 * required ones {@code MissingParameter}, each naming the parameter.
 */
final class Params {
    /** The JSON type a parameter must have. */
    enum Type { STRING, INTEGER, STRING_ARRAY, INTEGER_ARRAY, ANY }

    private final ObjectNode values;

    private Params(ObjectNode values) {
        this.values = values;
    }

    /** Checks {@code body} against {@code declared} (name → type). */
    static Params of(ObjectNode body, Map<String, Type> declared) {
        TreeSet<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!declared.containsKey(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new ApiException(ErrorCodes.UNKNOWN_PARAMETER, "The parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + (unknown.size() > 1 ? " are" : " is") + " not recognized by this action; it accepts "
                    + String.join(", ", new TreeSet<>(declared.keySet())) + ".");
        }
        for (Map.Entry<String, Type> e : declared.entrySet()) {
            JsonNode v = body.get(e.getKey());
            if (v != null && !v.isNull()) {
                checkType(e.getKey(), v, e.getValue());
            }
        }
        return new Params(body);
    }

    /**
     * Turns the flattened GET form ({@code Weekly.0=1&Weekly.1=2&Span=6}) into the JSON the
     * action would have received by POST, converting by the declared types.
     */
    static ObjectNode fromForm(Map<String, List<String>> form, Map<String, Type> declared) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().isEmpty() ? "" : e.getValue().get(e.getValue().size() - 1);
            int dot = key.indexOf('.');
            String name = dot < 0 ? key : key.substring(0, dot);
            Type type = declared.get(name);
            if (type == null) {
                out.put(name, value);
                continue;
            }
            if (type == Type.STRING_ARRAY || type == Type.INTEGER_ARRAY) {
                if (dot < 0) {
                    throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The parameter " + name
                            + " is a list; send it as " + name + ".0, " + name + ".1, ….");
                }
                int index;
                try {
                    index = Integer.parseInt(key.substring(dot + 1));
                } catch (NumberFormatException ex) {
                    throw new ApiException(ErrorCodes.INVALID_PARAMETER, "Bad list index in parameter " + key + ".");
                }
                var arr = out.has(name) && out.get(name).isArray() ? (com.fasterxml.jackson.databind.node.ArrayNode) out.get(name) : out.putArray(name);
                while (arr.size() <= index && index < 1000) {
                    arr.addNull();
                }
                if (index >= 1000) {
                    throw new ApiException(ErrorCodes.INVALID_PARAMETER, "List index too large in parameter " + key + ".");
                }
                arr.set(index, type == Type.INTEGER_ARRAY ? formInteger(key, value) : JsonNodeFactory.instance.textNode(value));
            } else if (type == Type.INTEGER || (type == Type.ANY && value.matches("-?[0-9]{1,18}"))) {
                out.set(name, formInteger(key, value));
            } else {
                out.put(name, value);
            }
        }
        return out;
    }

    private static JsonNode formInteger(String key, String value) {
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The parameter " + key + " must be an integer, got \"" + value + "\".");
        }
    }

    private static void checkType(String name, JsonNode v, Type type) {
        switch (type) {
            case ANY -> {
                // checked by the action itself, which owns the error code
            }
            case STRING -> {
                if (!v.isTextual()) {
                    throw wrongType(name, "a string", v);
                }
            }
            case INTEGER -> {
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw wrongType(name, "an integer", v);
                }
            }
            case STRING_ARRAY, INTEGER_ARRAY -> {
                if (!v.isArray()) {
                    throw wrongType(name, type == Type.STRING_ARRAY ? "an array of strings" : "an array of integers", v);
                }
                for (int i = 0; i < v.size(); i++) {
                    JsonNode item = v.get(i);
                    boolean ok = type == Type.STRING_ARRAY ? item.isTextual() : item.isIntegralNumber() && item.canConvertToLong();
                    if (!ok) {
                        throw wrongType(name + "[" + i + "]", type == Type.STRING_ARRAY ? "a string" : "an integer", item);
                    }
                }
            }
        }
    }

    private static ApiException wrongType(String name, String expected, JsonNode got) {
        return new ApiException(ErrorCodes.INVALID_PARAMETER, "The parameter " + name + " must be " + expected + ", got "
                + describe(got) + ".");
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "the string \"" + abbreviate(v.asText()) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + abbreviate(v.asText());
        }
        if (v.isBoolean()) {
            return "the boolean " + v.asText();
        }
        return v.isArray() ? "an array" : v.isObject() ? "an object" : "null";
    }

    private static String abbreviate(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }

    /** The raw value, for parameters declared {@link Type#ANY}; null when absent. */
    JsonNode raw(String name) {
        JsonNode v = values.get(name);
        return v == null || v.isNull() ? null : v;
    }

    String requiredString(String name) {
        String v = string(name);
        if (v == null) {
            throw missing(name);
        }
        return v;
    }

    String string(String name) {
        JsonNode v = values.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    Long integer(String name) {
        JsonNode v = values.get(name);
        return v == null || v.isNull() ? null : v.asLong();
    }

    long requiredInteger(String name) {
        Long v = integer(name);
        if (v == null) {
            throw missing(name);
        }
        return v;
    }

    List<String> strings(String name) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    List<Long> integers(String name) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asLong()));
        return out;
    }

    static ApiException missing(String name) {
        return new ApiException(ErrorCodes.MISSING_PARAMETER, "The request is missing the required parameter " + name + ".");
    }
}
