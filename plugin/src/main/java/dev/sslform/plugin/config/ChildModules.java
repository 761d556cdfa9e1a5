package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.schema.ProviderSchema;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Body;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the child modules of a configuration, recursively: each {@code module} block's local
 * source directory is read with the same file rules as the root ({@link ConfigFiles}), its files
 * named in diagnostics by their path from the root directory ({@code modules/ssl/main.tf}).
 * Checks each call's arguments against the child's variables (an unexpected argument, a missing
 * required one), and refuses a directory that calls itself through any chain of modules.
 */
final class ChildModules {
    private final ProviderSchema schema;
    private final Evaluator evaluator;
    private final Path rootDir;
    private final Map<String, String> sources;

    ChildModules(ProviderSchema schema, Evaluator evaluator, Path rootDir, Map<String, String> sources) {
        this.schema = schema;
        this.evaluator = evaluator;
        this.rootDir = rootDir;
        this.sources = sources;
    }

    /** Loads {@code parent}'s children; {@code chain} holds the absolute directories from the root to {@code parent}. */
    void load(Configuration parent, List<Path> chain, List<String> callPath, Diagnostics diags) {
        Map<String, Configuration> children = new LinkedHashMap<>();
        for (ModuleCall call : parent.module().calls().values()) {
            if (call.sourceDir() == null) {
                continue;
            }
            List<String> path = new ArrayList<>(callPath);
            path.add(call.name());
            String shown = "module." + String.join(".module.", path);
            Path abs = call.sourceDir().toAbsolutePath().normalize();
            if (chain.contains(abs)) {
                diags.error("Module cycle", shown + " has source \"" + call.source() + "\", the directory of a module that calls it ("
                        + display(abs) + "): a module cannot call itself, directly or through other modules, since its instances"
                        + " would nest without end.", call.sourceRange());
                continue;
            }
            if (!Files.isDirectory(call.sourceDir())) {
                diags.error("Module not found", "The module source \"" + call.source() + "\" of " + shown + " refers to "
                        + display(abs) + ", which is not a directory.", call.sourceRange());
                continue;
            }
            Configuration child = child(call.sourceDir(), diags).withWorkspace(parent.workspace());
            if (child.module().backend() != null) {
                diags.warning("Backend configuration ignored", "Any selected backend applies to the entire configuration, so"
                        + " sslform expects backend configurations only in the root module.\n\nThis is a warning rather than an"
                        + " error because it's sometimes convenient to temporarily call a root module as a child module for"
                        + " testing purposes, but this backend configuration block will have no effect.", null);
            }
            arguments(call, child, diags);
            List<Path> next = new ArrayList<>(chain);
            next.add(abs);
            load(child, next, path, diags);
            children.put(call.name(), child);
        }
        parent.withChildren(children);
    }

    private Configuration child(Path dir, Diagnostics diags) {
        ModuleDecoder decoder = new ModuleDecoder(schema, evaluator, dir, true);
        for (Path f : ConfigLoader.configFiles(dir, diags)) {
            String name = display(f.toAbsolutePath().normalize());
            String text = ConfigLoader.read(f, name, diags);
            if (text == null) {
                continue;
            }
            sources.put(name, text);
            Body body = ConfigLoader.parse(name, text, diags);
            decoder.add(body, diags);
        }
        return new Configuration(dir, decoder.module(), Map.of(), schema, evaluator).withRootDir(rootDir);
    }

    /** As Terraform: every argument must be a declared variable, and every variable without a default must be set. */
    private static void arguments(ModuleCall call, Configuration child, Diagnostics diags) {
        for (Attribute a : call.arguments().values()) {
            if (!child.variables().containsKey(a.name())) {
                diags.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here."
                        + dev.sslform.plugin.config.diag.Suggestions.didYouMean(a.name(), child.variables().keySet()), a.nameRange());
            }
        }
        for (VariableConfig v : child.variables().values()) {
            if (v.defaultValue() == null && !call.arguments().containsKey(v.name())) {
                diags.error("Missing required argument", "The argument \"" + v.name() + "\" is required, but no definition was found.",
                        call.declRange());
            }
        }
    }

    /** A path as diagnostics show it: relative to the root module's directory when inside it. */
    private String display(Path abs) {
        Path root = rootDir.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
