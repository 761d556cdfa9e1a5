package dev.sslform.mockcloud;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the admin token comes from, and what {@code --bind} accepts and warns about. */
class AdminTokenAndBindFlagsTest {
    @TempDir
    Path dir;

    private static MockCloudConfig parse(Map<String, String> env, String... args) {
        MockCloudCommand cmd = new MockCloudCommand();
        new CommandLine(cmd).parseArgs(args);
        cmd.env = env;
        return cmd.toConfig();
    }

    private static String refused(Map<String, String> env, String... args) {
        return assertThrows(IllegalArgumentException.class, () -> parse(env, args)).getMessage();
    }

    @Test
    void the_token_comes_from_MOCKCLOUD_ADMIN_TOKEN() {
        assertEquals("from-env", parse(Map.of("MOCKCLOUD_ADMIN_TOKEN", "from-env")).adminToken());
        assertNull(parse(Map.of()).adminToken());
    }

    @Test
    void the_token_comes_from_a_file_without_its_trailing_newline() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "from-file\n");
        assertEquals("from-file", parse(Map.of(), "--admin-token-file", file.toString()).adminToken());
        Files.writeString(file, "crlf\r\n");
        assertEquals("crlf", parse(Map.of(), "--admin-token-file", file.toString()).adminToken());
    }

    @Test
    void a_flag_wins_over_the_environment() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "from-file");
        Map<String, String> env = Map.of("MOCKCLOUD_ADMIN_TOKEN", "from-env");
        assertEquals("from-flag", parse(env, "--admin-token", "from-flag").adminToken());
        assertEquals("from-file", parse(env, "--admin-token-file", file.toString()).adminToken());
    }

    @Test
    void bad_token_sources_are_refused_naming_them() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "a");
        assertEquals("--admin-token and --admin-token-file exclude each other",
                refused(Map.of(), "--admin-token", "x", "--admin-token-file", file.toString()));
        assertEquals("--admin-token-file: cannot read " + dir.resolve("nope") + ": no such file",
                refused(Map.of(), "--admin-token-file", dir.resolve("nope").toString()));
        Files.writeString(file, "\n");
        assertTrue(refused(Map.of(), "--admin-token-file", file.toString()).startsWith("--admin-token-file " + file
                + " gives an empty admin token"));
        Files.writeString(file, "one\ntwo\n");
        assertEquals("--admin-token-file: " + file + " must hold the token on one line",
                refused(Map.of(), "--admin-token-file", file.toString()));
        assertTrue(refused(Map.of("MOCKCLOUD_ADMIN_TOKEN", "")).startsWith("MOCKCLOUD_ADMIN_TOKEN gives an empty admin token"));
        assertTrue(refused(Map.of(), "--admin-token", "").startsWith("--admin-token gives an empty admin token"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "no-such-host.invalid"})
    void a_bind_address_that_is_no_address_is_refused_as_such(String bind) {
        assertEquals("--bind " + bind + " is not a valid IP address, nor a host name this machine can resolve",
                refused(Map.of(), "--bind", bind));
    }

    @Test
    void binding_beyond_loopback_without_a_token_warns() {
        String warning = ListenAddress.exposureWarning("0.0.0.0", null).orElseThrow();
        assertTrue(warning.startsWith("listening on 0.0.0.0 (every interface), beyond loopback, without an admin token: "),
                warning);
        assertTrue(warning.endsWith("set MOCKCLOUD_ADMIN_TOKEN or --admin-token-file"), warning);
        assertTrue(ListenAddress.exposureWarning("0.0.0.0", "t").isEmpty());
        assertTrue(ListenAddress.exposureWarning("127.0.0.1", null).isEmpty());
        assertTrue(ListenAddress.exposureWarning("localhost", null).isEmpty());
        assertTrue(ListenAddress.exposureWarning("::1", null).isEmpty());
    }

    @Test
    void an_address_this_machine_does_not_have_is_reported_as_such_not_as_a_port_in_use() {
        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never assigned to a real interface.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MockCloud.start(
                MockCloudConfig.forTests("bind-elsewhere", java.time.Instant.EPOCH).withBind("192.0.2.1")));
        assertTrue(e.getMessage().startsWith("cannot listen on 192.0.2.1 port 0: "), e.getMessage());
        assertTrue(!e.getMessage().contains("already in use"), e.getMessage());
    }
}
