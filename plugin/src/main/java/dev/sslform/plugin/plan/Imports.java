package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.RemoteInstances;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.provider.TencentCloudProvider;
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
    public record Result(State state, Map<ResourceAddress, String> imported, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Imports() {
    }

    public static Result apply(List<ImportStatement> statements, State prior, DesiredConfig config, TencentCloudProvider provider,
                               RemoteInstances remote, List<? extends dev.sslform.plugin.state.Targetable> targets, java.util.function.Consumer<String> progress) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<ResourceAddress, ImportStatement> byTo = new LinkedHashMap<>();
        for (ImportStatement s : statements) {
            ImportStatement other = byTo.putIfAbsent(s.to(), s);
            if (other != null) {
                diags.add(Diagnostic.error(s.to().toString(), "Duplicate import configuration for \"" + s.to() + "\"",
                        "An import block for the resource \"" + s.to() + "\" was already declared at " + other.declaredAt()
                                + ". A resource can have only one import block."));
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
            Resource r = provider.resource(s.to().type()).orElse(null);
            if (r == null) {
                diags.add(Diagnostic.error(s.to().toString(), "Invalid resource type", "The provider has no resource type \"" + s.to().type() + "\"."));
                continue;
            }
            progress.accept(s.to() + ": Preparing import... [id=" + s.id() + "]");
            Resource.ReadResult read = r.importState(s.to().toString(), s.id(), remote);
            diags.addAll(read.diagnostics());
            if (read.state() == null) {
                continue;
            }
            state = state.withInstance(s.to(), new ResourceInstanceState(s.to().key(), 0, read.state(), null));
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
