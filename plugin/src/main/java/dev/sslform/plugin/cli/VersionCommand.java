package dev.sslform.plugin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sslform version}: prints the version, as {@code terraform version} does. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = "Show the current sslform version.")
public final class VersionCommand implements Callable<Integer> {
    public static final String VERSION = "0.1.0";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("sslform v" + VERSION);
        return ExitCodes.OK;
    }

    /** Feeds {@code sslform --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sslform v" + VERSION};
        }
    }
}
