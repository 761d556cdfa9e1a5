package dev.sslform.mockcloud;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data-plane flags of the mockcloud command line. */
class DataPlaneFlagsTest {
    private static MockCloudConfig parse(String... args) {
        MockCloudCommand cmd = new MockCloudCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.toConfig();
    }

    @Test
    void the_data_plane_is_on_with_ephemeral_ports_by_default() {
        MockCloudConfig c = parse();
        assertTrue(c.dataPlane().enabled());
        assertEquals(0, c.dataPlane().portFrom());
        assertEquals(0, c.dataPlane().portTo());
    }

    @Test
    void in_process_test_servers_leave_the_data_plane_off_unless_asked() {
        assertFalse(MockCloudConfig.forTests("x", java.time.Instant.EPOCH).dataPlane().enabled());
        assertTrue(MockCloudConfig.forTests("x", java.time.Instant.EPOCH).withDataPlane(true).dataPlane().enabled());
    }

    @Test
    void dataplane_ports_takes_a_range_and_no_dataplane_turns_it_off() {
        MockCloudConfig c = parse("--dataplane-ports", "14330-14339");
        assertEquals(14330, c.dataPlane().portFrom());
        assertEquals(14339, c.dataPlane().portTo());
        assertFalse(parse("--no-dataplane").dataPlane().enabled());
        assertFalse(MockCloudConfig.forTests("x", java.time.Instant.EPOCH).withDataPlane(false).dataPlane().enabled());
    }

    @Test
    void a_bad_range_is_refused_with_the_flag_named() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--dataplane-ports", "20-10")).getMessage()
                .startsWith("--dataplane-ports: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--dataplane-ports", "abc")).getMessage()
                .contains("expected FROM-TO"));
        assertThrows(IllegalArgumentException.class, () -> parse("--no-dataplane", "--dataplane-ports", "1-2"));
    }
}
