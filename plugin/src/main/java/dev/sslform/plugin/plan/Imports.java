package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code import} blocks (config-driven import), planned as imports: each target not
 * yet in state is read by its id ({@link Resource#importState}) and placed in the state the plan
 * starts from, so the plan compares the configuration with the imported object — "will be
 * imported" when they match, an update "(imported from …)" when they do not — and apply writes
 * it into state, calling a change action only for such an update. A target already in state makes
 * the block do nothing, as Terraform. Only normal plans import (not destroy or refresh-only).
 */
public final class Imports {

    /** The prior state with the imported objects added, the imported ids by address, and what went wrong. */
    public record Result(State state, Map<ResourceAddress, String> imported, List<Diagnostic> diagnostics, boolean failed) {
        public Result(State state, Map<ResourceAddress, String> imported, List<Diagnostic> diagnostics) {
            this(state, imported, diagnostics, false);
        }

        public boolean hasErrors() {
            return failed || diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * The objects the import blocks import, expanded and evaluated, and what went wrong evaluating
     * them: {@code diagnostics} for the plan to show, or {@code failed} when the configuration
     * reported the errors itself (with their source ranges). Either kind of error stops the plan.
     */
    public record Declared(List<ImportStatement> statements, List<Diagnostic> diagnostics, boolean failed) {
        public static final Declared NONE = new Declared(List.of(), List.of(), false);

        public Declared {
            statements = List.copyOf(statements);
            diagnostics = List.copyOf(diagnostics);
        }

        boolean hasErrors() {
            return failed || diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Imports() {
    }

    /** Each import reads through the provider configuration its target resource block names (the import block may only repeat it). */
    public static Result apply(Declared declared, State prior, DesiredConfig config, Providers remote,
                               List<? extends dev.sslform.plugin.state.Targetable> targets, java.util.function.Consumer<String> progress) {
        if (declared.hasErrors()) {
            return new Result(prior, Map.of(), declared.diagnostics(), true);
        }
        Result r = apply(declared.statements(), prior, config, remote, targets, progress);
        if (declared.diagnostics().isEmpty()) {
            return r;
        }
        List<Diagnostic> all = new ArrayList<>(declared.diagnostics());
        all.addAll(r.diagnostics());
        return new Result(r.state(), r.imported(), all);
    }

    static Result apply(List<ImportStatement> statements, State prior, DesiredConfig config, Providers remote,
                        List<? extends dev.sslform.plugin.state.Targetable> targets, java.util.function.Consumer<String> progress) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<ResourceAddress, ImportStatement> byTo = new LinkedHashMap<>();
        for (ImportStatement s : statements) {
            ImportStatement other = byTo.putIfAbsent(s.to(), s);
            if (other != null) {
                // Terraform reports this for two blocks with the same static address; for targets that only expansion makes
                // equal it keeps the last silently, which imports an object the configuration did not mean: refused here.
                diags.add(Diagnostic.error(s.to().toString(), "Duplicate import configuration for \"" + s.to() + "\"",
                        (other.declaredAt().equals(s.declaredAt()) ? "The import block at " + s.declaredAt() + " imports into \""
                                + s.to() + "\" more than once (ids \"" + other.id() + "\" and \"" + s.id() + "\"): its for_each"
                                + " must give each object its own instance key."
                                : "An import block for the resource \"" + s.to() + "\" was already declared at " + other.declaredAt()
                                + ". A resource can have only one import block.")));
                continue;
            }
            if (config.lifecycle(s.to().resource()).declaredAt() == null) {
                diags.add(Diagnostic.error(s.to().toString(), "Configuration for import target does not exist",
                        "The configuration for the given import target " + s.to() + " (import block at " + s.declaredAt()
                                + ") does not exist. Make sure the target resource exists within your configuration."));
            }
        }
        if (diags.stream().anyMatch(Diagnostic::isError)) {
            return new Result(prior, Map.of(), diags);
        }
        State state = prior;
        Map<ResourceAddress, String> imported = new LinkedHashMap<>();
        for (ImportStatement s : byTo.values()) {
            if (prior.find(s.to()).isPresent() || !Planner.targeted(targets, s.to())) {
                continue;
            }
            Resource r = remote.resource(s.to().type()).orElse(null);
            if (r == null) {
                diags.add(Diagnostic.error(s.to().toString(), "Invalid resource type", "The provider has no resource type \"" + s.to().type() + "\"."));
                continue;
            }
            String p = config.provider(s.to().resource()) == null ? Providers.DEFAULT : config.provider(s.to().resource());
            if (!remote.has(p)) {
                diags.add(Providers.notPresent(s.to().toString(), p));
                continue;
            }
            progress.accept(s.to() + ": Preparing import... [id=" + s.id() + "]");
            Resource.ReadResult read = r.importState(s.to().toString(), s.id(), remote.remote(p));
            diags.addAll(read.diagnostics());
            if (read.state() == null) {
                continue;
            }
            state = state.withInstance(s.to(), new ResourceInstanceState(s.to().key(), 0, read.state(), null), p);
            imported.put(s.to(), s.id());
        }
        return new Result(state, imported, diags);
    }

    /** An imported address the configuration does not expand to (a key count/for_each does not produce): Terraform's error. */
    static List<Diagnostic> notInConfiguration(Map<ResourceAddress, String> imported, List<ResourceChange> changes) {
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceChange c : changes) {
            if (imported.containsKey(c.address()) && c.action() == Action.DELETE) {
                out.add(Diagnostic.error(c.address().toString(), "Configuration for import target does not exist",
                        "The configuration for the given import target " + c.address() + " does not exist: its resource block does not"
                                + " declare this instance. Make sure the target resource exists within your configuration."));
            }
        }
        return out;
    }
}
