package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.config.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code sslform init} records about the backend, where Terraform records it: the backend
 * type and the settings given with {@code -backend-config} in {@code .terraform/terraform.tfstate}
 * (its "backend" object). Later commands lay those settings over the configuration's backend
 * block, as Terraform completes a partial backend configuration. Without the file (init never
 * ran) the configuration's block is used as it is.
 */
record InitState(String type, Map<String, String> extra) {

    static final String FILE = "terraform.tfstate";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    InitState {
        extra = Map.copyOf(extra);
    }

    static Path file(Path dir, Map<String, String> env) {
        return Workspaces.dataDir(dir, env).resolve(FILE);
    }

    /** The recorded backend, or null when init never ran here. */
    static InitState read(Path dir, Map<String, String> env) {
        Path f = file(dir, env);
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(f));
            JsonNode b = root.path("backend");
            Map<String, String> extra = new LinkedHashMap<>();
            b.path("config").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    extra.put(e.getKey(), e.getValue().asText());
                }
            });
            return new InitState(b.path("type").asText("local"), extra);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + " (written by sslform init): " + e.getMessage()
                    + ". Run sslform init -reconfigure to write it again.");
        }
    }

    void write(Path dir, Map<String, String> env) {
        Path f = file(dir, env);
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 3);
        root.put("terraform_version", VersionCommand.VERSION);
        ObjectNode b = root.putObject("backend");
        b.put("type", type);
        ObjectNode c = b.putObject("config");
        new java.util.TreeMap<>(extra).forEach(c::put);
        try {
            Files.createDirectories(f.getParent());
            Files.write(f, JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    /**
     * The configuration's backend with the recorded -backend-config settings laid over it; the
     * configuration's block alone when init never ran. A backend type other than the recorded
     * one needs init again, as in Terraform.
     */
    static BackendConfig merge(BackendConfig configured, InitState saved) {
        if (saved == null) {
            return configured;
        }
        String type = configured == null ? "local" : configured.type();
        if (!type.equals(saved.type())) {
            throw new IllegalArgumentException("Backend initialization required, please run \"sslform init -reconfigure\": the backend"
                    + " type changed from \"" + saved.type() + "\" (recorded by sslform init) to \"" + type + "\".");
        }
        if (saved.extra().isEmpty()) {
            return configured;
        }
        Map<String, String> settings = new LinkedHashMap<>(configured == null ? Map.of() : configured.settings());
        settings.putAll(saved.extra());
        return new BackendConfig(type, settings, configured == null ? null : configured.declRange());
    }
}
