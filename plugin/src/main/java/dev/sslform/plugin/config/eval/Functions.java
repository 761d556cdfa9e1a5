package dev.sslform.plugin.config.eval;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The built-in function table. {@code can} and {@code try} are not here: they need their
 * arguments unevaluated, so {@link Calls} handles them. Any other name is an unknown function.
 */
public final class Functions {
    private final Map<String, FunctionSpec> specs;

    private Functions(Map<String, FunctionSpec> specs) {
        this.specs = Collections.unmodifiableMap(specs);
    }

    /** The standard library; {@code file()} reads relative to {@code baseDir}. */
    public static Functions standard(Path baseDir) {
        Map<String, FunctionSpec> m = new TreeMap<>();
        CollectionFunctions.register(m);
        StringFunctions.register(m);
        EncodingFunctions.register(m, baseDir);
        return new Functions(m);
    }

    public Optional<FunctionSpec> get(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /** Every callable name, including can and try. */
    public Set<String> names() {
        Set<String> all = new java.util.TreeSet<>(specs.keySet());
        all.add("can");
        all.add("try");
        return all;
    }
}
