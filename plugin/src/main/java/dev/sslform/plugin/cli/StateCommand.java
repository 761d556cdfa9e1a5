package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sslform state list|show|rm|mv}: read and edit state without touching the cloud. */
@Command(name = "state", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Read and edit the state.",
        subcommands = {StateCommand.ListCmd.class, StateCommand.ShowCmd.class, StateCommand.RmCmd.class, StateMvCommand.class, StatePullCommand.class,
                StatePushCommand.class})
final class StateCommand implements Runnable {

    @ParentCommand
    EngineRoot parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "List the resource instances in state; with ADDR only those of that resource (type.name), instance"
                    + " (type.name[key]) or module (module.NAME, module.NAME[key]: everything in it). A resource ADDR not in state is an error.")
    static final class ListCmd extends EngineCommand {
        @ParentCommand
        StateCommand parent;

        @Parameters(arity = "0..*", paramLabel = "ADDR", description = "Only these resources, instances or modules.")
        java.util.List<String> filters = new java.util.ArrayList<>();

        @picocli.CommandLine.Option(names = "-id", paramLabel = "ID", description = "Only instances whose \"id\" attribute is ID.")
        String id;

        @Override
        EngineRoot root() {
            return parent.parent;
        }

        @Override
        int execute() {
            State s = backend().read();
            java.util.List<ResourceAddress> listed = StateFilter.select(s, filters, this);
            if (listed == null) {
                return ExitCodes.ERROR;
            }
            listed.stream().filter(a -> id == null || id.equals(s.find(a).map(i -> String.valueOf(i.attributes().get("id"))).orElse(null)))
                    .forEach(a -> out().println(a));
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Show one resource instance in state.")
    static final class ShowCmd extends EngineCommand {
        @ParentCommand
        StateCommand parent;

        @Parameters(index = "0", paramLabel = "ADDR")
        String address;

        @Override
        EngineRoot root() {
            return parent.parent;
        }

        @Override
        int execute() {
            ResourceAddress a = ResourceAddress.parse(address);
            Optional<dev.sslform.plugin.state.ResourceInstanceState> i = backend().read().find(a);
            if (i.isEmpty()) {
                return refuse("No instance found for the given address!", a + " is not in state. Run \"sslform state list\" to see what is.");
            }
            out().print(StateView.render(a, i.get(), SensitiveState.of(this).of(a)));
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Remove a resource instance, or everything in a module (module.NAME), from state; the remote objects are left as they are.")
    static final class RmCmd extends EngineCommand {
        @ParentCommand
        StateCommand parent;

        @Parameters(index = "0", paramLabel = "ADDR")
        String address;

        @Override
        EngineRoot root() {
            return parent.parent;
        }

        @Override
        int execute() {
            dev.sslform.plugin.state.Targetable target = dev.sslform.plugin.state.Targetable.parse(address);
            if (target instanceof dev.sslform.plugin.state.ModulePath m) {
                return removeModule(m);
            }
            ResourceAddress a = (ResourceAddress) target;
            StateBackend backend = backend();
            try (Lock lock = backend.lock(LockRequest.of("OperationTypeStateRm", lockTimeout()))) {
                State s = backend.read();
                if (s.find(a).isEmpty()) {
                    return refuse("No matching objects found", a + " is not in state.");
                }
                backend.write(s.without(a));
                out().println("Removed " + a);
                out().println("Successfully removed 1 resource instance(s).");
                out().flush();
                return ExitCodes.OK;
            }
        }

        /** {@code state rm module.x}: every instance in the module instance (every instance of the call, without a key). */
        private int removeModule(dev.sslform.plugin.state.ModulePath m) {
            StateBackend backend = backend();
            try (Lock lock = backend.lock(LockRequest.of("OperationTypeStateRm", lockTimeout()))) {
                State s = backend.read();
                java.util.List<ResourceAddress> gone = s.addresses().stream().filter(m::targets).toList();
                if (gone.isEmpty()) {
                    err().println("\nError: No matching objects found\n\n  " + m + " has no resource instances in state.");
                    err().flush();
                    return ExitCodes.ERROR;
                }
                State next = s;
                for (ResourceAddress a : gone) {
                    next = next.without(a);
                    out().println("Removed " + a);
                }
                backend.write(next);
                out().println("Successfully removed " + gone.size() + " resource instance(s).");
                out().flush();
                return ExitCodes.OK;
            }
        }
    }
}
