package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import dev.sslform.plugin.state.StateCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform workspace new|select|list|show|delete}: Terraform's workspaces, each with its own
 * state in the configured backend, the selection kept in {@code .terraform/environment} and
 * overridden by {@code TF_WORKSPACE}. Messages are Terraform's, with sslform's name.
 */
@Command(name = "workspace", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Workspace management: each workspace has its own state.",
        subcommands = {WorkspaceCommand.NewCmd.class, WorkspaceCommand.SelectCmd.class, WorkspaceCommand.ListCmd.class,
                WorkspaceCommand.ShowCmd.class, WorkspaceCommand.DeleteCmd.class})
final class WorkspaceCommand implements Runnable {

    @ParentCommand
    EngineRoot parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final String OVERRIDDEN_NOTE = "\nThe active workspace is being overridden using the TF_WORKSPACE environment\nvariable.\n";

    /** What every workspace subcommand shares: the root, and refusing -state where Terraform has no such option. */
    abstract static class Sub extends EngineCommand {
        @ParentCommand
        WorkspaceCommand parent;

        @Override
        EngineRoot root() {
            return parent.parent;
        }

        int fail(String message) {
            // Plain text, not a diagnostic: Terraform's workspace commands print these messages as they are.
            err().println(message);
            err().flush();
            return ExitCodes.ERROR;
        }

        void noStateFlag(String command) {
            if (statePath != null) {
                throw new IllegalArgumentException("-state is not an option of workspace " + command
                        + ": a workspace's state is kept by the configured backend");
            }
        }

        static String invalidName(String name) {
            return "\nThe workspace name \"" + name + "\" is not allowed. The name must contain only URL safe\n"
                    + "characters, contain no path separators, and not be an empty string.\n";
        }

        static String doesNotExist(String name) {
            return "\nWorkspace \"" + name + "\" doesn't exist.\n\nYou can create this workspace with the \"new\" subcommand \n"
                    + "or include the \"-or-create\" flag with the \"select\" subcommand.";
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "Create a new workspace and switch to it. With -state=PATH its state starts as a copy of that state file.")
    static final class NewCmd extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int execute() {
            Path copyFrom = statePath == null ? null : resolve(statePath);
            statePath = null;
            if (Workspaces.overridden(env().env()) && !name.equals(env().env().get(Workspaces.ENV_VAR))) {
                return fail("\nThe workspace is currently overridden using the TF_WORKSPACE environment\n"
                        + "variable. You cannot create a new workspace when using this setting.\n\n"
                        + "To create a new workspace, either unset this environment variable or update it\n"
                        + "to match the workspace name you are trying to create, and then run this command\nagain.");
            }
            if (!Workspaces.valid(name)) {
                return fail(invalidName(name));
            }
            WorkspaceStore store = new WorkspaceStore(this);
            if (store.exists(name)) {
                return fail("Workspace \"" + name + "\" already exists");
            }
            State initial = State.empty();
            if (copyFrom != null) {
                try {
                    initial = StateCodec.decode(Files.readAllBytes(copyFrom), copyFrom.toString());
                } catch (IOException e) {
                    return fail("Error reading the state file " + copyFrom + ": " + e.getMessage());
                }
            }
            StateBackend backend = store.create(name);
            StateBackend locked = lock ? backend : new NoLockBackend(backend);
            try (Lock l = locked.lock(LockRequest.of("OperationTypeWorkspaceNew", lockTimeout()))) {
                State prior = backend.read();
                State next = copyFrom == null ? prior : initial.withSerialAndLineage(prior.serial(), prior.lineage());
                backend.write(next);
            }
            Workspaces.select(dir(), env().env(), name);
            out().println("\nCreated and switched to workspace \"" + name + "\"!\n\n"
                    + "You're now on a new, empty workspace. Workspaces isolate their state,\n"
                    + "so if you run \"sslform plan\" sslform will not see any existing state\nfor this configuration.");
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "select", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "Select a workspace (recorded in .terraform/environment).")
    static final class SelectCmd extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "-or-create", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "true|false",
                description = "Create the workspace if it does not exist.")
        boolean orCreate;

