package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.Condition;
import dev.sslform.plugin.config.ConditionOutcome;
import dev.sslform.plugin.provider.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns custom-condition outcomes into diagnostics, in Terraform's words: a failed precondition
 * or postcondition is an error ("Resource precondition failed"), a failed output precondition an
 * error ("Module output value precondition failed"), a failed check assertion a warning ("Check
 * block assertion failed"). The detail is the condition's error_message; the place is the
 * condition expression's range, which the views show as a snippet.
 */
final class ConditionReport {
    private ConditionReport() {
    }

    static List<Diagnostic> diagnostics(List<ConditionOutcome> outcomes) {
        return new ArrayList<>(located(outcomes).keySet());
    }

    /**
     * The diagnostics, each with the range of the condition expression that failed (the place
     * Terraform shows: the snippet says where, so the detail is the error_message alone).
     */
    static Map<Diagnostic, Origin> located(List<ConditionOutcome> outcomes) {
        // One diagnostic per condition and object, even when several evaluations saw it.
        Map<String, Diagnostic> out = new LinkedHashMap<>();
        Map<Diagnostic, Origin> where = new LinkedHashMap<>();
        for (ConditionOutcome o : outcomes) {
            if (o.status() != ConditionOutcome.Status.FAIL) {
                continue;
            }
            String detail = o.message();
            boolean check = o.condition().kind() == Condition.Kind.ASSERT;
            String summary = check ? "Check block assertion failed"
                    : o.isOutput() ? "Module output value precondition failed"
                    : "Resource " + o.condition().kind().block() + " failed";
            Diagnostic d = check ? Diagnostic.warning(o.objectAddress(), summary, detail) : Diagnostic.error(o.objectAddress(), summary, detail);
            if (out.putIfAbsent(o.objectAddress() + "|" + o.where(), d) == null) {
                var expr = o.condition().condition();
                where.put(d, new Origin(expr != null ? expr.range() : o.condition().range(), o.values()));
            }
        }
        return where;
    }

    /** Where in the configuration a diagnostic of the plan came from, and the values its expression saw. */
    record Origin(dev.sslform.plugin.config.diag.SourceRange subject, List<dev.sslform.plugin.config.diag.ExpressionValue> values) {
    }

    /** Only the outcomes of one kind of condition. */
    static List<ConditionOutcome> only(List<ConditionOutcome> outcomes, Condition.Kind kind) {
        return outcomes.stream().filter(o -> o.condition().kind() == kind).toList();
    }
}
