package dev.sslform.plugin.provider;

import dev.sslform.plugin.config.schema.AttrMode;
import dev.sslform.plugin.config.schema.Attribute;
import dev.sslform.plugin.config.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link Resource#configure} adds at plan time to the loader's validation, for every
 * resource and data source alike: the shape of the map (no argument the schema does not declare;
 * every required one present, which a value unknown until apply is not) and then the typed model,
 * decoded against the same schema. Nothing here repeats a constraint: a value the schema refuses
 * is reported with the loader's own words, should one ever arrive without passing through it.
 */
final class ConfigChecks {

    private ConfigChecks() {
    }

    /** The map's problems before decoding: arguments the schema does not declare, required ones missing. */
    static List<Diagnostic> shape(String address, Schema schema, Map<String, ?> config) {
        List<Diagnostic> diags = new ArrayList<>();
        for (String k : config.keySet()) {
            if (schema.attribute(k).filter(a -> a.mode().configurable()).isEmpty() && schema.block(k).isEmpty()) {
                diags.add(Diagnostic.error(address, "Unsupported argument", "An argument named \"" + k + "\" is not expected here."));
            }
        }
        for (Attribute a : schema.attributes().values()) {
            Object v = config.get(a.name());
            if (a.mode() == AttrMode.REQUIRED && (v == null || v == Values.UNKNOWN || v instanceof String s && s.isBlank())) {
                diags.add(Diagnostic.error(address, "Missing required argument", "The argument \"" + a.name() + "\" is required."));
            }
        }
        return diags;
    }

    /**
     * The configuration decoded by {@code decode}, or null with the reason added to {@code diags}.
     * A value that breaks the schema is reported as the loader reports it.
     */
    static <M> M decode(String address, Map<String, Object> config, Function<Map<String, Object>, M> decode, List<Diagnostic> diags) {
        try {
            return decode.apply(config);
        } catch (InvalidModelException e) {
            String name = e.attribute();
            diags.add(Diagnostic.error(address, "Invalid value for \"" + name + "\"", "The value of \"" + name + "\" " + e.problem() + "."));
            return null;
        }
    }
}
