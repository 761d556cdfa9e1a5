package dev.sslform.plugin.config.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * An append-only, duplicate-free list of diagnostics collected over a whole run, so that every problem in the
 * configuration is reported at once rather than only the first. Not thread-safe.
 */
public final class Diagnostics implements Iterable<Diagnostic> {
    private final List<Diagnostic> items = new ArrayList<>();
    private final java.util.Set<Diagnostic> seen = new java.util.HashSet<>();
    /** Texts of sensitive values: never printed in a summary or detail (see {@link #redact}). */
    private final java.util.Set<String> secrets = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed()
            .thenComparing(java.util.Comparator.naturalOrder()));

    /**
     * Adds a diagnostic unless an identical one is already here: the instances of a counted
     * resource share their source, and their shared mistakes are reported once, not once each.
     */
    public Diagnostics add(Diagnostic d) {
        d = hide(d);
        if (seen.add(d)) {
            items.add(d);
        }
        return this;
    }

    public Diagnostics addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            items.add(hide(d));
        }
        return this;
    }

    /**
     * From now on, and in what is already here, every occurrence of one of {@code values} (the
     * texts of sensitive values) in a summary or detail reads {@code (sensitive value)}, so that
     * an error about a sensitive value (a failed conversion, a function's complaint) never
     * prints it. Empty texts are ignored.
     */
    public Diagnostics redact(java.util.Collection<String> values) {
        values.stream().filter(v -> v != null && !v.isEmpty()).forEach(secrets::add);
        if (!secrets.isEmpty()) {
            items.replaceAll(this::hide);
            seen.clear();
            seen.addAll(items);
        }
        return this;
    }

    private Diagnostic hide(Diagnostic d) {
        if (secrets.isEmpty() || d == null) {
            return d;
        }
        String summary = d.summary();
        String detail = d.detail();
        for (String s : secrets) {
            summary = summary == null ? null : summary.replace(s, "(sensitive value)");
            detail = detail == null ? null : detail.replace(s, "(sensitive value)");
        }
        List<ExpressionValue> values = withoutSecrets(d.values());
        return summary == d.summary() && detail == d.detail() && values.size() == d.values().size() ? d
                : new Diagnostic(d.severity(), summary, detail, d.subject(), values);
    }

    /**
     * {@code values} without those whose statement shows the text of a sensitive value: as
     * Terraform, a diagnostic not about sensitivity leaves a sensitive reference out.
     */
    public List<ExpressionValue> withoutSecrets(List<ExpressionValue> values) {
        if (secrets.isEmpty() || values.isEmpty()) {
            return values;
        }
        return values.stream().filter(v -> secrets.stream().noneMatch(s -> v.statement().contains(s))).toList();
    }

    public Diagnostics error(String summary, String detail, SourceRange subject) {
        return add(Diagnostic.error(summary, detail, subject));
    }

    public Diagnostics warning(String summary, String detail, SourceRange subject) {
        return add(Diagnostic.warning(summary, detail, subject));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Diagnostic> asList() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public Iterator<Diagnostic> iterator() {
        return asList().iterator();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : items) {
            sb.append(d.severity().json()).append(": ").append(d.summary());
            if (d.subject() != null) {
                sb.append(" (").append(d.subject()).append(')');
            }
            if (d.detail() != null && !d.detail().isEmpty()) {
                sb.append(": ").append(d.detail());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
