package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.ResourceMode;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's refactoring step: the {@code moved} statements, validated and then applied to the
 * prior state before anything is refreshed or planned, so a renamed object is planned (and
 * refreshed) at its new address and nothing is destroyed or created for the rename. Chains
 * (a → b, b → c) take an object to the end of the chain; a cycle, or two statements with one
 * destination or one source, is an error; an object whose destination is already occupied stays
 * where it is, with Terraform's warning. A statement whose {@code from} is not in state does
 * nothing (it records history).
 */
public final class Moves {

    /** The prior state with the moves made, the moved objects (new address → old), and what went wrong. */
    public record Result(State state, Map<ResourceAddress, ResourceAddress> movedFrom, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Moves() {
    }

    public static Result apply(List<MoveStatement> statements, State prior, List<? extends dev.sslform.plugin.state.Targetable> targets) {
        List<Diagnostic> diags = validate(statements);
        if (statements.isEmpty() || diags.stream().anyMatch(Diagnostic::isError)) {
            return new Result(prior, Map.of(), diags);
        }
        // Where each object in state ends up, following chains.
        Map<ResourceAddress, ResourceAddress> dest = new LinkedHashMap<>();
        for (ResourceAddress a : prior.addresses()) {
            if (a.mode() != ResourceMode.MANAGED) {
                continue;
            }
            ResourceAddress cur = a;
            Set<MoveStatement> used = new HashSet<>();
            boolean moved = true;
            while (moved) {
                moved = false;
                for (MoveStatement s : statements) {
                    ResourceAddress next = used.contains(s) ? null : s.target(cur);
                    if (next != null) {
                        used.add(s);
                        cur = next;
                        moved = true;
                        break;
                    }
                }
            }
            if (!cur.equals(a)) {
                dest.put(a, cur);
            }
        }
        // A destination held by an object that stays, or claimed by an earlier object, blocks the move.
        Set<ResourceAddress> taken = new HashSet<>();
        for (ResourceAddress a : prior.addresses()) {
            if (!dest.containsKey(a)) {
                taken.add(a);
            }
        }
        List<String> blocked = new ArrayList<>();
        Map<ResourceAddress, ResourceAddress> movedFrom = new LinkedHashMap<>();
        for (var e : dest.entrySet()) {
            if (!taken.add(e.getValue())) {
                blocked.add("  - " + e.getKey() + " could not move to " + e.getValue());
                continue;
            }
            movedFrom.put(e.getValue(), e.getKey());
        }
        if (!blocked.isEmpty()) {
            diags.add(Diagnostic.warning(null, "Unresolved resource instance address changes",
                    "sslform tried to adjust resource instance addresses in the prior state based on change information recorded in"
                            + " the configuration, but some adjustments did not succeed due to existing objects already at the intended"
                            + " addresses:\n" + String.join("\n", blocked) + "\n\nsslform has planned to destroy these objects. If"
                            + " sslform's proposed changes aren't appropriate, you must first resolve the conflicts using the \"sslform"
                            + " state\" subcommands and then create a new plan."));
        }
        if (!targets.isEmpty()) {
            Set<String> missing = new LinkedHashSet<>();
            movedFrom.forEach((to, from) -> {
                for (ResourceAddress a : List.of(from, to)) {
                    if (!Planner.targeted(targets, a)) {
                        missing.add("  -target=\"" + a + "\"");
                    }
                }
            });
            if (!missing.isEmpty()) {
                diags.add(Diagnostic.error(null, "Moved resource instances excluded by targeting",
                        "Resource instances in your current state have moved to new addresses in the latest configuration. sslform must"
                                + " include those resource instances while planning in order to ensure a correct result, but your -target=..."
                                + " options do not fully cover all of those resource instances.\n\nTo create a valid plan, either remove your"
                                + " -target=... options altogether or add the following additional target options:\n"
                                + String.join("\n", missing)));
                return new Result(prior, Map.of(), diags);
            }
        }
        State state = prior;
        for (ResourceAddress from : movedFrom.values()) {
            state = state.without(from);
        }
        for (var e : movedFrom.entrySet()) {
            ResourceInstanceState inst = prior.find(e.getValue()).orElseThrow();
            String provider = prior.findResource(e.getValue()).orElseThrow().provider();
            state = state.withInstance(e.getKey(), inst, provider);
        }
        return new Result(state, movedFrom, diags);
    }

    /** Terraform's checks of the statements among themselves: cycles and ambiguous sources or destinations. */
    static List<Diagnostic> validate(List<MoveStatement> statements) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<dev.sslform.plugin.state.Targetable, MoveStatement> byTo = new LinkedHashMap<>();
        Map<dev.sslform.plugin.state.Targetable, MoveStatement> byFrom = new LinkedHashMap<>();
        for (MoveStatement s : statements) {
            MoveStatement other = byTo.putIfAbsent(s.to(), s);
            if (other != null && !other.from().equals(s.from())) {
                diags.add(Diagnostic.error(null, "Ambiguous move statements", "A statement at " + other.declaredAt() + " declared that "
                        + other.from() + " moved to " + other.to() + ", but the statement at " + s.declaredAt() + " instead declares that "
                        + s.from() + " moved there.\n\nEach distinct address can be the destination of only one move statement."));
            }
            other = byFrom.putIfAbsent(s.from(), s);
            if (other != null && !other.to().equals(s.to())) {
                diags.add(Diagnostic.error(null, "Ambiguous move statements", "A statement at " + other.declaredAt() + " declared that "
                        + other.from() + " moved to " + other.to() + ", but the statement at " + s.declaredAt()
                        + " instead declares that it moved to " + s.to() + ".\n\nEach resource can move to only one destination."));
            }
        }
        // A cycle: following from → to from some statement comes back to its own from.
        Set<MoveStatement> reported = new HashSet<>();
        for (MoveStatement start : statements) {
            if (reported.contains(start)) {
                continue;
            }
            List<MoveStatement> path = new ArrayList<>(List.of(start));
            MoveStatement cur = start;
            while (true) {
                MoveStatement next = null;
                for (MoveStatement s : statements) {
                    if (s.from().equals(cur.to()) || (s.wholeResource() && cur.to() instanceof ResourceAddress t && s.from().equals(t.resource()))) {
                        next = s;
                        break;
                    }
                }
                if (next == null || (path.contains(next) && next != start)) {
                    break;
                }
                if (next == start) {
                    reported.addAll(path);
                    StringBuilder sb = new StringBuilder("The following chained move statements form a cycle, and so there is no final"
                            + " location to move objects to:");
                    for (MoveStatement s : path) {
                        sb.append("\n  - ").append(s.declaredAt()).append(": ").append(s.from()).append(" → ").append(s.to());
                    }
                    sb.append("\n\nA chain of move statements must end with an address that doesn't appear in any other statements,"
                            + " and which typically also refers to an object still declared in the configuration.");
                    diags.add(Diagnostic.error(null, "Cyclic dependency in move statements", sb.toString()));
                    break;
                }
                path.add(next);
                cur = next;
            }
        }
        return diags;
    }

