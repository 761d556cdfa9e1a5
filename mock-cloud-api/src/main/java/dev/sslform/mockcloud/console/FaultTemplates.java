package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.FaultRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fault rules the console offers, as templates over {@link FaultRule}: throttle an action,
 * fail the next N calls with a code, add latency, fail an SSL operation, drop connections. Each
 * template takes only its own fields (a field it does not use is refused, not ignored); the
 * rule's own constructor checks the rest, as it does for {@code POST /_mock/faults}.
 */
final class FaultTemplates {
    /** One template: its name, its title, its fields, and how the fields make a rule. */
    record Template(String name, String title, List<String> fields, Function<Map<String, String>, FaultRule> build) {
    }

    private static final List<String> NARROWERS = List.of("action", "instanceId", "account");
    private static final List<String> CHANCE = List.of("probability", "seed");

    static final Map<String, Template> ALL = new LinkedHashMap<>();

    static {
        add(new Template("throttle", "Throttle an action", fields(List.of("throttlePerSecond"), NARROWERS, CHANCE), f -> rule(f,
                null, null, null, null, integer(f, "throttlePerSecond", true), false, false)));
        add(new Template("fail", "Fail the next N calls with a code", fields(List.of("times", "code", "message"), NARROWERS, CHANCE), f -> rule(f,
                integer(f, "times", true), required(f, "code"), f.get("message"), null, null, false, false)));
        add(new Template("latency", "Add latency", fields(List.of("latencyMs", "times"), NARROWERS, CHANCE), f -> rule(f,
                integer(f, "times", false), null, null, integer(f, "latencyMs", true), null, false, false)));
        add(new Template("fail-operation", "Fail an SSL operation", List.of("instanceId", "probability", "seed"), f -> rule(f,
                null, null, null, null, null, true, false)));
        add(new Template("drop", "Drop connections", fields(List.of("times"), NARROWERS, CHANCE), f -> rule(f,
                integer(f, "times", false), null, null, null, null, false, true)));
    }

    private FaultTemplates() {
    }

    private static void add(Template t) {
        ALL.put(t.name(), t);
    }

    @SafeVarargs
    private static List<String> fields(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /**
     * The rule {@code template} makes of {@code form} (blank values are absent); an unknown
     * template, a field the template does not take, or an impossible rule is an
     * IllegalArgumentException saying which.
     */
    static FaultRule build(String template, Map<String, String> form) {
        Template t = ALL.get(template);
        if (t == null) {
            throw new IllegalArgumentException("unknown template \"" + template + "\"; choose one of " + ALL.keySet());
        }
        Set<String> allowed = Set.copyOf(t.fields());
        for (String k : form.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("\"" + k + "\" does not apply to \"" + t.title() + "\"; it takes " + t.fields());
            }
        }
        return t.build().apply(form);
    }

    private static FaultRule rule(Map<String, String> f, Integer times, String code, String message, Integer latencyMs,
                                  Integer throttle, boolean failNext, boolean drop) {
        Double probability = null;
        if (f.get("probability") != null) {
            try {
                probability = Double.parseDouble(f.get("probability"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("probability must be a number in (0, 1], got \"" + f.get("probability") + "\"");
            }
        }
        Long seed = null;
        if (f.get("seed") != null) {
            try {
                seed = Long.parseLong(f.get("seed"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seed must be an integer, got \"" + f.get("seed") + "\"");
            }
        }
        if (failNext && f.get("instanceId") == null) {
            throw new IllegalArgumentException("instanceId is required: the next SSL operation accepted on that instance fails");
        }
        return new FaultRule(f.get("action"), f.get("instanceId"), f.get("account"), times, code, message, latencyMs, throttle,
                failNext, drop, probability, seed);
    }

    private static String required(Map<String, String> f, String field) {
        String v = f.get(field);
        if (v == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return v;
    }

    private static Integer integer(Map<String, String> f, String field, boolean required) {
        String v = f.get(field);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, got \"" + v + "\"");
        }
    }
}
