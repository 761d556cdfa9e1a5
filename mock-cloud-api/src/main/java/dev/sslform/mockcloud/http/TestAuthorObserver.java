package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.FaultRules;

import java.util.ArrayList;
import java.util.List;

/** The call hooks of the test-author features: fault rules before a call runs. */
final class TestAuthorObserver implements CallObserver {
    private final FaultRules faults;

    TestAuthorObserver(FaultRules faults) {
        this.faults = faults;
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