        @Override
        int execute() {
            noStateFlag("select");
            if (Workspaces.overridden(env().env())) {
                return fail("\nThe selected workspace is currently overridden using the TF_WORKSPACE\nenvironment variable.\n\n"
                        + "To select a new workspace, either update this environment variable or unset\n"
                        + "it and then run this command again.");
            }
            if (!Workspaces.valid(name)) {
                return fail(invalidName(name));
            }
            if (name.equals(workspace())) {
                out().println("You're already on workspace \"" + name + "\".");
                out().flush();
                return ExitCodes.OK;
            }
            WorkspaceStore store = new WorkspaceStore(this);
            boolean created = false;
            if (!store.exists(name)) {
                if (!orCreate) {
                    return fail(doesNotExist(name));
                }
                StateBackend backend = store.create(name);
                try (Lock l = (lock ? backend : new NoLockBackend(backend)).lock(LockRequest.of("OperationTypeWorkspaceNew", lockTimeout()))) {
                    backend.write(backend.read());
                }
                created = true;
            }
            Workspaces.select(dir(), env().env(), name);
            out().println(created ? "\nCreated and switched to workspace \"" + name + "\"!\n\n"
                    + "You're now on a new, empty workspace. Workspaces isolate their state,\n"
                    + "so if you run \"sslform plan\" sslform will not see any existing state\nfor this configuration."
                    : "Switched to workspace \"" + name + "\".");
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "List the workspaces; the selected one is marked with *.")
    static final class ListCmd extends Sub {
        @Override
        int execute() {
            noStateFlag("list");
            String current = workspace();
            StringBuilder sb = new StringBuilder();
            for (String w : new WorkspaceStore(this).list()) {
                sb.append(w.equals(current) ? "* " : "  ").append(w).append('\n');
            }
            out().println(sb);
            if (Workspaces.overridden(env().env())) {
                out().print("Warning:" + OVERRIDDEN_NOTE);
            }
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "Show the name of the selected workspace.")
    static final class ShowCmd extends Sub {
        @Override
        int execute() {
            noStateFlag("show");
            out().println(workspace());
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
            description = "Delete a workspace and its state. A workspace that still tracks resources needs -force.")
    static final class DeleteCmd extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "-force", description = "Delete even when the workspace's state still tracks resource instances"
                + " (they stay as they are remotely, no longer managed).")
        boolean force;

        @Override
        int execute() {
            noStateFlag("delete");
            if (!Workspaces.valid(name)) {
                return fail(invalidName(name));
            }
            WorkspaceStore store = new WorkspaceStore(this);
            if (!store.exists(name)) {
                return fail(doesNotExist(name).strip());
            }
            if (name.equals(workspace())) {
                return fail("Workspace \"" + name + "\" is your active workspace.\n\n"
                        + "You cannot delete the currently active workspace. Please switch\nto another workspace and try again.");
            }
            if (name.equals(Workspaces.DEFAULT)) {
                return fail("Cannot delete the default workspace");
            }
            StateBackend backend = backendFor(name);
            List<ResourceAddress> tracked;
            try (Lock l = (lock ? backend : new NoLockBackend(backend)).lock(LockRequest.of("OperationTypeWorkspaceDelete", lockTimeout()))) {
                tracked = backend.read().addresses().stream().filter(a -> a.mode() == dev.sslform.plugin.state.ResourceMode.MANAGED).toList();
            }
            if (!tracked.isEmpty() && !force) {
                StringBuilder sb = new StringBuilder();
                tracked.forEach(a -> sb.append("\n    - ").append(a));
                return refuse("Workspace is not empty", "Workspace \"" + name + "\" is currently tracking the following resource instances:"
                                + sb + "\n\nDeleting this workspace would cause sslform to lose track of them. Destroy them with"
                                + " sslform first, or use -force to delete the workspace anyway and forget them.");
            }
            store.delete(name);
            out().println("Deleted workspace \"" + name + "\"!");
            if (!tracked.isEmpty()) {
                out().println("WARNING: \"" + name + "\" was non-empty.\nThe resources managed by the deleted workspace may still exist,\n"
                        + "but are no longer manageable by sslform since the state has\nbeen deleted.");
            }
            out().flush();
            return ExitCodes.OK;
        }
    }
}
