package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** format, join, split, lower, upper, trimspace, replace, regex. */
final class StringFunctions {
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P<([A-Za-z][A-Za-z0-9]*)>");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private StringFunctions() {
    }

    static void register(Map<String, FunctionSpec> m) {
        add(m, FunctionSpec.variadic("format", List.of("format", "args"), 1, a -> new StringValue(Format.format(a))));
        add(m, FunctionSpec.variadic("join", List.of("separator", "lists"), 2, a -> {
            String sep = Args.string(a, 0);
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < a.size(); i++) {
                for (Value v : Args.sequence(a, i)) {
                    if (v instanceof NullValue) {
                        throw new FunctionException(i, "element is null; cannot concatenate null values");
                    }
                    parts.add(Args.string(List.of(v), 0));
                }
            }
            return new StringValue(String.join(sep, parts));
        }));
        add(m, FunctionSpec.of("split", List.of("separator", "str"), a -> {
            String sep = Args.string(a, 0);
            String str = Args.string(a, 1);
            List<Value> out = new ArrayList<>();
            if (sep.isEmpty()) {
                str.codePoints().forEach(cp -> out.add(new StringValue(new String(Character.toChars(cp)))));
            } else {
                for (String s : str.split(Pattern.quote(sep), -1)) {
                    out.add(new StringValue(s));
                }
            }
            return new ListValue(out);
        }));
        add(m, FunctionSpec.of("lower", List.of("str"), a -> new StringValue(Args.string(a, 0).toLowerCase(Locale.ROOT))));
        add(m, FunctionSpec.of("upper", List.of("str"), a -> new StringValue(Args.string(a, 0).toUpperCase(Locale.ROOT))));
        add(m, FunctionSpec.of("trimspace", List.of("str"), a -> new StringValue(Args.string(a, 0).strip())));
        add(m, FunctionSpec.of("replace", List.of("str", "substr", "replace"), a -> {
            String str = Args.string(a, 0);
            String sub = Args.string(a, 1);
            String rep = Args.string(a, 2);
            if (sub.length() >= 2 && sub.startsWith("/") && sub.endsWith("/")) {
                Pattern p = compile(sub.substring(1, sub.length() - 1), 1);
                return new StringValue(p.matcher(str).replaceAll(rep.replaceAll("\\$\\{(\\d+)\\}", "\\$$1")));
            }
            return new StringValue(str.replace(sub, rep));
        }));
        add(m, FunctionSpec.of("regex", List.of("pattern", "string"), a -> {
            Pattern p = compile(Args.string(a, 0), 0);
            Matcher mt = p.matcher(Args.string(a, 1));
            if (!mt.find()) {
                throw new FunctionException(-1, "pattern did not match any part of the given string");
            }
            if (mt.groupCount() == 0) {
                return new StringValue(mt.group());
            }
            List<String> names = groupNames(p.pattern());
            if (!names.isEmpty()) {
                Map<String, Value> out = new LinkedHashMap<>();
                for (String n : names) {
                    out.put(n, group(mt.group(n)));
                }
                return new ObjectValue(out);
            }
            List<Value> out = new ArrayList<>();
            for (int g = 1; g <= mt.groupCount(); g++) {
                out.add(group(mt.group(g)));
            }
            return new ListValue(out);
        }));
    }

    private static Value group(String s) {
        return s == null ? NullValue.INSTANCE : new StringValue(s);
    }

    private static List<String> groupNames(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Compiles an RE2-style pattern; Go's {@code (?P<name>…)} becomes Java's {@code (?<name>…)}. */
    private static Pattern compile(String re2, int arg) throws FunctionException {
        try {
            return Pattern.compile(NAMED_GROUP.matcher(re2).replaceAll("(?<$1>"));
        } catch (PatternSyntaxException e) {
            throw new FunctionException(arg, "invalid regular expression: " + e.getDescription());
        }
    }

    private static void add(Map<String, FunctionSpec> m, FunctionSpec spec) {
        m.put(spec.name(), spec);
    }
}
