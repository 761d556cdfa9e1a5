package dev.sslform.plugin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    private static BuildInfo load(String text) {
        return BuildInfo.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_version_and_commit() {
        assertEquals(new BuildInfo("0.2.0", "0123456789ab"), load("version=0.2.0\ncommit=0123456789ab\n"));
    }

    @Test
    void a_build_outside_git_or_without_filtering_says_unknown() {
        BuildInfo b = load("version=0.2.0\ncommit=${git.commit.id.abbrev}\n");
        assertEquals("unknown", b.commit());
        assertEquals("0.2.0", b.version());
        assertEquals(new BuildInfo("unknown", "unknown"), BuildInfo.load(null));
        assertEquals("unknown", load("version=\n").version());
    }

    @Test
    void platform_uses_terraforms_names() {
        assertEquals("linux_amd64", BuildInfo.platform("Linux", "amd64"));
        assertEquals("linux_arm64", BuildInfo.platform("Linux", "aarch64"));
        assertEquals("darwin_arm64", BuildInfo.platform("Mac OS X", "aarch64"));
        assertEquals("darwin_amd64", BuildInfo.platform("Mac OS X", "x86_64"));
        assertEquals("windows_amd64", BuildInfo.platform("Windows 11", "amd64"));
        assertEquals("linux_386", BuildInfo.platform("Linux", "i386"));
    }
}
