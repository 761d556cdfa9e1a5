package dev.sslform.plugin.config.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.ValueJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** jsonencode, jsondecode, yamldecode, file and timeadd. */
final class EncodingFunctions {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private EncodingFunctions() {
    }

    static void register(Map<String, FunctionSpec> m, Path baseDir) {
        add(m, FunctionSpec.of("jsonencode", List.of("val"), a -> new StringValue(ValueJson.toJson(a.get(0)).toString())));
        add(m, FunctionSpec.of("jsondecode", List.of("str"), a -> {
            try {
                return ValueJson.fromJson(JSON.readTree(Args.string(a, 0)));
            } catch (JsonProcessingException e) {
                throw new FunctionException(0, "invalid JSON: " + e.getOriginalMessage());
            }
        }));
        add(m, FunctionSpec.of("yamldecode", List.of("src"), a -> {
            try {
                return ValueJson.fromJson(YAML.readTree(Args.string(a, 0)));
            } catch (IOException e) {
                throw new FunctionException(0, "invalid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }));
        add(m, FunctionSpec.of("file", List.of("path"), a -> {
            String p = Args.string(a, 0);
            Path file = baseDir.resolve(p);
            try {
                return new StringValue(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new FunctionException(0, "no file exists at \"" + p + "\"; this function works only with files that are distributed as part of the configuration source code");
            }
        }));
        add(m, FunctionSpec.of("timeadd", List.of("timestamp", "duration"), a -> {
            OffsetDateTime t;
            try {
                t = OffsetDateTime.parse(Args.string(a, 0));
            } catch (DateTimeParseException e) {
                throw new FunctionException(0, "not a valid RFC3339 timestamp: " + Args.string(a, 0));
            }
            return new StringValue(t.plus(duration(Args.string(a, 1), 1)).format(RFC3339));
        }));
    }

    /** Parses a Go duration string ("1h30m", "-10s", "1.5h", "300ms"): {@link dev.sslform.plugin.config.value.GoDuration}, Go's grammar with a sign. */
    static Duration duration(String s, int arg) throws FunctionException {
        try {
            return dev.sslform.plugin.config.value.GoDuration.parseSigned(s);
        } catch (IllegalArgumentException e) {
            throw new FunctionException(arg, "invalid duration \"" + s + "\"; use a number and a unit, such as \"30m\" or \"1h30m\"");
        }
    }

    private static void add(Map<String, FunctionSpec> m, FunctionSpec spec) {
        m.put(spec.name(), spec);
    }
}
