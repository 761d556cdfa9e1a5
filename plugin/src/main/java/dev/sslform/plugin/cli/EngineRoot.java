package dev.sslform.plugin.cli;

import java.nio.file.Path;

/** What the engine's subcommands need from the root command: the process environment and -chdir. */
interface EngineRoot {

    CliEnv cliEnv();

    Path workingDir();
}
