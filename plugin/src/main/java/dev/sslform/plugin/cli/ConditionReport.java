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
 * block assertion failed"). The detail is the condition's error_message, then where it is.
 */
final class ConditionReport {
    private ConditionReport() {
    }

    static List<Diagnostic> diagnostics(List<ConditionOutcome> outcomes) {
        // One diagnostic per condition and object, even when several evaluations saw it.
        Map<String, Diagnostic> out = new LinkedHashMap<>();
        for (ConditionOutcome o : outcomes) {
            if (o.status() != ConditionOutcome.Status.FAIL) {
                continue;
            }
            String detail = o.message() + "\n\nThis was checked by the " + o.condition().kind().block() + " at " + o.where() + ".";
            boolean check = o.condition().kind() == Condition.Kind.ASSERT;
            String summary = check ? "Check block assertion failed"
                    : o.isOutput() ? "Module output value precondition failed"
                    : "Resource " + o.condition().kind().block() + " failed";
            Diagnostic d = check ? Diagnostic.warning(o.objectAddress(), summary, detail) : Diagnostic.error(o.objectAddress(), summary, detail);
            out.putIfAbsent(o.objectAddress() + "|" + o.where(), d);
        }
        return new ArrayList<>(out.values());
    }

    /** Only the outcomes of one kind of condition. */
    static List<ConditionOutcome> only(List<ConditionOutcome> outcomes, Condition.Kind kind) {
        return outcomes.stream().filter(o -> o.condition().kind() == kind).toList();
    }
}
