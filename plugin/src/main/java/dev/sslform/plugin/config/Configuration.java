package dev.sslform.plugin.config;

import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Functions;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.ProviderSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded configuration: the {@link Module} merged from every file (unevaluated expressions with
 * their source ranges), the resolved input variable values, and the provider schema it was
 * checked against. Immutable. {@link #evaluator()} turns it into values.
 */
public final class Configuration {
    private final Path dir;
    private final Module module;
    private final Map<String, Value> variableValues;
    private final ProviderSchema schema;
    private final Evaluator evaluator;
    /** The selected workspace: {@code terraform.workspace}. */
    private String workspace = "default";
    /** True for the copy {@link Sensitivity#redacted} makes: its evaluations compute no {@link SensitiveParts} of their own. */
    private boolean redactedCopy;
    /** The child modules by call name, each loaded from its local source directory. */
    private Map<String, Configuration> children = Map.of();
    /** The root module's directory ({@code path.root}); {@link #dir} for the root itself. */
    private Path rootDir;

    Configuration(Path dir, Module module, Map<String, Value> variableValues, ProviderSchema schema, Evaluator evaluator) {
        this.dir = dir;
        this.module = module;
        this.variableValues = Map.copyOf(variableValues);
        this.schema = schema;
        this.evaluator = evaluator;
        this.rootDir = dir;
    }

    /** The child modules by call name ({@code module "name"}), in declaration order. */
    public Map<String, Configuration> children() {
        return children;
    }

    Configuration withChildren(Map<String, Configuration> c) {
        this.children = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(c));
        return this;
    }

    /** The root module's directory: {@code path.root}. */
    public Path rootDir() {
        return rootDir;
    }

    Configuration withRootDir(Path root) {
        this.rootDir = root;
        return this;
    }

    /** The module configuration at a path of call names (empty: this one), if declared. */
    public Optional<Configuration> descendant(List<String> names) {
        Configuration c = this;
        for (String n : names) {
            c = c.children.get(n);
            if (c == null) {
                return Optional.empty();
            }
        }
        return Optional.of(c);
    }

    /** The directory the configuration was read from: {@code path.module} ({@code file()} is relative to the root's). */
    public Path dir() {
        return dir;
    }

    /** {@code terraform.workspace}: the workspace selected when the configuration was loaded. */
    public String workspace() {
        return workspace;
    }

    Configuration withWorkspace(String name) {
        this.workspace = name == null || name.isEmpty() ? "default" : name;
        return this;
    }

    Configuration asRedactedCopy() {
        this.redactedCopy = true;
        return this;
    }

    boolean isRedactedCopy() {
        return redactedCopy;
    }

    public Module module() {
        return module;
    }

    public List<ProviderConfig> providers() {
        return module.providers();
    }

    public Map<String, VariableConfig> variables() {
        return module.variables();
    }

    /** Each declared variable's value after defaults, files, environment and flags; unknown when unset in validate. */
    public Map<String, Value> variableValues() {
        return variableValues;
    }

    public Map<String, LocalConfig> locals() {
        return module.locals();
    }

    public Map<String, OutputConfig> outputs() {
        return module.outputs();
    }

    /** Resource and data blocks, in declaration order. */
    public List<ResourceConfig> resources() {
        return List.copyOf(module.resources().values());
    }

    /** Only the {@code resource} blocks, or only the {@code data} blocks. */
    public List<ResourceConfig> resources(ResourceMode mode) {
        return module.resources().values().stream().filter(r -> r.mode() == mode).toList();
    }

    public Optional<ResourceConfig> resource(Address address) {
        return Optional.ofNullable(module.resources().get(address));
    }

    public ProviderSchema schema() {
        return schema;
    }

    public ConfigEvaluator evaluator() {
        return new ConfigEvaluator(this);
    }

    Evaluator expressionEvaluator() {
        return evaluator;
    }

    static Evaluator newEvaluator(Path dir) {
        return new Evaluator(Functions.standard(dir == null ? Path.of(".") : dir));
    }
}
