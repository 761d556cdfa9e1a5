package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform output [NAME]}: the root module outputs recorded in state, printed as {@code
 * terraform output} prints them: all as {@code name = value} with sensitive ones hidden, one by
 * name (shown even when sensitive), {@code -json} (Terraform's object of sensitive/type/value),
 * {@code -raw} (a string, number or bool as it is, without a newline).
 */
@Command(name = "output", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Show output values from the state.")
final class OutputCommand extends EngineCommand {



    @ParentCommand
    EngineRoot parent;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only this output.")
    String name;

    @Option(names = "-json", description = "Print the outputs as JSON: an object of {sensitive, type, value} by name (sensitive values"
            + " included), or NAME's value alone.")
    boolean json;

    @Option(names = "-raw", description = "Print NAME's value as it is (a string, number or bool; no quotes, no newline), for shell scripts.")
    boolean raw;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        if (json && raw) {
            return error("Invalid output format", "The -raw and -json options are mutually-exclusive.");
        }
        State state = backend().read();
        Map<String, Map<String, Object>> outputs = outputs(state);
        if (raw && name == null) {
            return error("Raw output format is only supported for single outputs", null);
        }
        if (name != null && !outputs.containsKey(name)) {
            return error("Output \"" + name + "\" not found", "The output variable requested could not be found in the state file. If you"
                    + " recently added this to your configuration, be sure to run `sslform apply`, since the state won't be updated with"
                    + " new output variables until that command is run.");
        }
        if (json) {
            if (name != null) {
                out().println(GoJson.compact(outputs.get(name).get("value")));
            } else {
                Map<String, Object> all = new TreeMap<>();
                outputs.forEach((k, o) -> {
                    Map<String, Object> meta = new LinkedHashMap<>();
                    meta.put("sensitive", Boolean.TRUE.equals(o.get("sensitive")));
                    meta.put("type", o.get("type"));
                    meta.put("value", o.get("value"));
                    all.put(k, meta);
                });
                out().println(GoJson.indented(all));
            }
            out().flush();
            return ExitCodes.OK;
        }
        if (outputs.isEmpty()) {
            // On stderr, as Terraform: stdout is for the values.
            new DiagnosticView(err(), err(), false, DiagnosticView.width(env().env(), false), false, null)
                    .warning("No outputs found", "The state file either has no outputs defined, or"
                    + " all the defined outputs are empty. Please define an output in your configuration with the `output` keyword and run"
                    + " `sslform apply` for it to become available. If you are using interpolation, please verify the interpolated value"
                    + " is not empty.");
            return ExitCodes.OK;
        }
        if (raw) {
            Object v = outputs.get(name).get("value");
            if (v == null) {
                return error("Unsupported value for raw output", "The value for output value \"" + name + "\" is null, so -raw mode cannot print it.");
            }
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                return error("Unsupported value for raw output", "The -raw option only supports strings, numbers, and boolean values, but"
                        + " output value \"" + name + "\" is " + friendly(outputs.get(name).get("type"))
                        + ".\n\n  Use the -json option for machine-readable representations of output values that have complex types.");
            }
            out().print(v instanceof Number n ? OutputFormat.number(n) : v.toString());
            out().flush();
            return ExitCodes.OK;
        }
        if (name != null) {
            out().println(OutputFormat.value(outputs.get(name).get("value"), outputs.get(name).get("type"), 0));
            out().flush();
            return ExitCodes.OK;
        }
        StringBuilder sb = new StringBuilder();
        outputs.forEach((k, o) -> sb.append(k).append(" = ")
                .append(Boolean.TRUE.equals(o.get("sensitive")) ? "<sensitive>" : OutputFormat.value(o.get("value"), o.get("type"), 0)).append('\n'));
        out().print(sb);
        out().flush();
        return ExitCodes.OK;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> outputs(State state) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        state.outputs().forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                out.put(k, (Map<String, Object>) m);
            }
        });
        return out;
    }

    /** cty's friendly name of a state type: "string", "list of string", "object", "tuple". */
    static String friendly(Object type) {
        if (type instanceof String s) {
            return s;
        }
        if (type instanceof List<?> l && !l.isEmpty()) {
            String kind = String.valueOf(l.get(0));
            return switch (kind) {
                case "list", "set", "map" -> kind + " of " + (l.size() > 1 ? friendly(l.get(1)) : "dynamic");
                default -> kind;
            };
        }
        return "dynamic";
    }

    private int error(String summary, String detail) {
        return refuse(summary, detail == null ? "" : detail);
    }
}
