package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.ApplyContext;
import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.ProviderException;
import dev.sslform.plugin.provider.RemoteInstances;
import dev.sslform.plugin.provider.Resource;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.provider.api.ApiError;
import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Carries out a {@link Plan}, one change at a time, against the state the caller holds the lock
 * for. State is written after every object, and also in the middle of one when a resource
 * records an operation it has started, so an interrupted apply leaves state that knows about it.
 * A failing object is reported with its address and the rest carry on.
 */
public final class Applier {

    private static final long PROGRESS_EVERY_SECONDS = 10;

    private final TencentCloudProvider provider;
    private final StateBackend backend;
    private final Clock clock;

    public Applier(TencentCloudProvider provider, StateBackend backend, Clock clock) {
        this.provider = provider;
        this.backend = backend;
        this.clock = clock;
    }

    /**
     * @param base the state read under the lock, the one the plan was made from
     * @param out  receives Terraform-style progress lines
     */
    public ApplyResult apply(Plan plan, State base, Consumer<String> out) {
        State[] state = {base};
        if (!plan.refreshed().resources().equals(base.resources())) {
            state[0] = backend.write(base.withResources(plan.refreshed().resources()));
        }
        RemoteInstances remote = provider.remote();
        int added = 0;
        int changed = 0;
        int destroyed = 0;
        List<Diagnostic> errors = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            if (!c.isChange()) {
                continue;
            }
            Resource r = provider.resource(c.type()).orElseThrow();
            ResourceAddress a = c.address();
            String verb = switch (c.action()) {
                case CREATE -> "Creating";
                case DELETE -> "Destroying";
                case REPLACE -> "Replacing";
                default -> "Modifying";
            };
            Instant start = clock.instant();
            Object id = (c.before() != null ? c.before() : c.after()).get("instance_id");
            out.accept(a + ": " + verb + "... [id=" + id + "]");
            long[] lastTick = {0};
            ApplyContext ctx = new ApplyContext() {
                @Override
                public void record(Map<String, Object> s) {
                    state[0] = backend.write(state[0].withInstance(a, new ResourceInstanceState(a.key(), 0, s, null)));
                }

                @Override
                public void progress(Duration elapsed) {
                    long tick = elapsed.toSeconds() / PROGRESS_EVERY_SECONDS;
                    if (tick > lastTick[0]) {
                        lastTick[0] = tick;
                        out.accept(a + ": " + verb + "... [" + tick * PROGRESS_EVERY_SECONDS + "s elapsed]");
                    }
                }

                @Override
                public void info(String message) {
                    out.accept(a + ": " + message);
                }
            };
            try {
                switch (c.action()) {
                    case CREATE -> {
                        ctx.record(r.create(a.toString(), c.after(), remote, ctx));
                        added++;
                    }
                    case UPDATE -> {
                        ctx.record(r.update(a.toString(), c.before(), c.after(), remote, ctx));
                        changed++;
                    }
                    case DELETE -> {
                        r.delete(a.toString(), c.before(), remote, ctx);
                        state[0] = backend.write(state[0].without(a));
                        destroyed++;
                    }
                    case REPLACE -> {
                        r.delete(a.toString(), c.before(), remote, ctx);
                        state[0] = backend.write(state[0].without(a));
                        destroyed++;
                        ctx.record(r.create(a.toString(), c.after(), remote, ctx));
                        added++;
                    }
                    default -> {
                    }
                }
                long secs = Duration.between(start, clock.instant()).toSeconds();
                String done = switch (c.action()) {
                    case CREATE -> "Creation complete";
                    case DELETE -> "Destruction complete";
                    case REPLACE -> "Replacement complete";
                    default -> "Modifications complete";
                };
                out.accept(a + ": " + done + " after " + secs + "s" + (c.action() == Action.DELETE ? "" : " [id=" + id + "]"));
            } catch (RuntimeException e) {
                errors.add(diagnostic(a.toString(), e));
            }
        }
        return new ApplyResult(added, changed, destroyed, errors, state[0]);
    }

    /** An error for the user: Tencent code, message and RequestId for API errors, with the address. */
    static Diagnostic diagnostic(String address, RuntimeException e) {
        if (e instanceof ApiError api) {
            return Diagnostic.error(address, api.action() + " failed: " + api.code(),
                    "[" + api.code() + "] " + api.serverMessage() + (api.requestId() == null ? "" : "\nRequestId: " + api.requestId()));
        }
        if (e instanceof ProviderException p) {
            return Diagnostic.error(address, p.summary(), p.getMessage());
        }
        return Diagnostic.error(address, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }
}
