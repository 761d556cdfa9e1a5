package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.diag.Suggestions;
import dev.sslform.plugin.config.eval.Scope;
import dev.sslform.plugin.config.value.ObjectValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code module.NAME} refers to, as Terraform: without count or for_each an object of the
 * call's outputs ({@code module.x.out} evaluates just that output), with count a list of them
 * ({@code module.x[0].out}), with for_each a map by key ({@code module.x["k"].out}); wholly
 * unknown while the expansion is not known. A sensitive output is unknown in the redacted
 * evaluation, so what the caller derives from it is sensitive (see {@link Sensitivity}).
 */
final class ModuleReferences {
    private ModuleReferences() {
    }

    /** {@code module.NAME…} seen from {@code session}'s module instance; {@code used} says how many names it consumed. */
    static Optional<Scope.Resolved> resolve(EvalSession session, List<String> names, SourceRange range, Diagnostics d) {
        Configuration cfg = session.configuration();
        ModuleAddress path = session.path();
        if (names.size() < 2) {
            d.error("Invalid reference", "The \"module\" object cannot be accessed directly. Instead, access one of its attributes.", range);
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 1));
        }
        String name = names.get(1);
        ModuleCall c = cfg.module().calls().get(name);
        if (c == null) {
            d.error("Reference to undeclared module", "No module call named \"" + name + "\" is declared in "
                    + (path.isRoot() ? "the root module" : path) + "." + Suggestions.didYouMean(name, cfg.module().calls().keySet()), range);
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 2));
        }
        Configuration child = cfg.children().get(name);
        if (child == null) {
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 2)); // not loaded: already reported
        }
        if (c.count() == null && c.forEach() == null && names.size() >= 3) {
            String out = names.get(2);
            if (!child.outputs().containsKey(out)) {
                d.error("Unsupported attribute", "This object does not have an attribute named \"" + out + "\": module." + name
                        + " declares no output \"" + out + "\"." + Suggestions.didYouMean(out, child.outputs().keySet()), range);
                return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 3));
            }
            EvalSession.ModuleExpansion e = session.call(name, range, d);
            if (e == null) {
                return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 3));
            }
            return Optional.of(new Scope.Resolved(e.instances().values().iterator().next().outputSeenByCaller(out, range, d), 3));
        }
        EvalSession.ModuleExpansion e = session.call(name, range, d);
        if (e == null || !e.known()) {
            return Optional.of(new Scope.Resolved(UnknownValue.DYNAMIC, 2));
        }
        if (c.count() == null && c.forEach() == null) {
            return Optional.of(new Scope.Resolved(e.instances().values().iterator().next().outputsObject(range, d), 2));
        }
        if (c.count() != null) {
            List<Value> list = new java.util.ArrayList<>();
            e.instances().values().forEach(s -> list.add(s.outputsObject(range, d)));
            return Optional.of(new Scope.Resolved(new dev.sslform.plugin.config.value.ListValue(list), 2));
        }
        Map<String, Value> map = new LinkedHashMap<>();
        e.instances().forEach((k, s) -> map.put(((InstanceKey.Key) k).key(), s.outputsObject(range, d)));
        return Optional.of(new Scope.Resolved(new ObjectValue(map), 2));
    }
}
