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
        return pretty(root);
    }

    /** The validate -json document for diagnostics already in their view form (a refused flag, an unreadable directory). */
    static String validateOutput(java.util.List<ViewDiagnostic> diags) {
        ObjectNode root = JSON.createObjectNode();
        long errors = diags.stream().filter(ViewDiagnostic::isError).count();
        root.put("format_version", "1.0");
        root.put("valid", errors == 0);
        root.put("error_count", errors);
        root.put("warning_count", diags.size() - errors);
        ArrayNode arr = root.putArray("diagnostics");
        diags.forEach(d -> arr.add(json(d)));
        return pretty(root);
    }

    private static String pretty(ObjectNode root) {
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
        return json(ViewDiagnostic.of(d, sources));
    }

    /** Terraform's JSON diagnostic: severity, summary, detail, address, range and snippet (context, code, values). */
    static ObjectNode json(ViewDiagnostic d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("severity", d.severity());
        n.put("summary", d.summary());
        n.put("detail", d.detail());
        if (d.address() != null && !d.address().isEmpty()) {
            n.put("address", d.address());
        }
        SourceRange r = d.range();
        if (r == null) {
            return n;
        }
        ObjectNode range = n.putObject("range");
        range.put("filename", r.filename());
        pos(range.putObject("start"), r.start());
        pos(range.putObject("end"), r.end());
        ViewDiagnostic.Snippet s = d.snippet();
        if (s != null) {
            ObjectNode sn = n.putObject("snippet");
            if (s.context() == null) {
                sn.putNull("context");
            } else {
                sn.put("context", s.context());
            }
            sn.put("code", s.code());
            sn.put("start_line", s.startLine());
            sn.put("highlight_start_offset", s.highlightStart());
            sn.put("highlight_end_offset", s.highlightEnd());
            ArrayNode values = sn.putArray("values");
            s.values().forEach(v -> values.addObject().put("traversal", v.traversal()).put("statement", v.statement()));
        }
        return n;
    }

    private static void pos(ObjectNode n, Pos p) {
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("byte", p.byteOffset());
    }
}
