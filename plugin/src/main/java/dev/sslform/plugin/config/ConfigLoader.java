package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.json.JsonSyntax;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.schema.ProviderSchema;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a configuration: reads every {@code *.tf}, {@code *.tf.json}, {@code *.tf.yaml} and
 * {@code *.tf.yml} file of a directory in name order (or one file), parses each with the parser
 * for its format, merges them into one {@link Module}, and resolves the input variables. Every
 * other file (other YAML such as {@code docker-compose.yml} included) is left alone, as Terraform
 * leaves everything but {@code *.tf} and {@code *.tf.json}. Override files are refused
 * ({@link ConfigFiles}). Never throws for a bad configuration: everything is a diagnostic.
 */
public final class ConfigLoader {
    private final ProviderSchema schema;

    public ConfigLoader(ProviderSchema schema) {
        this.schema = schema;
    }

    public LoadResult load(LoadRequest req) {
        Diagnostics diags = new Diagnostics();
        Map<String, String> sources = new LinkedHashMap<>();
        Path dir = req.dir() == null ? Path.of(".") : req.dir();
        Evaluator evaluator = Configuration.newEvaluator(dir);
        Path moduleDir = req.file() != null && req.file().getParent() != null ? req.file().getParent() : dir;
        ModuleDecoder decoder = new ModuleDecoder(schema, evaluator, moduleDir, false);
        List<Path> files = req.file() != null ? ConfigFiles.single(req.file(), diags) : configFiles(dir, diags);
        List<Body> bodies = new java.util.ArrayList<>();
        for (Path f : files) {
            String name = req.file() != null ? f.toString() : dir.relativize(f).toString();
            String text = read(f, name, diags);
            if (text == null) {
                continue;
            }
            sources.put(name, text);
            bodies.add(parse(name, text, diags));
        }
        boolean syntaxValid = !diags.hasErrors();
        bodies.forEach(b -> decoder.add(b, diags));
        if (files.isEmpty() && !diags.hasErrors()) {
            diags.error("No configuration files", "There are no *.tf, *.tf.json, *.tf.yaml or *.tf.yml files in "
                    + dir.toAbsolutePath().normalize() + ".", null);
        }
        Module module = decoder.module();
        Map<String, Value> vars = new VariableValues(module.variables(), evaluator, diags)
                .resolve(dir, req.env(), req.vars(), req.missingVariablesUnknown());
        // TF_WORKSPACE is the selected workspace: the CLI sets it from workspace select as well.
        Configuration cfg = new Configuration(dir, module, vars, schema, evaluator).withWorkspace(req.env().get("TF_WORKSPACE"));
        if (syntaxValid) {
            new ChildModules(schema, evaluator, dir, sources).load(cfg, List.of(dir.toAbsolutePath().normalize()), List.of(), diags);
        }
        // No diagnostic, from loading or any later evaluation, prints a sensitive variable's value.
        diags.redact(Sensitivity.secretTexts(cfg));
        return new LoadResult(cfg, diags, sources, syntaxValid);
    }

    /** Parses one file by its extension. */
    public static Body parse(String name, String text, Diagnostics diags) {
        if (name.endsWith(".json")) {
            return JsonSyntax.parse(name, text, false, diags);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return JsonSyntax.parse(name, text, true, diags);
        }
        return HclParser.parseFile(name, text, diags);
    }

    static List<Path> configFiles(Path dir, Diagnostics diags) {
        if (!Files.isDirectory(dir)) {
            diags.error("Configuration directory not found", "The directory " + dir + " does not exist.", null);
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return ConfigFiles.refuseOverrides(s.filter(Files::isRegularFile).filter(ConfigFiles::isConfigFile).sorted().toList(), dir, diags);
        } catch (IOException e) {
            diags.error("Failed to read directory", String.valueOf(e.getMessage()), null);
            return List.of();
        }
    }

    static String read(Path f, String name, Diagnostics diags) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        } catch (CharacterCodingException e) {
            diags.error("Invalid file encoding", "The file is not valid UTF-8.", SourceRange.none(name));
        } catch (IOException e) {
            diags.error("Failed to read file", "The file " + name + " could not be read: " + e.getMessage(), null);
        }
        return null;
    }
}
