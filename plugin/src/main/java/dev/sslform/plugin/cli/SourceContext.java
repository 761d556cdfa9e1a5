package dev.sslform.plugin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.HclParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "in …" of {@code on main.tf line 3, in resource "a" "b":}, as HCL's
 * {@code hcled.ContextString} computes it from the syntax tree: in native syntax, the header of
 * the top-level block that holds the offset; in JSON (and sslform's YAML form), the path of
 * object keys and array indexes down to the innermost object or array that holds it
 * ({@code resource.tencentcloud_sqlserver_ssl_config.a}). Null when nothing holds it. The file is
 * parsed again, as Terraform does, since this runs only when a diagnostic is shown.
 */
final class SourceContext {
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private SourceContext() {
    }

    /** The context of the byte at {@code byteOffset} of {@code text}, the file {@code filename}. */
    static String of(String filename, String text, int byteOffset) {
        if (text == null || byteOffset < 0) {
            return null;
        }
        try {
            if (filename.endsWith(".json")) {
                return path(JSON, text, byteOffset);
            }
            if (filename.endsWith(".yaml") || filename.endsWith(".yml")) {
                return path(YAML, text, byteOffset);
            }
            return blockHeader(filename, text, byteOffset);
        } catch (IOException | RuntimeException e) {
            return null; // a file that no longer parses has no context to offer
        }
    }

    private static String blockHeader(String filename, String text, int byteOffset) {
        for (Block b : HclParser.parseFile(filename, text, new Diagnostics()).blocks()) {
            if (byteOffset >= b.range().start().byteOffset() && byteOffset < b.range().end().byteOffset()) {
                StringBuilder sb = new StringBuilder(b.type());
                b.labels().forEach(l -> sb.append(' ').append(quoted(l)));
                return sb.toString();
            }
        }
        return null;
    }

    /** Go's %q of a label: quotes, and escapes for backslash, quote and control characters. */
    static String quoted(String s) {
        return dev.sslform.plugin.config.format.GoQuote.quote(s);
    }

    /** An object or array and where it is, in characters of the text: [start, end). */
    private record Container(String step, long start, long end, List<Container> children) {
    }

    private static String path(JsonFactory factory, String text, int byteOffset) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int charOffset = new String(bytes, 0, Math.min(byteOffset, bytes.length), StandardCharsets.UTF_8).length();
        Container root;
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() == null) {
                return null;
            }
            root = container(p, "");
        }
        List<String> steps = new ArrayList<>();
        Container at = root;
        outer:
        while (true) {
            for (Container c : at.children()) {
                if (charOffset >= c.start() && charOffset < c.end()) {
                    steps.add(c.step());
                    at = c;
                    continue outer;
                }
            }
            break;
        }
        String ret = String.join("", steps);
        ret = ret.startsWith(".") ? ret.substring(1) : ret;
        return ret.isEmpty() ? null : ret;
    }

    /** Reads the value at the current token; a container when it is an object or array, else null. */
    private static Container container(JsonParser p, String step) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return null;
        }
        long start = p.currentTokenLocation().getCharOffset();
        List<Container> children = new ArrayList<>();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                Container c = container(p, "." + name);
                if (c != null) {
                    children.add(c);
                }
            }
        } else {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Container c = container(p, "[" + i++ + "]");
                if (c != null) {
                    children.add(c);
                }
            }
        }
        long end = p.currentTokenLocation().getCharOffset() + 1;
        return new Container(step, start, end, children);
    }
}