    /**
     * Terraform's "Moved object still exists": a statement's {@code from} may not be declared in
     * the configuration (whole resource: any instance of it; otherwise that instance).
     */
    static List<Diagnostic> stillDeclared(List<MoveStatement> statements, List<DesiredInstance> desired, DesiredConfig config) {
        List<Diagnostic> diags = new ArrayList<>();
        for (MoveStatement s : statements) {
            if (s.moduleMove()) {
                String at = config.moduleDeclaredAt((dev.sslform.plugin.state.ModulePath) s.from());
                if (at != null) {
                    diags.add(Diagnostic.error(null, "Moved object still exists", "The statement at " + s.declaredAt()
                            + " declares a move from " + s.from() + ", but that module call is still declared at " + at
                            + ".\n\nChange your configuration so that this call will be declared as " + s.to() + " instead."));
                }
                continue;
            }
            // A whole resource: its block is declared (even with count = 0); an instance: the expansion has it.
            boolean declared = s.wholeResource() ? config.lifecycle(s.fromResource()).declaredAt() != null
                    : desired.stream().anyMatch(d -> d.address().equals(s.from()));
            if (declared) {
                String at = config.lifecycle(s.fromResource().resource()).declaredAt();
                String what = s.wholeResource() ? "resource" : "resource instance";
                diags.add(Diagnostic.error(null, "Moved object still exists", "The statement at " + s.declaredAt()
                        + " declares a move from " + s.from() + ", but that " + what + " is still declared" + (at == null ? "" : " at " + at)
                        + ".\n\nChange your configuration so that this " + what + " will be declared as " + s.to() + " instead."));
            }
        }
        return diags;
    }
}
