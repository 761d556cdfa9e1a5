package dev.sslform.plugin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.IndexKey;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceMode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform's machine-readable UI (UI version {@value #UI_VERSION}, as Terraform 1.9): one JSON
 * object per line on stdout, each with {@code @level}, {@code @message}, {@code @module} (always
 * {@value #MODULE}, so consumers written for Terraform that filter on it keep working),
 * {@code @timestamp} (RFC 3339 with microseconds, UTC, from the injected clock) and {@code type},
 * plus the fields of that type. The first line is always the {@code version} message.
 *
 * <p>Keys at the top level are in name order, as Terraform writes them; nested objects keep
 * Terraform's field order. Every write is one whole line under the writer's lock, so messages
 * from parallel workers never interleave. What Terraform has no message for (a pending
 * maintenance-window operation, a certificate's expiry) goes out as the additional types
 * {@value #PENDING} and {@value #CERTIFICATE}, which a Terraform consumer shows by their
 * {@code @message}, as the documentation asks it to do with unknown types.
 */
final class JsonUi {

    static final String UI_VERSION = "1.2";
    static final String MODULE = "terraform.ui";
    static final String PENDING = "sslform_pending_operation";
    static final String CERTIFICATE = "sslform_certificate_expiry";
    static final String IMPLIED_PROVIDER = "tencentcloud";

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX")
            .withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final Clock clock;

    private JsonUi(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** A stream on {@code out}, opened with its {@code version} message. */
    static JsonUi open(PrintWriter out, Clock clock) {
        JsonUi ui = new JsonUi(out, clock);
        ui.write("info", "sslform " + VersionCommand.VERSION, "version",
                Map.of("terraform", F.textNode(VersionCommand.VERSION), "sslform", F.textNode(VersionCommand.VERSION),
                        "ui", F.textNode(UI_VERSION)));
        return ui;
    }

    /** Terraform's refusal of apply -json (or destroy -json) that would have to ask for approval; returns exit code 1. */
    static int approvalRequired(JsonUi ui) {
        ui.diagnostic(Diagnostic.error(null, "Plan file or auto-approve required",
                "sslform cannot ask for interactive approval when -json is set. You can either apply a saved plan file, or enable the"
                        + " -auto-approve option."));
        return ExitCodes.ERROR;
    }

    /** A {@code log} message: a human-readable line with no structure. */
    void log(String message) {
        write("info", message, "log", Map.of());
    }

    /** How a diagnostic of the plan or apply finds its place in the configuration, once the command has loaded it. */
    private volatile java.util.function.Function<Diagnostic, ViewDiagnostic> locator =
            d -> ViewDiagnostic.of(d, null, java.util.List.of(), Map.of());

    void locateWith(java.util.function.Function<Diagnostic, ViewDiagnostic> locator) {
        this.locator = locator;
    }

    /** A {@code diagnostic} message for an error or warning of the plan, the apply or the command, at its place in the configuration if it has one. */
    void diagnostic(Diagnostic d) {
        diagnostic(locator.apply(d));
    }

    /** A {@code diagnostic} message for the configuration, with its range and snippet as {@code validate -json} gives them. */
    void diagnostic(dev.sslform.plugin.config.diag.Diagnostic d, Map<String, String> sources) {
        diagnostic(ViewDiagnostic.of(d, sources));
    }

    /** A {@code diagnostic} message: the diagnostic as Terraform's JSON diagnostic, the message its severity and summary. */
    void diagnostic(ViewDiagnostic d) {
        boolean error = d.isError();
        write(error ? "error" : "warn", (error ? "Error: " : "Warning: ") + d.summary(), "diagnostic",
                Map.of("diagnostic", JsonDiagnostics.json(d)));
    }

    /** Any message: {@code level} info, warn or error; {@code fields} beside the common ones. */
    void write(String level, String message, String type, Map<String, JsonNode> fields) {
        Map<String, JsonNode> sorted = new TreeMap<>(fields);
        sorted.put("@level", F.textNode(level));
        sorted.put("@message", F.textNode(message));
        sorted.put("@module", F.textNode(MODULE));
        sorted.put("@timestamp", F.textNode(TIMESTAMP.format(clock.instant())));
        sorted.put("type", F.textNode(type));
        ObjectNode line = F.objectNode();
        sorted.forEach(line::set);
        String text;
        try {
            text = JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    /** Terraform's resource object: addr, module, resource, implied_provider, resource_type, resource_name, resource_key. */
    static ObjectNode resource(ResourceAddress a) {
        ObjectNode r = F.objectNode();
        r.put("addr", a.toString());
        r.put("module", a.module().toString()); // "" for the root module, as Terraform
        r.put("resource", a.local());
        r.put("implied_provider", implied(a.type()));
        r.put("resource_type", a.type());
        r.put("resource_name", a.name());
        if (a.key() instanceof IndexKey.Int i) {
            r.put("resource_key", i.value());
        } else if (a.key() instanceof IndexKey.Str s) {
            r.put("resource_key", s.value());
        } else {
            r.putNull("resource_key");
        }
        return r;
    }

    /** The provider a resource type implies: its name up to the first underscore. */
    static String implied(String type) {
        int u = type.indexOf('_');
        return u < 0 ? type : type.substring(0, u);
    }

    /** Whether {@code a} names a data source. */
    static boolean isData(ResourceAddress a) {
        return a.mode() == ResourceMode.DATA;
    }

    /** A duration of whole seconds as Go prints one: 0s, 10s, 1m30s, 2h0m5s. */
    static String goDuration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            return h + "h" + m + "m" + s + "s";
        }
        if (m > 0) {
            return m + "m" + s + "s";
        }
        return s + "s";
    }
}
