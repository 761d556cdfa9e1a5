package dev.sslform.plugin.interim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sslform.plugin.plan.DataRequest;
import dev.sslform.plugin.plan.DesiredConfig;
import dev.sslform.plugin.plan.DesiredInstance;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * INTERIM: a configuration read from {@code *.yaml}, {@code *.yml} and {@code *.json} files of one
 * directory (see the package doc for what it understands). Replaced by {@code config/} after the merge.
 */
public final class InterimConfig implements DesiredConfig {

    private static final Pattern REF = Pattern.compile("^\\$\\{([^}]+)}$");

    private final Map<String, Object> provider;
    private final Map<String, Map<String, Map<String, Object>>> data;
    private final Map<String, Map<String, Map<String, Object>>> resources;
    private final Map<String, Object> vars;

    private InterimConfig(Map<String, Object> root, Map<String, Object> vars) {
        this.vars = vars;
        Map<String, Object> p = section(root, "provider");
        this.provider = Values.map(p, "tencentcloud") == null ? Map.of() : Values.map(p, "tencentcloud");
        this.data = nested(section(root, "data"));
        this.resources = nested(section(root, "resource"));
    }

    /** Parses one document (YAML or JSON). */
    public static InterimConfig parse(String text, Map<String, Object> vars) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> root = new ObjectMapper(new YAMLFactory()).readValue(text, Map.class);
            return new InterimConfig(root == null ? Map.of() : root, vars);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot parse configuration: " + e.getMessage(), e);
        }
    }

    /** Reads and merges every {@code *.yaml}, {@code *.yml} and {@code *.json} file of {@code dir}. */
    public static InterimConfig load(Path dir, Map<String, Object> vars) {
        Map<String, Object> merged = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!(n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) || n.endsWith(".tfstate")) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(f), Map.class);
                if (doc != null) {
                    deepMerge(merged, doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration in " + dir + ": " + e.getMessage(), e);
        }
        return new InterimConfig(merged, vars);
    }

    @SuppressWarnings("unchecked")
    private static void deepMerge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && into.get(k) instanceof Map<?, ?> existing) {
                deepMerge((Map<String, Object>) existing, (Map<String, Object>) m);
            } else {
                into.put(k, v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : v);
            }
        });
    }

    public Map<String, Object> provider() {
        return provider;
    }

    private static Map<String, Object> section(Map<String, Object> root, String key) {
        Map<String, Object> m = Values.map(root, key);
        return m == null ? Map.of() : m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> nested(Map<String, Object> m) {
        Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
        m.forEach((type, byName) -> out.put(type, (Map<String, Map<String, Object>>) byName));
        return out;
    }

    @Override
    public List<DataRequest> dataSources() {
        List<DataRequest> out = new ArrayList<>();
        data.forEach((type, byName) -> byName.forEach((name, args) -> out.add(new DataRequest(
                new ResourceAddress(ResourceMode.DATA, type, name, IndexKey.NONE), type, resolveMap(args, null, null, Map.of())))));
        return out;
    }

    @Override
    public List<DesiredInstance> resources(Map<ResourceAddress, Map<String, Object>> dataResults) {
        List<DesiredInstance> out = new ArrayList<>();
        resources.forEach((type, byName) -> byName.forEach((name, args) -> {
            Map<String, Object> body = new LinkedHashMap<>(args);
            Object forEach = body.remove("for_each");
            ResourceAddress base = ResourceAddress.managed(type, name);
            if (forEach == null) {
                out.add(new DesiredInstance(base, type, resolveMap(body, null, null, dataResults)));
                return;
            }
            Object collection = resolve(forEach, null, null, dataResults);
            Map<String, Object> items = new LinkedHashMap<>();
            if (collection instanceof List<?> l) {
                for (Object o : l) {
                    String key = o instanceof Map<?, ?> m && m.get("instance_id") != null ? String.valueOf(m.get("instance_id")) : String.valueOf(o);
                    items.put(key, o);
                }
            } else if (collection instanceof Map<?, ?> m) {
                m.forEach((k, v) -> items.put(String.valueOf(k), v));
            } else {
                throw new IllegalArgumentException(base + ": for_each must be a list or a map, got " + collection);
            }
            items.forEach((k, v) -> out.add(new DesiredInstance(base.withKey(IndexKey.of(k)), type, resolveMap(body, k, v, dataResults))));
        }));
        return out;
    }

    private Map<String, Object> resolveMap(Map<String, Object> m, String key, Object value, Map<ResourceAddress, Map<String, Object>> d) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, resolve(v, key, value, d)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object resolve(Object v, String eachKey, Object eachValue, Map<ResourceAddress, Map<String, Object>> d) {
        if (v instanceof Map<?, ?> m) {
            return resolveMap((Map<String, Object>) m, eachKey, eachValue, d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> resolve(x, eachKey, eachValue, d)).toList();
        }
        if (!(v instanceof String s)) {
            return v;
        }
        Matcher m = REF.matcher(s.trim());
        if (!m.matches()) {
            return v;
        }
        String[] parts = m.group(1).trim().split("\\.");
        switch (parts[0]) {
            case "var" -> {
                if (!vars.containsKey(parts[1])) {
                    throw new IllegalArgumentException("no value for variable \"" + parts[1] + "\" (pass -var " + parts[1] + "=…)");
                }
                return vars.get(parts[1]);
            }
            case "each" -> {
                if (parts[1].equals("key")) {
                    return eachKey;
                }
                Object cur = eachValue;
                for (int i = 2; i < parts.length; i++) {
                    cur = cur instanceof Map<?, ?> mm ? mm.get(parts[i]) : null;
                }
                return cur;
            }
            case "data" -> {
                Map<String, Object> r = d.get(new ResourceAddress(ResourceMode.DATA, parts[1], parts[2], IndexKey.NONE));
                if (r == null) {
                    throw new IllegalArgumentException("reference to undeclared data source data." + parts[1] + "." + parts[2]);
                }
                Object cur = r;
                for (int i = 3; i < parts.length; i++) {
                    cur = cur instanceof Map<?, ?> mm ? mm.get(parts[i]) : null;
                }
                return cur;
            }
            default -> throw new IllegalArgumentException("unsupported reference " + s + " in the interim configuration loader");
        }
    }
}
