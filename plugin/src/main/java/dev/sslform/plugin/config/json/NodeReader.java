package dev.sslform.plugin.config.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON or YAML into {@link Node}s with positions, using Jackson's streaming parser: its
 * token locations give line and column for both formats; byte offsets are computed from the text.
 */
final class NodeReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build()).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build()).build();

    private final String filename;
    private final LineIndex lines;
    private JsonParser p;

    NodeReader(String filename, String text) {
        this.filename = filename;
        this.lines = new LineIndex(text);
    }

    /** Parses the whole text; returns null after reporting a syntax error. */
    Node read(String text, boolean yaml, Diagnostics diags) {
        try (JsonParser parser = (yaml ? YAML : JSON).createParser(text)) {
            p = parser;
            if (p.nextToken() == null) {
                return new Node(List.of(), true, range(p.currentLocation(), 0), 0);
            }
            Node n = value();
            if (!yaml && p.nextToken() != null) {
                diags.error("Invalid JSON", "Extra characters after the end of the JSON document.", range(p.currentTokenLocation(), 1));
            }
            return n;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourceRange r = loc == null ? SourceRange.none(filename) : range(loc, 1);
            String msg = e.getOriginalMessage().lines().filter(l -> !l.startsWith(" ") && !l.contains("in 'reader'") && !l.isBlank())
                    .map(String::strip).collect(java.util.stream.Collectors.joining("; "));
            diags.error(yaml ? "Invalid YAML" : "Invalid JSON", (msg.isEmpty() ? "syntax error" : msg) + ".", r);
            return null;
        } catch (IOException | RuntimeException e) {
            diags.error(yaml ? "Invalid YAML" : "Invalid JSON", String.valueOf(e.getMessage()), SourceRange.none(filename));
            return null;
        }
    }

    private Node value() throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation loc = p.currentTokenLocation();
        switch (t) {
            case START_OBJECT: {
                List<Node.Field> fields = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    SourceRange nameRange = range(p.currentTokenLocation(), name.length() + 2);
                    p.nextToken();
                    fields.add(new Node.Field(name, nameRange, value()));
                }
                return new Node(fields, true, range(loc, 1), 0);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value());
                }
                return new Node(items, false, range(loc, 1), 0);
            }
            case VALUE_STRING: {
                boolean quoted = lines.charAt(loc.getLineNr(), loc.getColumnNr()) == '"' || lines.charAt(loc.getLineNr(), loc.getColumnNr()) == '\'';
                return new Node(p.getText(), false, range(loc, p.getText().length() + (quoted ? 2 : 0)), quoted ? 1 : 0);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(p.getDecimalValue(), false, range(loc, p.getText().length()), 0);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(t == JsonToken.VALUE_TRUE, false, range(loc, t == JsonToken.VALUE_TRUE ? 4 : 5), 0);
            default:
                return new Node(null, false, range(loc, 4), 0);
        }
    }

    private SourceRange range(JsonLocation loc, int width) {
        Pos start = lines.pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
        Pos end = lines.pos(start.line(), start.column() + Math.max(0, width));
        return new SourceRange(filename, start, end);
    }
}
