package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.FaultRules;
import dev.sslform.mockcloud.core.RequestJournal;

import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;

/**
 * The call hooks of the test-author features: fault rules before a call runs, the journal once
 * it is answered (or dropped).
 */
final class TestAuthorObserver implements CallObserver {
    /** The journal's code for a call whose connection a fault rule dropped (no answer was sent). */
    static final String DROPPED = "mock.ConnectionDropped";

    private final FaultRules faults;
    private final RequestJournal journal;
    private final Clock virtual;
    private final Clock real;

    TestAuthorObserver(FaultRules faults, RequestJournal journal, Clock virtual, Clock real) {
        this.faults = faults;
        this.journal = journal;
        this.virtual = virtual;
        this.real = real;
    }

    @Override
    public void completed(Call call, String errorCode, String message) {
        long duration = System.nanoTime() - call.startNanos;
        Instant realNow = real.instant();
        Instant realStart = realNow.minusNanos(duration);
        journal.record(new RequestJournal.Entry(journal.nextSeq(), call.requestId, realStart, virtual.instant(),
                call.account == null ? null : call.account.secretId(), call.account == null ? null : call.account.appId(),
                call.region, call.action, instanceIds(call.parameters), call.parameters, errorCode, message, duration));
    }

    @Override
    public void beforeAction(Call call) {
        FaultRules.Decision d = faults.onCall(call.action, call.account == null ? null : call.account.secretId(),
                instanceIds(call.parameters));
        if (d.none()) {
            return;
        }
        if (d.delayMs() > 0) {
            try {
                // A real delay: the latency is what the client under test must observe.
                Thread.sleep(d.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (d.drop()) {
            completed(call, DROPPED, "the connection was closed without an answer by a fault rule");
            throw new DropConnection();
        }
        if (d.errorCode() != null) {
            throw new ApiException(d.errorCode(), d.errorMessage());
        }
    }

    /** {@code InstanceId} and the members of {@code InstanceIdSet}, as sent. */
    static List<String> instanceIds(JsonNode params) {
        List<String> ids = new ArrayList<>(2);
        if (params == null) {
            return ids;
        }
        JsonNode one = params.get("InstanceId");
        if (one != null && one.isTextual()) {
            ids.add(one.asText());
        }
        JsonNode set = params.get("InstanceIdSet");
        if (set != null && set.isArray()) {
            set.forEach(n -> {
                if (n.isTextual()) {
                    ids.add(n.asText());
                }
            });
        }
        return ids;
    }
}
