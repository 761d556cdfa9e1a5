package dev.sslform.plugin.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State files as users keep them: behind symbolic links, group-shared, and written by newer sslforms. */
class StateFilesAsKeptTest {

    @TempDir
    Path dir;

    @Test
    void a_symlinked_state_is_written_through_the_link_and_locked_beside_its_target() throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path target = dir.resolve("shared/real.tfstate");
        Path linkA = dir.resolve("a/sslform.tfstate");
        Path linkB = dir.resolve("b/sslform.tfstate");
        Files.createSymbolicLink(linkA, Path.of("../shared/real.tfstate"));
        Files.createSymbolicLink(linkB, Path.of("../shared/real.tfstate"));

        LocalStateBackend a = new LocalStateBackend(linkA);
        try (Lock lock = a.lock(LockRequest.of("OperationTypeApply", Duration.ZERO))) {
            assertEquals(dir.resolve("shared/real.tfstate.lock.info"), a.lockPath());
            assertTrue(Files.exists(dir.resolve("shared/real.tfstate.lock.info")));
            // Another checkout linking the same target is locked out.
            LocalStateBackend b = new LocalStateBackend(linkB);
            assertThrows(StateLockedException.class, () -> b.lock(LockRequest.of("OperationTypePlan", Duration.ZERO)));
            a.write(a.read());
            a.write(a.read());
        }
        assertTrue(Files.isSymbolicLink(linkA), "the link is still a link");
        assertEquals(2, new LocalStateBackend(target).read().serial(), "the shared target was written");
        assertEquals(2, new LocalStateBackend(linkB).read().serial());
    }

    @Test
    void mode_group_and_owner_of_an_existing_state_survive_the_atomic_rename() throws Exception {
        Path file = dir.resolve("sslform.tfstate");
        LocalStateBackend first = new LocalStateBackend(file);
        first.write(first.read());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        // As root (the test machine), hand the file to another user and group, as a shared checkout has it.
        var lookup = file.getFileSystem().getUserPrincipalLookupService();
        Optional<UserPrincipal> nobody = Optional.empty();
        Optional<GroupPrincipal> group = Optional.empty();
        try {
            UserPrincipal u = lookup.lookupPrincipalByName("nobody");
            GroupPrincipal g = lookup.lookupPrincipalByGroupName("daemon");
            Files.setOwner(file, u);
            Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(g);
            nobody = Optional.of(u);
            group = Optional.of(g);
        } catch (java.io.IOException e) {
            // not root: the owner stays ours, and the mode is what is checked
        }

        LocalStateBackend next = new LocalStateBackend(file);
        next.write(next.read());

        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        if (nobody.isPresent()) {
            assertEquals(nobody.get(), Files.getOwner(file));
            assertEquals(group.get(), Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group());
        }
        assertEquals(2, next.read().serial());
    }

    @Test
    void a_state_written_by_a_newer_sslform_is_refused_and_left_as_it_is() throws Exception {
        Path file = dir.resolve("sslform.tfstate");
        String newer = """
                {"version": 4, "terraform_version": "sslform-9.0.0", "serial": 3, "lineage": "l-1",
                 "outputs": {}, "resources": [], "check_results": null, "future_field": {"kept": true}}
                """;
        Files.writeString(file, newer);
        LocalStateBackend b = new LocalStateBackend(file);
        CorruptStateException e = assertThrows(CorruptStateException.class, b::read);
        assertTrue(e.getMessage().contains("was written by sslform 9.0.0, newer than this " + State.TOOL_VERSION), e.getMessage());
        assertThrows(CorruptStateException.class, () -> b.write(State.empty()));
        assertEquals(newer, Files.readString(file));

        assertTrue(!StateCodec.newerTool("sslform-0.1.0") && StateCodec.newerTool("sslform-0.10.0") && StateCodec.newerTool("9.0.0"));
    }

    @Test
    void the_writing_sslform_is_recorded_beside_a_plain_terraform_version_and_checked() throws Exception {
        Path file = dir.resolve("sslform.tfstate");
        LocalStateBackend b = new LocalStateBackend(file);
        b.write(State.empty());
        String written = Files.readString(file);
        assertTrue(written.contains("\"terraform_version\" : \"" + State.TOOL_VERSION + "\""), written);
        assertTrue(written.contains("\"sslform_version\" : \"" + State.TOOL_VERSION + "\""), written);

        // A newer sslform that writes a plain terraform_version is still recognised by its own key.
        Files.writeString(file, written.replace("\"sslform_version\" : \"" + State.TOOL_VERSION + "\"", "\"sslform_version\" : \"99.0.0\""));
        assertThrows(CorruptStateException.class, b::read);

        // A state Terraform wrote (its own version, no sslform key) is read as before.
        Files.writeString(file, """
                {"version": 4, "terraform_version": "1.9.8", "serial": 3, "lineage": "l-1", "outputs": {}, "resources": []}
                """);
        assertEquals(3, b.read().serial());
    }
}
