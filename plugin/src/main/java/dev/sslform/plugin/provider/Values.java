package dev.sslform.plugin.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Helpers for attribute maps: JSON values (String, Long, Double, Boolean, List, Map, null) plus
 * {@link #UNKNOWN}, the planned value of an attribute that is known only after apply.
 */
public final class Values {

    /** A value known only after apply; never written to state. */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "(known after apply)";
        }
    };

    private Values() {
    }

    public static String str(Map<String, ?> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v == null || v == UNKNOWN ? null : v.toString();
    }

    public static Long lng(Map<String, ?> m, String key) {
        Object v = m == null ? null : m.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.matches("-?[0-9]+")) {
            return Long.parseLong(s);
        }
        return null;
    }

    public static boolean bool(Map<String, ?> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof Boolean b ? b : v instanceof String s && s.equals("true");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, ?> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof Map<?, ?> mm ? (Map<String, Object>) mm : null;
    }

    /**
     * JSON-normalises a value: whole numbers to Long (BigInteger beyond 64 bits), other numbers to
     * Double when a double holds them exactly (BigDecimal otherwise, so no digit is lost), nested
     * maps and lists copied.
     */
    public static Object normalize(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof java.math.BigDecimal bd) {
            if (bd.signum() == 0 || bd.stripTrailingZeros().scale() <= 0) {
                return normalize(bd.toBigIntegerExact());
            }
            double d = bd.doubleValue();
            return Double.isFinite(d) && new java.math.BigDecimal(Double.toString(d)).compareTo(bd) == 0 ? (Object) d : bd.stripTrailingZeros();
        }
        if (v instanceof java.math.BigInteger bi) {
            return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
        }
        if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : d;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalize(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normalize(x)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> copy(Map<String, ?> m) {
        return m == null ? null : (Map<String, Object>) normalize(m);
    }

    /** Deep equality after normalisation, so 1 (Integer) equals 1 (Long). */
    public static boolean same(Object a, Object b) {
        return Objects.equals(normalize(a), normalize(b));
    }

    /** True when the value or anything inside it is {@link #UNKNOWN}. */
    public static boolean containsUnknown(Object v) {
        if (v == UNKNOWN) {
            return true;
        }
        if (v instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(Values::containsUnknown);
        }
        if (v instanceof List<?> l) {
            return l.stream().anyMatch(Values::containsUnknown);
        }
        return false;
    }

    public static Map<String, Object> unmodifiable(Map<String, Object> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
