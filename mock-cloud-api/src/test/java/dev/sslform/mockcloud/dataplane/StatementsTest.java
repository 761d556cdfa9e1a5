package dev.sslform.mockcloud.dataplane;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementsTest {
    @Test
    void the_seed_query_is_recognised_in_any_case_spacing_and_with_a_semicolon() {
        assertEquals(Statements.ENCRYPT_OPTION, Statements.classify(Jdbc.QUERY));
        assertEquals(Statements.ENCRYPT_OPTION,
                Statements.classify("  select encrypt_option\n  from sys.dm_exec_connections where session_id=@@spid ;"));
    }

    @Test
    void version_spid_one_and_set_batches_are_answered_and_the_rest_is_not() {
        assertEquals(Statements.VERSION, Statements.classify("SELECT @@version"));
        assertEquals(Statements.SPID, Statements.classify("select @@spid"));
        assertEquals(Statements.ONE, Statements.classify("SELECT 1"));
        assertEquals(Statements.SET_ONLY, Statements.classify("set textsize 2147483647\nset quoted_identifier on\n"
                + "set ansi_nulls on; SET XACT_ABORT OFF"));
        assertEquals(Statements.UNSUPPORTED, Statements.classify("set nocount on\nselect * from t"));
        assertEquals(Statements.UNSUPPORTED, Statements.classify("SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS"));
        assertEquals(Statements.UNSUPPORTED, Statements.classify("DROP TABLE x"));
    }
}
