package dev.sslform.plugin.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.eval.Evaluator;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.json.JsonSyntax;
import dev.sslform.plugin.config.syntax.Attribute;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resolves input variables in Terraform's order, later winning: defaults, {@code TF_VAR_name}
 * environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json},
 * {@code *.auto.tfvars} and {@code *.auto.tfvars.json} (lexical order), then {@code -var} and
 * {@code -var-file} in command-line order. Values are converted to the declared type. A required
 * variable without a value is an error, or an unknown when {@code missingAsUnknown} (validate).
 */
final class VariableValues {
    private final Map<String, VariableConfig> declared;
    private final Evaluator evaluator;
    private final Diagnostics diags;
    private final Map<String, Value> values = new LinkedHashMap<>();

    VariableValues(Map<String, VariableConfig> declared, Evaluator evaluator, Diagnostics diags) {
        this.declared = declared;
        this.evaluator = evaluator;
        this.diags = diags;
    }

    Map<String, Value> resolve(Path dir, Map<String, String> env, List<VarSource> cli, boolean missingAsUnknown) {
        env.entrySet().stream().filter(e -> e.getKey().startsWith("TF_VAR_")).sorted(Map.Entry.comparingByKey())
                .filter(e -> declared.containsKey(e.getKey().substring(7)))
                .forEach(e -> fromText(e.getKey().substring(7), e.getValue(), null, false));
        if (dir != null) {
            readIfExists(dir.resolve("terraform.tfvars"));
            readIfExists(dir.resolve("terraform.tfvars.json"));
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".auto.tfvars") || p.getFileName().toString().endsWith(".auto.tfvars.json"))
                        .sorted().forEach(this::readIfExists);
            } catch (IOException e) {
                diags.error("Failed to read directory", e.getMessage(), SourceRange.none(dir.toString()));
            }
        }
        for (VarSource s : cli) {
            if (s instanceof VarSource.Flag f) {
                int eq = f.assignment().indexOf('=');
                if (eq <= 0) {
                    diags.error("Invalid -var option", "The given -var option \"" + f.assignment()
                            + "\" is not correctly specified. It must be a variable name and value separated by an equals sign, like -var=\"key=value\".", null);
                    continue;
                }
                fromText(f.assignment().substring(0, eq).trim(), f.assignment().substring(eq + 1), null, true);
            } else if (s instanceof VarSource.File file) {
                if (!Files.isRegularFile(file.path())) {
                    diags.error("Failed to read variables file", "Given variables file " + file.path() + " does not exist.", null);
                    continue;
                }
                read(file.path(), true);
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (VariableConfig v : declared.values()) {
            Value val = values.containsKey(v.name()) ? values.get(v.name()) : v.defaultValue();
            if (!v.nullable() && val instanceof dev.sslform.plugin.config.value.NullValue) {
                // nullable = false: a null value means "use the default", and without one it is missing.
                val = v.defaultValue() instanceof dev.sslform.plugin.config.value.NullValue ? null : v.defaultValue();
                if (val == null) {
                    diags.error("Required variable not set", "The given value for var." + v.name() + " is null, but the variable is"
                            + " declared with nullable = false and has no default: it needs a non-null value.", v.declRange());
                    val = new UnknownValue(v.type());
                }
            }
            if (val == null) {
                if (missingAsUnknown) {
                    val = new UnknownValue(v.type());
                } else {
                    diags.error("No value for required variable", "The root module input variable \"" + v.name()
                            + "\" is not set, and has no default value. Use a -var or -var-file command line argument or set a TF_VAR_"
                            + v.name() + " environment variable to provide a value for this variable.", v.declRange());
                    val = new UnknownValue(v.type());
                }
            }
            out.put(v.name(), val);
        }
        return out;
    }

    private void readIfExists(Path file) {
        if (Files.isRegularFile(file)) {
            read(file, false);
        }
    }

    private void read(Path file, boolean explicit) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diags.error("Failed to read variables file", e.getMessage(), SourceRange.none(file.toString()));
            return;
        }
        String name = file.toString();
        if (name.endsWith(".json")) {
            jsonFile(name, text, explicit);
            return;
        }
        Body body = HclParser.parseFile(name, text, diags);
        for (var b : body.blocks()) {
            diags.error("Unexpected block", "Variables files may not contain blocks, only variable assignments.", b.defRange());
        }
        for (Attribute a : body.attributes()) {
            assign(a.name(), evaluator.eval(a.expr(), Scope.of(Map.of()), diags), a.nameRange(), a.expr().range(), explicit);
        }
    }

    private void jsonFile(String name, String text, boolean explicit) {
        try {
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text)
                    .fields().forEachRemaining(e -> assign(e.getKey(), dev.sslform.plugin.config.value.ValueJson.fromJson(e.getValue()),
                            null, null, explicit));
        } catch (IOException e) {
            JsonSyntax.parse(name, text, false, diags);
        }
    }

    private void fromText(String name, String text, SourceRange where, boolean explicit) {
        VariableConfig v = declared.get(name);
        if (v == null) {
            assign(name, new StringValue(text), where, where, explicit);
            return;
        }
        boolean primitive = v.type() instanceof Type.Primitive || v.type() instanceof Type.Any && !text.trim().startsWith("[") && !text.trim().startsWith("{");
        if (primitive) {
            assign(name, new StringValue(text), where, where, explicit);
            return;
        }
        Expr e = HclParser.parseExpression(where == null ? "<value for var." + name + ">" : where.filename(), text, diags);
        assign(name, evaluator.eval(e, Scope.of(Map.of()), diags), where, where, explicit);
    }

    private void assign(String name, Value v, SourceRange nameRange, SourceRange valueRange, boolean explicit) {
        VariableConfig decl = declared.get(name);
        if (decl == null) {
            String detail = "A variable named \"" + name + "\" was assigned a value, but the root module does not declare a variable of that name."
                    + Suggestions.didYouMean(name, declared.keySet()) + " To use this value, add a \"variable\" block to the configuration.";
            if (explicit) {
                diags.error("Value for undeclared variable", detail, nameRange);
            } else {
                diags.warning("Value for undeclared variable", detail, nameRange);
            }
            return;
        }
        try {
            values.put(name, Convert.to(v, decl.type()));
        } catch (ConversionException e) {
            diags.error("Invalid value for input variable", "The given value is not suitable for var." + name
                    + " declared at " + decl.declRange().filename() + ":" + decl.declRange().start().line() + ","
                    + decl.declRange().start().column() + ": " + e.getMessage() + ".", valueRange);
        }
    }

    /** All values so far, for tests. */
    List<String> names() {
        return new ArrayList<>(values.keySet());
    }
}
