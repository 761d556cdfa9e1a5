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

    /**
     * Adds a diagnostic unless an identical one is already here: the instances of a counted
     * resource share their source, and their shared mistakes are reported once, not once each.
     */
    public Diagnostics add(Diagnostic d) {
        if (seen.add(d)) {
            items.add(d);
        }
        return this;
    }

    public Diagnostics addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            items.add(d);
        }
        return this;
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
