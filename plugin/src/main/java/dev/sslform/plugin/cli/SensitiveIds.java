package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.SensitiveAttributes;
import dev.sslform.plugin.state.ResourceAddress;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress lines name an object by its id ({@code ADDR: Modifying... [id=mssql-1]}). As in
 * Terraform, an id that derives from a sensitive value is left out of them; here the id is the
 * instance id, so the line loses its {@code [id=…]} when {@code instance_id} (or {@code id}) is
 * sensitive.
 */
final class SensitiveIds {
    private static final Pattern LINE = Pattern.compile("^(\\S+): (.*?)( \\[id=[^\\]]*\\])(.*)$");

    private SensitiveIds() {
    }

    /** {@code out}, with the ids of sensitive objects removed from each line. */
    static Consumer<String> hiding(Consumer<String> out, Supplier<SensitiveAttributes> sensitive) {
        return line -> out.accept(strip(line, sensitive.get()));
    }

    static String strip(String line, SensitiveAttributes sensitive) {
        if (line == null || sensitive.isEmpty()) {
            return line;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        ResourceAddress a;
        try {
            a = ResourceAddress.parse(m.group(1));
        } catch (RuntimeException e) {
            return line;
        }
        Set<String> hidden = sensitive.of(a);
        return hidden.contains("id") || hidden.contains("instance_id") ? m.group(1) + ": " + m.group(2) + m.group(4) : line;
    }
}
