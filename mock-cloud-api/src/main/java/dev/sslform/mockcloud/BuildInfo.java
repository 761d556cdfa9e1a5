package dev.sslform.mockcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * mockcloud's version and the commit it was built from, written into
 * {@code build-info.properties} by the Maven build; a build outside a git checkout has commit
 * {@code unknown}.
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

    /** The line {@code mockcloud --version} prints. */
    public String versionLine() {
        return "mockcloud " + version + " (commit " + commit + ")";
    }

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
}
