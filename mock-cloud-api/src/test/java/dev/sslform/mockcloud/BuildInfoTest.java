package dev.sslform.mockcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BuildInfoTest {
    @Test
    void the_build_embeds_the_pom_version_and_a_commit() {
        BuildInfo b = BuildInfo.current();
        assertTrue(b.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), b.version());
        assertTrue(b.commit().matches("[0-9a-f]{7,40}") || b.commit().equals(BuildInfo.UNKNOWN), b.commit());
    }

    @Test
    void dash_dash_version_prints_version_and_commit() {
        CommandLine cl = new CommandLine(new MockCloudCommand());
        java.io.StringWriter out = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out));
        assertEquals(0, cl.execute("--version"));
        BuildInfo b = BuildInfo.current();
        assertEquals("mockcloud " + b.version() + " (commit " + b.commit() + ")" + System.lineSeparator(), out.toString());
    }

    @Test
    void a_build_outside_git_says_unknown() {
        BuildInfo b = BuildInfo.load(new ByteArrayInputStream("version=0.2.0\ncommit=${git.commit.id.abbrev}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new BuildInfo("0.2.0", "unknown"), b);
        assertEquals(new BuildInfo("unknown", "unknown"), BuildInfo.load(null));
    }
}
