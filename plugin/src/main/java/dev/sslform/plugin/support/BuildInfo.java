package dev.sslform.plugin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * What this sslform is: its version and the commit it was built from, written into
 * {@code build-info.properties} by the Maven build, and the platform it runs on in Terraform's
 * spelling ({@code linux_amd64}). A build outside a git checkout has commit {@code unknown}.
 *
 * @param version the release, e.g. {@code 0.2.0}
 * @param commit the abbreviated commit id, or {@code unknown}
 */
public record BuildInfo(String version, String commit) {
    public static final String UNKNOWN = "unknown";
    private static final BuildInfo CURRENT = load(BuildInfo.class.getResourceAsStream("build-info.properties"));

    public BuildInfo {
        version = clean(version);
        commit = clean(commit);
    }

    /** This build's. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** Reads a build-info.properties stream; a missing stream or an unfilled value reads as unknown. */
    static BuildInfo load(InputStream in) {
        if (in == null) {
            return new BuildInfo(null, null);
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading build-info.properties", e);
        }
        return new BuildInfo(p.getProperty("version"), p.getProperty("commit"));
    }

    // An unfilled ${...} placeholder (a build that skipped resource filtering) is not a value.
    private static String clean(String s) {
        return s == null || s.isBlank() || s.contains("${") ? UNKNOWN : s.strip();
    }

    /** Terraform's platform name for an os.name/os.arch pair: linux_amd64, darwin_arm64, windows_amd64. */
    public static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String goos = os.startsWith("linux") ? "linux"
                : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : os.startsWith("windows") ? "windows"
                : os.replace(' ', '_');
        String arch = osArch.toLowerCase(Locale.ROOT);
        String goarch = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i486", "i586", "i686" -> "386";
            default -> arch;
        };
        return goos + "_" + goarch;
    }

    /** The platform this JVM runs on. */
    public static String platform() {
        return platform(System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
