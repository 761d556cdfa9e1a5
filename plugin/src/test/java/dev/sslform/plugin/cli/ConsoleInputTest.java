package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When an interactive console entry continues on the next line, as Terraform's console decides it. */
class ConsoleInputTest {

    @Test
    void open_brackets_heredocs_and_template_sequences_continue() {
        assertTrue(ConsoleInput.couldContinue(List.of("{")));
        assertTrue(ConsoleInput.couldContinue(List.of("[1,", "2")));
        assertTrue(ConsoleInput.couldContinue(List.of("max(1,")));
        assertTrue(ConsoleInput.couldContinue(List.of("<<EOT", "text")));
    }

    @Test
    void complete_invalid_or_blank_entries_do_not() {
        assertFalse(ConsoleInput.couldContinue(List.of("1 + 1")));
        assertFalse(ConsoleInput.couldContinue(List.of("{", "a = 1", "}")));
        assertFalse(ConsoleInput.couldContinue(List.of("<<EOT", "text", "EOT")));
        assertFalse(ConsoleInput.couldContinue(List.of("[1,", "")), "a blank line ends the entry");
        assertFalse(ConsoleInput.couldContinue(List.of("(]")), "mismatched brackets are evaluated, and reported, at once");
        assertFalse(ConsoleInput.couldContinue(List.of("[ @")), "an invalid character is reported at once");
    }
}
