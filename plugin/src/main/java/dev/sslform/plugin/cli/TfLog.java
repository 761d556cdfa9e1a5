package dev.sslform.plugin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.support.Log;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The log {@code TF_LOG} asks for, set up as Terraform sets up its own: {@code TF_LOG} (any case)
 * is {@code trace}, {@code debug}, {@code info}, {@code warn}, {@code error}, {@code off}, or
 * {@code json} (trace, one JSON object per line); unset or empty means no log; any other value
 * warns and logs at trace. The log goes to stderr, or, with {@code TF_LOG_PATH}, is appended to
 * that file (stderr again, after an error, when the file cannot be opened).
 *
 * <p>Lines look like hclog's: {@code 2026-12-01T09:05:00.000Z [DEBUG] provider.tencentcloud: API
 * call: action=DescribeDBInstances region=ap-guangzhou …}; in JSON, {@code @level},
 * {@code @message}, {@code @module}, {@code @timestamp} and the pairs as keys. A value whose key
 * names a secret ({@code secret}, {@code token}, {@code signature}, {@code password},
 * {@code authorization}, {@code credential}, {@code access_key}, {@code api_key}) is written as
 * {@code [redacted]}, whatever the caller passed.
 */
final class TfLog implements Log, AutoCloseable {

    static final String ENV_LEVEL = "TF_LOG";
    static final String ENV_PATH = "TF_LOG_PATH";
    private static final String VALID = "[TRACE DEBUG INFO WARN ERROR OFF]";
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(secret|token|signature|password|authorization|credential|access_key|api_key).*");
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter JSON_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Level min;
    private final boolean json;
    private final PrintWriter out;
    private final Writer file;
    private final Clock clock;
    private final String name;

    private TfLog(Level min, boolean json, PrintWriter out, Writer file, Clock clock, String name) {
        this.min = min;
        this.json = json;
        this.out = out;
        this.file = file;
        this.clock = clock;
        this.name = name;
    }

    /**
     * The log for {@code env}: {@link Log#OFF} without {@code TF_LOG}; otherwise a log to
     * {@code stderr} or the {@code TF_LOG_PATH} file. Setup problems are reported on {@code stderr}.
     */
    static Log from(Map<String, String> env, PrintWriter stderr, Clock clock) {
        String value = env.getOrDefault(ENV_LEVEL, "").trim().toUpperCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("OFF")) {
            return Log.OFF;
        }
        boolean json = value.equals("JSON");
        Level level;
        try {
            level = json ? Level.TRACE : Level.valueOf(value);
        } catch (IllegalArgumentException e) {
            stderr.println("[WARN] Invalid log level: \"" + value + "\". Defaulting to level: TRACE. Valid levels are: " + VALID);
            stderr.flush();
            level = Level.TRACE;
        }
        String path = env.get(ENV_PATH);
        if (path != null && !path.isEmpty()) {
            try {
                Writer w = Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                return new TfLog(level, json, new PrintWriter(w), w, clock, "");
            } catch (IOException | RuntimeException e) {
                stderr.println("Error opening log file: " + e.getMessage());
                stderr.flush();
            }
        }
        return new TfLog(level, json, stderr, null, clock, "");
    }

    @Override
    public boolean enabled(Level level) {
        return level.compareTo(min) >= 0;
    }

    @Override
    public Log named(String child) {
        return new TfLog(min, json, out, null, clock, name.isEmpty() ? child : name + "." + child);
    }

    @Override
    public void write(Level level, String message, Object... kv) {
        if (!enabled(level)) {
            return;
        }
        String line = json ? jsonLine(level, message, kv) : textLine(level, message, kv);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private String textLine(Level level, String message, Object[] kv) {
        StringBuilder sb = new StringBuilder(TEXT_TIME.format(clock.instant())).append(' ');
        String bracket = "[" + level + "]";
        sb.append(bracket.length() < 7 ? bracket + " " : bracket).append(' ');
        if (!name.isEmpty()) {
            sb.append(name).append(": ");
        }
        sb.append(message);
        if (kv.length > 0) {
            sb.append(':');
        }
        for (int i = 0; i + 1 < kv.length; i += 2) {
            String key = String.valueOf(kv[i]);
            String v = value(key, kv[i + 1]);
            sb.append(' ').append(key).append('=').append(needsQuoting(v) ? quote(v) : v);
        }
        return sb.toString();
    }

    private String jsonLine(Level level, String message, Object[] kv) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@level", level.name().toLowerCase(Locale.ROOT));
        n.put("@message", message);
        if (!name.isEmpty()) {
            n.put("@module", name);
        }
        n.put("@timestamp", JSON_TIME.format(clock.instant()));
        for (int i = 0; i + 1 < kv.length; i += 2) {
            String key = String.valueOf(kv[i]);
            Object v = kv[i + 1];
            if (v instanceof Number || v instanceof Boolean) {
                n.set(key, JSON.valueToTree(SECRET_KEY.matcher(key).matches() ? "[redacted]" : v));
            } else {
                n.put(key, value(key, v));
            }
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(String key, Object v) {
        if (SECRET_KEY.matcher(key).matches()) {
            return "[redacted]";
        }
        if (v instanceof Object[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }

    private static boolean needsQuoting(String v) {
        if (v.isEmpty()) {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '=' || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Closes the log file, if the log has one. */
    @Override
    public void close() {
        if (file != null) {
            out.flush();
            try {
                file.close();
            } catch (IOException e) {
                // Nothing useful to do: the run is over.
            }
        }
    }
}
