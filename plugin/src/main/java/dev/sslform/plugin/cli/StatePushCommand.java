package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.CorruptStateException;
import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import dev.sslform.plugin.state.StateCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sslform state push PATH}: replaces the current workspace's state with a state file
 * ({@code -} reads stdin), after Terraform's checks: an empty destination takes any state (and
 * keeps its lineage); otherwise the lineage must be the same and the serial not older.
 * {@code -force} skips the checks. The stored serial moves on by one from the destination's, as
 * every sslform write does.
 */
@Command(name = "push", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Replace the state in the configured backend with a local state file (- for stdin). Refuses another lineage or"
                + " an older serial unless -force.")
final class StatePushCommand extends EngineCommand {

    @ParentCommand
    StateCommand parent;

    @Parameters(index = "0", paramLabel = "PATH", description = "The state file to push, or - for stdin.")
    String path;

    @Option(names = "-force", description = "Write the state even if the lineages differ or the destination's serial is newer.")
    boolean force;

    @Override
    EngineRoot root() {
        return parent.parent;
    }

    @Override
    int execute() {
        State pushed;
        try {
            byte[] bytes = path.equals("-") ? readStdin() : Files.readAllBytes(resolve(Path.of(path)));
            pushed = StateCodec.decode(bytes, path.equals("-") ? "<stdin>" : path);
        } catch (IOException e) {
            return fail("Error reading source state \"" + path + "\": " + e.getMessage());
        } catch (CorruptStateException e) {
            return fail("Error reading source state \"" + path + "\": " + e.getMessage());
        }
        StateBackend backend = backend();
        try (Lock lock = backend.lock(LockRequest.of("OperationTypeStatePush", lockTimeout()))) {
            State current = backend.read();
            boolean empty = current.lineage() == null || (current.resources().isEmpty() && current.outputs().isEmpty());
            if (!force && !empty) {
                if (pushed.lineage() == null || !pushed.lineage().equals(current.lineage())) {
                    return fail("Failed to write state: cannot import state with lineage \"" + pushed.lineage()
                            + "\" over unrelated state with lineage \"" + current.lineage() + "\"");
                }
                if (pushed.serial() < current.serial()) {
                    return fail("Failed to write state: cannot import state with serial " + pushed.serial()
                            + " over newer state with serial " + current.serial());
                }
            }
            // Stored on top of what is there (serial + 1); into a backend that never held state the pushed lineage is kept.
            State next = current.lineage() == null
                    ? pushed.withSerialAndLineage(0, pushed.lineage())
                    : pushed.withSerialAndLineage(current.serial(), current.lineage());
            backend.write(next);
        }
        return ExitCodes.OK;
    }

    private byte[] readStdin() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = env().stdin().read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int fail(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 ? refuse(message.substring(0, colon), message.substring(colon + 2)) : refuse(message, "");
    }
}
