package dev.sslform.plugin.cli;

import dev.sslform.plugin.plan.MoveStatement;
import dev.sslform.plugin.state.InvalidAddressException;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform state mv [options] SOURCE DESTINATION}, as Terraform's: renames objects in
 * state without touching the cloud. A SOURCE without instance key whose DESTINATION has none
 * moves the whole resource (every instance keeps its key); otherwise one instance moves. A module
 * address moves everything in it ({@code module.a} every instance of the call, each keeping its
 * key; {@code module.a[0]} one instance), into or out of nested modules as well. Refuses
 * a SOURCE that matches nothing, a DESTINATION already in state, and a change of resource type.
 * {@code -dry-run} prints what would move and writes nothing.
 */
@Command(name = "mv", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Move (rename) objects in state; the remote objects are not touched. Prefer a moved block in the configuration.")
final class StateMvCommand extends EngineCommand {

    @ParentCommand
    StateCommand parent;

    @Option(names = "-dry-run", description = "Print what would be moved, without changing state.")
    boolean dryRun;

    @Parameters(index = "0", paramLabel = "SOURCE")
    String source;

    @Parameters(index = "1", paramLabel = "DESTINATION")
    String destination;

    @Override
    EngineRoot root() {
        return parent.parent;
    }

    @Override
    int execute() {
        dev.sslform.plugin.state.Targetable from;
        dev.sslform.plugin.state.Targetable to;
        try {
            from = dev.sslform.plugin.state.Targetable.parse(source);
            to = dev.sslform.plugin.state.Targetable.parse(destination);
        } catch (InvalidAddressException e) {
            return error("Invalid address", e.getMessage());
        }
        if ((from instanceof dev.sslform.plugin.state.ModulePath) != (to instanceof dev.sslform.plugin.state.ModulePath)) {
            return error("Invalid state move request", "Cannot move " + from + " to " + to + ": a module moves only to a module,"
                    + " a resource only to a resource.");
        }
        if (from instanceof ResourceAddress f && to instanceof ResourceAddress t && (!f.type().equals(t.type()) || f.mode() != t.mode())) {
            return error("Invalid state move request", "Cannot move " + from + " to " + to + ": resource types don't match.");
        }
        MoveStatement move = new MoveStatement(from, to, "command line");
        StateBackend backend = backend();
        try (Lock lock = backend.lock(LockRequest.of("OperationTypeStateMv", lockTimeout()))) {
            State state = backend.read();
            Map<ResourceAddress, ResourceAddress> moves = new LinkedHashMap<>();
            for (ResourceAddress a : state.addresses()) {
                ResourceAddress target = move.target(a);
                if (target != null) {
                    moves.put(a, target);
                }
            }
            if (moves.isEmpty()) {
                return error("Invalid source address", "Cannot move " + from + ": does not match anything in the current state.");
            }
            List<ResourceAddress> taken = new ArrayList<>();
            for (ResourceAddress target : moves.values()) {
                if (state.find(target).isPresent() && !moves.containsKey(target)) {
                    taken.add(target);
                }
            }
            if (!taken.isEmpty()) {
                return error("Invalid target address", "Cannot move to " + to + ": there is already "
                        + (move.moduleMove() ? "a resource instance in that module" : move.wholeResource() ? "a resource" : "a resource instance")
                        + " at that address in the current state.");
            }
            State next = state;
            for (ResourceAddress a : moves.keySet()) {
                next = next.without(a);
            }
            for (var e : moves.entrySet()) {
                next = next.withInstance(e.getValue(), state.find(e.getKey()).orElseThrow(),
                        state.findResource(e.getKey()).orElseThrow().provider());
            }
            for (var e : moves.entrySet()) {
                out().println((dryRun ? "Would move " : "Move ") + quoted(e.getKey()) + " to " + quoted(e.getValue()));
            }
            if (dryRun) {
                out().println("Would have moved " + moves.size() + " object(s).");
            } else {
                backend.write(next);
                out().println("Successfully moved " + moves.size() + " object(s).");
            }
            out().flush();
            return ExitCodes.OK;
        }
    }

    /** As Go's %q, which Terraform uses here: {@code "x.a[\"k\"]"}. */
    private static String quoted(ResourceAddress a) {
        return "\"" + a.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private int error(String summary, String detail) {
        return refuse(summary, detail);
    }
}
