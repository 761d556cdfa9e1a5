package dev.sslform.plugin.config;

import java.nio.file.Path;

/**
 * A command-line source of variable values, in the order given: {@code -var 'name=value'} or
 * {@code -var-file=FILE}. Later sources win over earlier ones and over files and environment.
 */
public sealed interface VarSource {

    record Flag(String assignment) implements VarSource {
    }

    record File(Path path) implements VarSource {
    }
}
