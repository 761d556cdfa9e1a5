package dev.sslform.plugin.provider;

import dev.sslform.plugin.provider.api.DBInstance;
import dev.sslform.plugin.provider.api.DescribeDBInstances;
import dev.sslform.plugin.provider.api.DescribeDBInstancesAttribute;
import dev.sslform.plugin.provider.api.DescribeMaintenanceSpan;
import dev.sslform.plugin.provider.api.FlowWaiter;
import dev.sslform.plugin.provider.api.SSLConfig;
import dev.sslform.plugin.provider.api.SqlServerApi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-through cache of the instances one run looks at: {@link #prefetch} describes many ids
 * with batched {@code DescribeDBInstances} calls (100 ids a page, {@code PaginationType=offset});
 * {@code DescribeDBInstancesAttribute} and {@code DescribeMaintenanceSpan} are called once per
 * instance, on demand. {@link #invalidate} forgets one instance after it was changed. The run's
 * flows are awaited through {@link #flows()}, one {@link FlowWaiter} shared by every worker so
 * their watch calls are batched together.
 *
 * <p>Thread-safe, and no lock is held during an API call, so a parallel refresh or apply reads
 * many instances at once (the rate limiter, not this cache, bounds the call rate). Two threads
 * asking for the same uncached instance at the same moment may both call the API; the engine
 * gives each instance to one worker, so that does not happen in practice.
 */
public final class RemoteInstances {

    public static final int PAGE = 100;

    private final SqlServerApi api;
    private final FlowWaiter flows;
    private final Map<String, Optional<DBInstance>> instances = new ConcurrentHashMap<>();
    private final Map<String, SSLConfig> ssl = new ConcurrentHashMap<>();
    private final Map<String, DescribeMaintenanceSpan.Response> spans = new ConcurrentHashMap<>();
    private final Set<String> planReads = ConcurrentHashMap.newKeySet();

    public RemoteInstances(SqlServerApi api, FlowWaiter flows) {
        this.api = api;
        this.flows = flows;
    }

    public SqlServerApi api() {
        return api;
    }

    /** The run's flow waiter. */
    public FlowWaiter flows() {
        return flows;
    }

    /** Describes every id not seen yet, 100 a call; ids the API does not return are remembered as absent. */
    public void prefetch(Collection<String> ids) {
        List<String> todo = new ArrayList<>(new LinkedHashSet<>(ids));
        todo.removeIf(id -> id == null || id.isBlank() || instances.containsKey(id));
        for (int from = 0; from < todo.size(); from += PAGE) {
            List<String> batch = todo.subList(from, Math.min(todo.size(), from + PAGE));
            long offset = 0;
            while (true) {
                DescribeDBInstances.Response r = api.describeDBInstances(DescribeDBInstances.Request.byIds(batch, offset, PAGE));
                r.dbInstances().forEach(i -> instances.put(i.instanceId(), Optional.of(i)));
                offset += r.dbInstances().size();
                if (r.dbInstances().isEmpty() || r.totalCount() == null || offset >= r.totalCount()) {
                    break;
                }
            }
            batch.forEach(id -> instances.putIfAbsent(id, Optional.empty()));
        }
    }

    /** The instance, or empty when the API does not know it. */
    public Optional<DBInstance> instance(String id) {
        if (!instances.containsKey(id)) {
            prefetch(List.of(id));
        }
        return instances.getOrDefault(id, Optional.empty());
    }

    /** True when the instance exists and is not isolated, recycled or offline. */
    public boolean exists(String id) {
        return instance(id).filter(i -> !i.isGone()).isPresent();
    }

    public SSLConfig ssl(String id) {
        SSLConfig c = ssl.get(id);
        if (c == null) {
            DescribeDBInstancesAttribute.Response r = api.describeDBInstancesAttribute(new DescribeDBInstancesAttribute.Request(id));
            c = r.sslConfig() == null ? new SSLConfig("disable", "", 0L, 0L, "", "") : r.sslConfig();
            ssl.put(id, c);
        }
        return c;
    }

    public DescribeMaintenanceSpan.Response maintenance(String id) {
        DescribeMaintenanceSpan.Response r = spans.get(id);
        if (r == null) {
            r = api.describeMaintenanceSpan(new DescribeMaintenanceSpan.Request(id));
            spans.put(id, r);
        }
        return r;
    }

    /** Forgets what is known about {@code id}, so the next look asks the API again. */
    public void invalidate(String id) {
        planReads.remove(id);
        instances.remove(id);
        ssl.remove(id);
        spans.remove(id);
    }

    /**
     * Marks every SSL configuration read so far as read by the plan, before the apply that now
     * takes this cache over. Such a read is seconds or minutes old: good enough to choose an
     * enable or disable (the API refuses a repeat, or a change while another runs, and the
     * resource then reads again), not to send a renew (which the API would carry out twice).
     */
    public RemoteInstances handOverToApply() {
        planReads.addAll(ssl.keySet());
        return this;
    }

    /** Whether what is cached of {@code id}'s SSL was read by the plan rather than during the apply. */
    public boolean readByPlan(String id) {
        return planReads.contains(id) && ssl.containsKey(id);
    }

    /**
     * What was seen of every instance looked at so far, by id: whether it exists, and the SSL
     * fields as the API returned them (the raw {@code Encryption}, e.g. {@code wait_doing}) when
     * they were read. The validity flag is left out: it turns over with the clock alone.
     */
    public Map<String, Map<String, Object>> observed() {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        instances.forEach((id, inst) -> out.put(id, observe(inst, ssl.get(id))));
        return out;
    }

    /** The same fields as {@link #observed} for {@code id}, read through this cache (a fresh one reads the API). */
    public Map<String, Object> observeCached(String id, boolean withSsl) {
        Optional<DBInstance> inst = instance(id);
        return observe(inst, withSsl && inst.filter(i -> !i.isGone()).isPresent() ? ssl(id) : null);
    }

    private static Map<String, Object> observe(Optional<DBInstance> inst, SSLConfig c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("exists", inst.filter(i -> !i.isGone()).isPresent());
        if (c != null) {
            m.put("encryption", c.encryption());
            m.put("is_kms", c.isKms());
            m.put("cmk_id", c.cmkId());
            m.put("cmk_region", c.cmkRegion());
            m.put("ssl_validity_period", c.sslValidityPeriod());
        }
        return m;
    }
}
