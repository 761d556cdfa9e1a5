package dev.sslform.plugin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Diagnostics in the JSON shape of {@code terraform validate -json}: format_version, valid,
 * error_count, warning_count and diagnostics with severity, summary, detail, range and snippet.
 */
final class JsonDiagnostics {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDiagnostics() {
    }

    static String validateOutput(Diagnostics diags, Map<String, String> sources) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1.0");
        root.put("valid", !diags.hasErrors());
        root.put("error_count", diags.errorCount());
        root.put("warning_count", diags.warningCount());
        ArrayNode arr = root.putArray("diagnostics");
        for (Diagnostic d : diags) {
            arr.add(diagnostic(d, sources));
        }
        try {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
                    .withObjectIndenter(indent).withArrayIndenter(indent);
            return JSON.writer(pp).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode diagnostic(Diagnostic d, Map<String, String> sources) {
        ObjectNode n = JSON.createObjectNode();
        n.put("severity", d.severity().json());
        n.put("summary", d.summary());
        n.put("detail", d.detail() == null ? "" : d.detail());
        SourceRange r = d.subject();
        if (r == null) {
            return n;
        }
        ObjectNode range = n.putObject("range");
        range.put("filename", r.filename());
        pos(range.putObject("start"), r.start());
        pos(range.putObject("end"), r.end());
        String line = Snippets.line(sources.get(r.filename()), r.start().line());
        if (line != null) {
            ObjectNode s = n.putObject("snippet");
            s.putNull("context");
            s.put("code", line);
            s.put("start_line", r.start().line());
            int from = Snippets.byteOffset(line, r.start().column() - 1);
            int to = r.end().line() > r.start().line() ? Snippets.byteOffset(line, Integer.MAX_VALUE)
                    : Snippets.byteOffset(line, r.end().column() - 1);
            s.put("highlight_start_offset", from);
            s.put("highlight_end_offset", Math.max(from, to));
            s.putArray("values");
        }
        return n;
    }

    private static void pos(ObjectNode n, Pos p) {
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("byte", p.byteOffset());
    }
}
