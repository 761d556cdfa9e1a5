package dev.sslform.plugin.cli;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sslform import ADDR ID}: bring an existing instance's setting under management. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Associate an existing object (by instance id) with a resource address in state.")
final class ImportCommand extends EngineCommand {

    @ParentCommand
    EngineRoot parent;

    @Parameters(index = "0", paramLabel = "ADDR")
    String address;

    @Parameters(index = "1", paramLabel = "ID")
    String id;

    @Override
    EngineRoot root() {
        return parent;
    }

    @Override
    int execute() {
        ResourceAddress addr = ResourceAddress.parse(address);
        ConfigSource config = config();
        if (config == null) {
            return ExitCodes.ERROR;
        }
        dev.sslform.plugin.plan.Providers providers = providers(config.providers());
        Resource r = providers.resource(addr.type()).orElse(null);
        if (r == null) {
            show(java.util.List.of(Diagnostic.error(address, "Invalid resource type",
                    "The provider has no resource type \"" + addr.type() + "\" to import into.")));
            return ExitCodes.ERROR;
        }
        String notDeclared = ImportTarget.problem(config.configuration(), addr);
        if (notDeclared != null) {
            if (notDeclared.startsWith("Error: resource address")) {
                // Terraform prints this one as plain text, not as a diagnostic.
                err().print(notDeclared);
                err().flush();
                return ExitCodes.ERROR;
            }
            int blank = notDeclared.indexOf("\n\n");
            return refuse(notDeclared.substring("Error: ".length(), blank), notDeclared.substring(blank + 2).strip());
        }
        StateBackend backend = backend();
        try (Lock lock = backend.lock(LockRequest.of("OperationTypeImport", lockTimeout()))) {
            State state = backend.read();
            if (state.find(addr).isPresent()) {
                show(java.util.List.of(Diagnostic.error(address, "Resource already managed by sslform",
                        addr + " is already in state. To import to this address you must first remove the existing object"
                                + " from state (sslform state rm " + addr + ").")));
                return ExitCodes.ERROR;
            }
            out().println(addr + ": Importing from ID \"" + id + "\"...");
            // The configuration of the address's resource block (ImportTarget made sure there is one).
            String p = config.provider(addr.resource());
            p = p == null ? dev.sslform.plugin.plan.Providers.DEFAULT : p;
            Resource.ReadResult read = r.importState(address, id, providers.remote(p));
            if (read.state() == null) {
                show(read.diagnostics());
                return ExitCodes.ERROR;
            }
            backend.write(state.withInstance(addr, new ResourceInstanceState(addr.key(), 0, read.state(), null), p));
            out().println(addr + ": Import prepared!");
            out().println("  Prepared " + addr.type() + " for import");
            out().println(addr + ": Refreshing state... [id=" + id + "]");
            out().println();
            out().println("Import successful!");
            out().println();
            out().println("The resources that were imported are shown above. These resources are now in");
            out().println("your sslform state and will henceforth be managed by sslform.");
            out().flush();
            return ExitCodes.OK;
        }
    }
}
