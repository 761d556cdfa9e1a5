package dev.sslform.plugin.cli;

import dev.sslform.plugin.support.BuildInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sslform version}: the version, the commit it was built from and the platform, as
 * {@code terraform version} prints them; {@code -json} prints Terraform's object
 * ({@code terraform_version}, {@code platform}, {@code provider_selections},
 * {@code terraform_outdated}). The tencentcloud provider is built in, so it is always the one
 * selected, at sslform's own version; sslform checks no server for newer releases, so
 * {@code terraform_outdated} is always false.
 */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Show the current sslform version, the commit it was built from and the platform.")
public final class VersionCommand implements Callable<Integer> {
    public static final String VERSION = BuildInfo.current().version();
    /** The built-in provider's source address, as in Terraform's provider_selections. */
    static final String PROVIDER = PlanJson.PROVIDER;

    @Spec
    CommandSpec spec;

    @Option(names = "-json", description = "Output the version information as a JSON object, as terraform version -json does.")
    boolean json;

    @Override
    public Integer call() {
        BuildInfo build = BuildInfo.current();
        String platform = BuildInfo.platform();
        spec.commandLine().getOut().print(json ? json(build, platform) : text(build, platform));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static String text(BuildInfo build, String platform) {
        return firstLine(build) + "\non " + platform + "\n+ provider " + PROVIDER + " v" + build.version() + " (built in)\n";
    }

    static String firstLine(BuildInfo build) {
        return "sslform v" + build.version() + " (commit " + build.commit() + ")";
    }

    // Written by hand in Terraform's layout (two-space indent, "key": value) so the command
    // loads no JSON library: `version` is the command a pipeline runs most often.
    static String json(BuildInfo build, String platform) {
        return "{\n"
                + "  \"terraform_version\": " + quote(build.version()) + ",\n"
                + "  \"platform\": " + quote(platform) + ",\n"
                + "  \"provider_selections\": {\n"
                + "    " + quote(PROVIDER) + ": " + quote(build.version()) + "\n"
                + "  },\n"
                + "  \"terraform_outdated\": false\n"
                + "}\n";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * What {@code sslform version}, {@code version -json} and {@code --version}/{@code -V} print,
     * for {@link Main} to answer them before the command tree exists; null for any other command
     * line (including these with more arguments), which goes through picocli as usual.
     */
    static String fastPath(String[] args) {
        BuildInfo build = BuildInfo.current();
        if (args.length == 1 && args[0].equals("version")) {
            return text(build, BuildInfo.platform());
        }
        if (args.length == 2 && args[0].equals("version") && args[1].equals("-json")) {
            return json(build, BuildInfo.platform());
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return firstLine(build) + System.lineSeparator();
        }
        return null;
    }

    /** Feeds {@code sslform --version}: the first line of {@code sslform version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {firstLine(BuildInfo.current())};
        }
    }
}
