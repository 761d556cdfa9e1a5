package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.value.ListValue;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.nio.file.Path;
import java.util.Map;

/** Parses and evaluates expression text against a small fixed scope. */
final class EvalFixture {
    static final Evaluator EVAL = new Evaluator(Functions.standard(Path.of("src/test/resources/eval")));
    static final Scope SCOPE = Scope.of(Map.of(
            "var", new ObjectValue(Map.of(
                    "name", Value.of("orders"),
                    "list", ListValue.of(Value.of("a"), Value.of("b"), Value.of("c")),
                    "map", new ObjectValue(Map.of("k1", Value.of("v1"), "k2", Value.of("v2"))),
                    "n", Value.of(3),
                    "flag", Value.of(true),
                    "nothing", Value.nullValue(),
                    "unknown", UnknownValue.DYNAMIC,
                    "objs", ListValue.of(new ObjectValue(Map.of("id", Value.of("x"))), new ObjectValue(Map.of("id", Value.of("y"))))))));

    private EvalFixture() {
    }

    static Value eval(String src, Diagnostics diags) {
        return EVAL.eval(HclParser.parseExpression("expr.tf", src, diags), SCOPE, diags);
    }
}
