package dev.sslform.mockcloud.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestJournalTest {
    final RequestJournal journal = new RequestJournal(3);

    void record(String action) {
        journal.record(new RequestJournal.Entry(journal.nextSeq(), "r", Instant.EPOCH, Instant.EPOCH, "AKID", 1L, "ap-guangzhou",
                action, List.of(), null, null, null, 0));
    }

    List<String> actions(int limit) {
        return journal.list(e -> true, limit).stream().map(RequestJournal.Entry::action).toList();
    }

    @Test
    void it_keeps_the_last_capacity_calls_oldest_first() {
        for (String a : List.of("a", "b", "c", "d", "e")) {
            record(a);
        }
        assertEquals(List.of("c", "d", "e"), actions(10));
        assertEquals(List.of("d", "e"), actions(2));
    }

    @Test
    void a_filter_and_clear() {
        record("a");
        record("b");
        assertEquals(List.of("b"), journal.list(e -> e.action().equals("b"), 10).stream().map(RequestJournal.Entry::action).toList());
        journal.clear();
        assertEquals(List.of(), actions(10));
        record("c");
        assertEquals(List.of("c"), actions(10));
        assertEquals(3, journal.list(e -> true, 10).get(0).seq() + 1);
    }
}
