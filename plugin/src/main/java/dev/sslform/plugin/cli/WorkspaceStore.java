package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.BackendConfig;
import dev.sslform.plugin.state.LocalStateBackend;
import dev.sslform.plugin.state.PgStateBackend;
import dev.sslform.plugin.state.StateBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workspaces of the configured backend, as Terraform's backends keep them: for the local
 * backend {@code default} plus one directory per workspace under {@code terraform.tfstate.d/}
 * (or the backend's {@code workspace_dir}); for pg {@code default} plus one row per workspace in
 * {@code <schema>.states}. Listed with {@code default} first, then by name.
 */
final class WorkspaceStore {

    private final EngineCommand cmd;
    private final BackendConfig config;

    WorkspaceStore(EngineCommand cmd) {
        this.cmd = cmd;
        this.config = cmd.backendConfig();
    }

    boolean isPg() {
        return config != null && config.type().equals("pg");
    }

    List<String> list() {
        List<String> out = new ArrayList<>();
        out.add(Workspaces.DEFAULT);
        if (isPg()) {
            ((PgStateBackend) cmd.backendFor(Workspaces.DEFAULT)).workspaces().stream()
                    .filter(w -> !w.equals(Workspaces.DEFAULT)).forEach(out::add);
            return out;
        }
        Path dir = cmd.localWorkspaceDir(config);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.equals(Workspaces.DEFAULT)).sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    boolean exists(String name) {
        return list().contains(name);
    }

    /** Creates the workspace: its directory (local) and an empty state, as Terraform's workspace new writes one. */
    StateBackend create(String name) {
        if (!isPg()) {
            try {
                Files.createDirectories(cmd.localWorkspaceDir(config).resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the workspace directory: " + e.getMessage(), e);
            }
        }
        return cmd.backendFor(name);
    }

    /** Removes the workspace's state (local: its whole directory). */
    void delete(String name) {
        if (isPg()) {
            ((PgStateBackend) cmd.backendFor(name)).deleteWorkspace();
            return;
        }
        Path dir = cmd.localWorkspaceDir(config).resolve(name);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The local file a workspace's state is in, for messages; null for pg. */
    Path localFile(String name) {
        return isPg() ? null : ((LocalStateBackend) cmd.backendFor(name)).path();
    }
}
