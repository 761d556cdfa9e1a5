package dev.sslform.plugin.testkit;

import dev.sslform.plugin.provider.api.ApiError;
import dev.sslform.plugin.provider.api.DescribeDBInstances;
import dev.sslform.plugin.provider.api.DescribeDBInstancesAttribute;
import dev.sslform.plugin.provider.api.DescribeFlowStatus;
import dev.sslform.plugin.provider.api.DescribeMaintenanceSpan;
import dev.sslform.plugin.provider.api.ModifyDBInstanceSSL;
import dev.sslform.plugin.provider.api.ModifyMaintenanceSpan;
import dev.sslform.plugin.provider.api.SqlServerApi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A fake {@link SqlServerApi}: per action, a queue of scripted answers (a response or an {@link
 * ApiError}); the last answer repeats once the queue is down to one. Records every call.
 */
public final class ScriptedSqlServerApi implements SqlServerApi {

    private final Map<String, Deque<Supplier<Object>>> script = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    public synchronized ScriptedSqlServerApi then(String action, Object response) {
        script.computeIfAbsent(action, a -> new ArrayDeque<>()).add(() -> response);
        return this;
    }

    public synchronized ScriptedSqlServerApi thenFail(String action, String code) {
        script.computeIfAbsent(action, a -> new ArrayDeque<>()).add(() -> {
            throw new ApiError(action, code, "scripted", "req-" + code);
        });
        return this;
    }

    public ScriptedSqlServerApi flowStatuses(long... statuses) {
        for (long s : statuses) {
            then(DescribeFlowStatus.ACTION, new DescribeFlowStatus.Response(s, "req-flow"));
        }
        return this;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T answer(String action) {
        calls.add(action);
        Deque<Supplier<Object>> q = script.get(action);
        if (q == null || q.isEmpty()) {
            throw new AssertionError("no scripted answer for " + action);
        }
        Supplier<Object> next = q.size() > 1 ? q.poll() : q.peek();
        return (T) next.get();
    }

    @Override
    public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request request) {
        return answer(DescribeDBInstances.ACTION);
    }

    @Override
    public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request request) {
        return answer(DescribeDBInstancesAttribute.ACTION);
    }

    @Override
    public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request request) {
        return answer(ModifyDBInstanceSSL.ACTION);
    }

    @Override
    public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request request) {
        return answer(DescribeFlowStatus.ACTION);
    }

    @Override
    public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request request) {
        return answer(DescribeMaintenanceSpan.ACTION);
    }

    @Override
    public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request request) {
        return answer(ModifyMaintenanceSpan.ACTION);
    }
}
