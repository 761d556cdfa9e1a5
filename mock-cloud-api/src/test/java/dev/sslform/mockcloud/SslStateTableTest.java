package dev.sslform.mockcloud;

import dev.sslform.mockcloud.testkit.Lab;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, request) pair of the SSL state machine over the wire: the next
 * {@code Status/Encryption} or the exact error code (decisions D3–D8 of the spec). The clock
 * stays on a Tuesday morning, far from the default Monday window, so waiting operations wait.
 */
class SslStateTableTest {
    static final String REPEAT = "UnsupportedOperation.NotSupportRepeat";
    static final String INVALID = "ResourceUnavailable.InstanceStatusInvalid";
    static final String RO = "ResourceUnavailable.NotSupportRoInstance";
    static final String NOT_FOUND = "ResourceNotFound.InstanceNotFound";
    static final String ILLEGAL = "InvalidParameter.InputIllegal";

    static Lab lab;

    @BeforeAll
    static void start() {
        lab = Lab.start("state-table", "2026-12-01T09:00:00+08:00");
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    /** The states an instance can be in, with the {@code Status/Encryption} each shows. */
    enum Start {
        DISABLE_NEVER_ENABLED("2/disable"),
        ENABLE("2/enable"),
        DISABLE_AFTER_ENABLE("2/disable"),
        WAIT_DOING_ENABLE("13/wait_doing"),
        WAIT_DOING_DISABLE("13/wait_doing"),
        WAIT_DOING_RENEW("13/wait_doing"),
        ENABLE_DOING("7/enable_doing"),
        DISABLE_DOING("7/disable_doing"),
        RENEW_DOING("7/renew_doing");

        final String shows;

        Start(String shows) {
            this.shows = shows;
        }
    }

    static final String NOW_ENABLE = "7/enable_doing";
    static final String NOW_DISABLE = "7/disable_doing";
    static final String NOW_RENEW = "7/renew_doing";
    static final String WAIT = "13/wait_doing";

    /**
     * The table: per state, the outcome of enable/0, enable/1, disable/0, disable/1, renew/0,
     * renew/1. An outcome with a slash is the accepted request's next state; otherwise an error code.
     */
    static Stream<Arguments> table() {
        Object[][] rows = {
            {Start.DISABLE_NEVER_ENABLED, NOW_ENABLE, WAIT, REPEAT, REPEAT, INVALID, INVALID},
            {Start.ENABLE, REPEAT, REPEAT, NOW_DISABLE, WAIT, NOW_RENEW, WAIT},
            {Start.DISABLE_AFTER_ENABLE, NOW_ENABLE, WAIT, REPEAT, REPEAT, INVALID, INVALID},
            // D4 comes before D3: a busy instance answers InstanceStatusInvalid, never NotSupportRepeat.
            {Start.WAIT_DOING_ENABLE, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID},
            {Start.WAIT_DOING_DISABLE, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID},
            {Start.WAIT_DOING_RENEW, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID},
            {Start.ENABLE_DOING, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID},
            {Start.DISABLE_DOING, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID},
            {Start.RENEW_DOING, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID},
        };
        String[] types = {"enable", "enable", "disable", "disable", "renew", "renew"};
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : rows) {
            for (int c = 0; c < 6; c++) {
                out.add(Arguments.of(row[0], types[c], c % 2, row[c + 1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} + {1} WaitSwitch {2} -> {3}")
    @MethodSource("table")
    void each_state_and_request_gives_the_next_state_or_the_documented_error(Start start, String type, int waitSwitch,
                                                                              String expected) {
        Lab.Created inst = prepare(start);
        Response r = lab.modify(inst.id(), type, waitSwitch);
        String code = Lab.errorCode(r);
        if (expected.contains("/")) {
            assertNull(code, () -> "expected acceptance, got " + r.asString());
            long flowId = Lab.flowIdOf(r);
            assertTrue(flowId > 0);
            assertEquals(expected, lab.state(inst.id()));
            assertEquals(expected, lab.state(inst.replicas().get(0)), "the replica follows its master");
            assertEquals(2, lab.flowStatus(flowId));
        } else {
            assertEquals(expected, code, () -> "response: " + r.asString());
            assertFalse(Lab.errorMessage(r).isBlank(), "the error explains itself");
            assertEquals(start.shows, lab.state(inst.id()), "a refused request changes nothing");
        }
    }

    static Stream<Arguments> requests() {
        List<Arguments> out = new ArrayList<>();
        for (Start s : List.of(Start.DISABLE_NEVER_ENABLED, Start.ENABLE, Start.WAIT_DOING_ENABLE, Start.RENEW_DOING)) {
            for (String type : List.of("enable", "disable", "renew")) {
                for (int ws = 0; ws <= 1; ws++) {
                    out.add(Arguments.of(s, type, ws));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "replica of {0} + {1} WaitSwitch {2}")
    @MethodSource("requests")
    void a_request_on_a_replica_is_refused_whatever_the_state(Start start, String type, int waitSwitch) {
        Lab.Created inst = prepare(start);
        Response r = lab.modify(inst.replicas().get(0), type, waitSwitch);
        assertEquals(RO, Lab.errorCode(r), () -> r.asString());
        assertTrue(Lab.errorMessage(r).contains(inst.id()), "the message names the master");
        assertEquals(start.shows, lab.state(inst.id()));
    }

    @ParameterizedTest(name = "unknown instance + {1} WaitSwitch {2}")
    @MethodSource("requests")
    void a_request_on_an_unknown_instance_is_not_found(Start ignored, String type, int waitSwitch) {
        Response r = lab.modify("mssql-nosuch00", type, waitSwitch);
        assertEquals(NOT_FOUND, Lab.errorCode(r), () -> r.asString());
        assertTrue(Lab.errorMessage(r).contains("mssql-nosuch00"));
    }

    static Stream<Arguments> illegal() {
        return Stream.of(
                Arguments.of("Type toggle", "\"Type\":\"toggle\",\"WaitSwitch\":0"),
                Arguments.of("Type ENABLE (case matters)", "\"Type\":\"ENABLE\",\"WaitSwitch\":0"),
                Arguments.of("WaitSwitch 2", "\"Type\":\"enable\",\"WaitSwitch\":2"),
                Arguments.of("WaitSwitch -1", "\"Type\":\"enable\",\"WaitSwitch\":-1"),
                Arguments.of("IsKMS 2", "\"Type\":\"enable\",\"WaitSwitch\":0,\"IsKMS\":2"),
                Arguments.of("IsKMS 1 without key", "\"Type\":\"enable\",\"WaitSwitch\":0,\"IsKMS\":1"),
                Arguments.of("IsKMS 1 without KeyRegion", "\"Type\":\"enable\",\"WaitSwitch\":0,\"IsKMS\":1,\"KeyId\":\"k-1\""),
                Arguments.of("IsKMS 1 without KeyId", "\"Type\":\"enable\",\"WaitSwitch\":0,\"IsKMS\":1,\"KeyRegion\":\"ap-guangzhou\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegal")
    void illegal_input_is_refused_and_changes_nothing(String what, String fields) {
        Lab.Created inst = prepare(Start.DISABLE_NEVER_ENABLED);
        Response r = lab.api.call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + inst.id() + "\"," + fields + "}");
        assertEquals(ILLEGAL, Lab.errorCode(r), () -> r.asString());
        assertEquals("2/disable", lab.state(inst.id()));
    }

    /** A fresh instance with one replica, driven into {@code start}. */
    static Lab.Created prepare(Start start) {
        Lab.Created inst = lab.create(1);
        String id = inst.id();
        switch (start) {
            case DISABLE_NEVER_ENABLED -> {
            }
            case ENABLE -> enabled(id);
            case DISABLE_AFTER_ENABLE -> {
                enabled(id);
                lab.accepted(id, "disable", 0);
                lab.advance("PT20S");
            }
            case WAIT_DOING_ENABLE -> lab.accepted(id, "enable", 1);
            case WAIT_DOING_DISABLE -> {
                enabled(id);
                lab.accepted(id, "disable", 1);
            }
            case WAIT_DOING_RENEW -> {
                enabled(id);
                lab.accepted(id, "renew", 1);
            }
            case ENABLE_DOING -> lab.accepted(id, "enable", 0);
            case DISABLE_DOING -> {
                enabled(id);
                lab.accepted(id, "disable", 0);
            }
            case RENEW_DOING -> {
                enabled(id);
                lab.accepted(id, "renew", 0);
            }
        }
        assertEquals(start.shows, lab.state(id), "set-up reached " + start);
        return inst;
    }

    private static void enabled(String id) {
        lab.accepted(id, "enable", 0);
        lab.advance("PT20S");
    }
}
