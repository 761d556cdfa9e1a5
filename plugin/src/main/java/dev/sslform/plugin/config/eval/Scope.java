package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What names mean while evaluating: given the static part of a reference
 * ({@code ["var", "region"]}, {@code ["data", "t", "n", "ids"]}), a scope returns the value of
 * the longest prefix it knows and how many names that used. The evaluator applies the rest.
 */
public interface Scope {

    /** A resolved reference: {@code value} stands for the first {@code used} names. */
    record Resolved(Value value, int used) {
    }

    /**
     * Resolves a reference, or returns empty when the root name means nothing here (the
     * evaluator then reports it, listing {@link #names()}). A scope that recognises the root but
     * not the rest reports its own diagnostic and returns an unknown.
     */
    Optional<Resolved> resolve(List<String> names, SourceRange range, Diagnostics diags);

    /** The root names in scope, for "unknown reference" messages. */
    Set<String> names();

    /** A child scope that adds local names (for-expression and template-for variables). */
    default Scope with(Map<String, Value> locals) {
        Scope parent = this;
        return new Scope() {
            @Override
            public Optional<Resolved> resolve(List<String> names, SourceRange range, Diagnostics diags) {
                Value v = locals.get(names.get(0));
                return v != null ? Optional.of(new Resolved(v, 1)) : parent.resolve(names, range, diags);
            }

            @Override
            public Set<String> names() {
                Set<String> all = new java.util.TreeSet<>(parent.names());
                all.addAll(locals.keySet());
                return all;
            }
        };
    }

    /** A scope with only the given names, each a whole value (for tests and -var parsing). */
    static Scope of(Map<String, Value> roots) {
        return new Scope() {
            @Override
            public Optional<Resolved> resolve(List<String> names, SourceRange range, Diagnostics diags) {
                Value v = roots.get(names.get(0));
                return v == null ? Optional.empty() : Optional.of(new Resolved(v, 1));
            }

            @Override
            public Set<String> names() {
                return new java.util.TreeSet<>(roots.keySet());
            }
        };
    }
}
