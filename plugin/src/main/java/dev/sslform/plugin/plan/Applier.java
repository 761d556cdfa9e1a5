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
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Carries out a {@link Plan} against the state the caller holds the lock for, up to
 * {@code parallelism} objects at once, in dependency order ({@link ApplySchedule}: a change after
 * the changes of what it depends on, a destroy after those of what depends on it; changes to the
 * same instance id one after another, its maintenance window first). Each object's state records
 * its resource's dependencies, as Terraform's does. Each operation is written to state as requested
 * before the call that starts it ({@link ApplyContext#intend}) and again with its flow id once the
 * API accepted it, so an interrupted or killed apply leaves state that knows about it; an object's
 * final state joins the next such write (or the last one, at the end) without holding its worker
 * up. Concurrent writes share one file write ({@link StateKeeper}). A failing object is reported
 * with its address and the rest carry on. The first state write that fails stops the apply from
 * starting anything (an accepted operation is never reported as failed); the write is retried at
 * the end, and what the stored state still lacks is returned as {@link UnsavedState}.
 */
public final class Applier {

    private static final long PROGRESS_EVERY_SECONDS = 10;

    private final Providers providers;
    private final StateBackend backend;
    private final Clock clock;
    private final int parallelism;
    private Interruption interruption = new Interruption();
    private ApplyHook hook = ApplyHook.NONE;

    public Applier(TencentCloudProvider provider, StateBackend backend, Clock clock) {
        this(provider, backend, clock, 1);
    }

    public Applier(TencentCloudProvider provider, StateBackend backend, Clock clock, int parallelism) {
        this(Providers.single(provider), backend, clock, parallelism);
    }

    /** An applier over several provider configurations: each change is made with its own ({@link ResourceChange#provider}). */
    public Applier(Providers providers, StateBackend backend, Clock clock, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.providers = providers;
        this.backend = backend;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /** Listens to {@code i}: after its first signal nothing new starts and flow waits stop; its second writes state. */
    public Applier interruptedBy(Interruption i) {
        this.interruption = i;
        return this;
    }

    /** Reports each object's operation to {@code h} as well as in the text lines (the JSON UI uses it). */
    public Applier hookedBy(ApplyHook h) {
        this.hook = h;
        return this;
    }

    /**
     * @param base the state read under the lock, the one the plan was made from
     * @param out  receives Terraform-style progress lines, one whole line per call, never concurrently
     */
    public ApplyResult apply(Plan plan, State base, Consumer<String> out) {
        return apply(plan, base, out, providers.fresh());
    }

    /** As {@link #apply(Plan, State, Consumer, Providers)} with the default configuration only, taking over its read cache. */
    public ApplyResult apply(Plan plan, State base, Consumer<String> out, RemoteInstances planReads) {
        return apply(plan, base, out, Providers.single(providers.provider(Providers.DEFAULT), planReads));
    }

    /**
     * As {@link #apply(Plan, State, Consumer)}, taking over the read cache the plan was made with
     * (or the saved plan checked with), so a change can be chosen on the plan's read instead of
     * reading the instance again ({@link RemoteInstances#handOverToApply}).
     */
    public ApplyResult apply(Plan plan, State base, Consumer<String> out, Providers planReads) {
        StateKeeper state = new StateKeeper(backend, base);
        if (!plan.refreshed().resources().equals(base.resources())) {
            state.update(s -> s.withResources(plan.refreshed().resources()));
            state.tryPersist();
        }
        Set<ResourceAddress> touched = ConcurrentHashMap.newKeySet();
        Providers remote = planReads.handOverToApply();
        List<ResourceChange> todo = plan.changes().stream().filter(ResourceChange::isChange).toList();
        ApplySchedule schedule = ApplySchedule.of(plan, todo, c -> remote.resource(c.type()).map(Resource::applyOrder).orElse(0));
        List<ResourceAddress> cycle = schedule.cycle();
        if (!cycle.isEmpty()) {
            // Terraform refuses such a configuration before planning; nothing is started.
            Diagnostic d = Diagnostic.error(null, "Cycle: " + String.join(", ", cycle.stream().map(ResourceAddress::toString).toList()),
                    "These changes wait for each other through depends_on, references between their resources, or changes to one"
                            + " instance (its maintenance window before its SSL), so none of them can start. Remove the dependency that"
                            + " closes the circle.");
            state.finish();
            return new ApplyResult(0, 0, 0, List.of(d), state.current(), List.of(), List.of(), null);
        }
        ApplyProgress progress = new ApplyProgress(out, clock, todo.size());
        AtomicInteger added = new AtomicInteger();
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger destroyed = new AtomicInteger();
        List<Diagnostic> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<ResourceAddress> stillRunning = java.util.Collections.synchronizedList(new ArrayList<>());
        List<ResourceAddress> notStarted = java.util.Collections.synchronizedList(new ArrayList<>());
        AutoCloseable hook = interruption.onAbort(state::persist);
        schedule.run(parallelism, c -> {
            if (interruption.stopRequested() || state.broken() != null) {
                notStarted.add(c.address());
                return ApplySchedule.Outcome.FAILED;
            }
            Instant began = clock.instant();
            try {
                if (!remote.has(c.provider())) {
                    Diagnostic missing = Providers.notPresent(c.address().toString(), c.provider());
                    throw new ProviderException(missing.summary(), missing.detail(), null);
                }
                applyOne(c, plan, remote.remote(c.provider()), state, progress, added, changed, destroyed, touched);
                progress.finished(true);
                return ApplySchedule.Outcome.DONE;
            } catch (StateKeeper.StateWriteStopped e) {
                // Its operation was not recorded, so it was not started.
                notStarted.add(c.address());
                progress.line(c.address() + ": Not started: state could not be written, so nothing was sent");
            } catch (ProviderException e) {
                if (e.getCause() instanceof StateKeeper.StateWriteStopped) {
                    notStarted.add(c.address());
                    return ApplySchedule.Outcome.FAILED;
                }
                if (!e.summary().equals("Interrupted")) {
                    errors.add(diagnostic(c.address().toString(), e));
                    this.hook.errored(c, Duration.between(began, clock.instant()));
                    progress.line(c.address() + ": Failed: " + firstLine(e));
                    progress.finished(false);
                    return ApplySchedule.Outcome.FAILED;
                }
                stillRunning.add(c.address());
                progress.line(c.address() + (state.broken() != null && !interruption.stopRequested()
                        ? ": Still running remotely; stopped waiting because state can no longer be written"
                        : ": Still running remotely after the interrupt (recorded as pending in state)"));
            } catch (RuntimeException e) {
                errors.add(diagnostic(c.address().toString(), e));
                this.hook.errored(c, Duration.between(began, clock.instant()));
                progress.line(c.address() + ": Failed: " + firstLine(e));
                progress.finished(false);
            }
            return ApplySchedule.Outcome.FAILED;
        }, (c, failed) -> {
            if (interruption.stopRequested() || state.broken() != null) {
                notStarted.add(c.address());
                return;
            }
            // As Terraform, a change whose dependency failed is not made; the line says why it is missing.
            progress.line(c.address() + ": Not started: it depends on " + failed.address() + ", which did not complete");
            progress.finished(false);
        });
        try {
            hook.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        RuntimeException failed = state.finish();
        UnsavedState unsaved = null;
        if (failed != null) {
            unsaved = new UnsavedState(failed.getMessage(), state.current(), UnsavedState.between(state.stored(), state.current(), touched), false);
        } else if (state.brokenOnce() != null) {
            unsaved = new UnsavedState(state.brokenOnce().getMessage(), state.current(), List.of(), true);
        }
        List<Diagnostic> ordered = new ArrayList<>(errors);
        ordered.sort(java.util.Comparator.comparing(d -> String.valueOf(d.address())));
        List<ResourceAddress> running = new ArrayList<>(stillRunning);
        running.sort(java.util.Comparator.comparing(ResourceAddress::toString));
        List<ResourceAddress> skipped = new ArrayList<>(notStarted);
        skipped.sort(java.util.Comparator.comparing(ResourceAddress::toString));
        return new ApplyResult(added.get(), changed.get(), destroyed.get(), ordered, state.current(), running, skipped, unsaved);
    }

    private static String firstLine(RuntimeException e) {
        String m = e instanceof ApiError api ? "[" + api.code() + "] " + api.serverMessage() : String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void applyOne(ResourceChange c, Plan plan, RemoteInstances remote, StateKeeper state, ApplyProgress progress,
                          AtomicInteger added, AtomicInteger changed, AtomicInteger destroyed, Set<ResourceAddress> touched) {
        Resource r = providers.resource(c.type()).orElseThrow();
        ResourceAddress a = c.address();
        // What the object depends on, recorded with it as Terraform records an instance's dependencies.
        List<String> deps = plan.dependenciesOf(a).stream().map(ResourceAddress::toString).toList();
        String verb = switch (c.action()) {
            case CREATE -> "Creating";
            case DELETE -> "Destroying";
            case REPLACE -> "Replacing";
            default -> "Modifying";
        };
        Instant start = clock.instant();
        Object id = (c.before() != null ? c.before() : c.after()).get("instance_id");
        progress.line(a + ": " + verb + "... [id=" + id + "]");
        hook.started(c, id);
        long[] lastTick = {0};
        ApplyContext ctx = new ApplyContext() {
            private ResourceInstanceState beforeIntent;
            private boolean intended;

            @Override
            public void intend(Map<String, Object> s) {
                if (!intended) {
                    beforeIntent = state.current().find(a).orElse(null);
                    intended = true;
                }
                try {
                    state.write(st -> st.withInstance(a, new ResourceInstanceState(a.key(), 0, s, null, deps), c.provider()));
                } catch (StateKeeper.StateWriteStopped e) {
                    abandon();
                    throw e;
                }
            }

            @Override
            public void abandon() {
                if (intended) {
                    ResourceInstanceState back = beforeIntent;
                    state.update(st -> back == null ? st.without(a) : st.withInstance(a, back, c.provider()));
                    intended = false;
                }
            }

            @Override
            public void record(Map<String, Object> s) {
                // Called after the operation was accepted: it must never be reported as failed,
                // so a failed write only stops further operations (the keeper remembers it).
                touched.add(a);
                intended = false;
                state.update(st -> st.withInstance(a, new ResourceInstanceState(a.key(), 0, s, null, deps), c.provider()));
                state.tryPersist();
            }

            @Override
            public void progress(Duration elapsed) {
                long tick = elapsed.toSeconds() / PROGRESS_EVERY_SECONDS;
                if (tick > lastTick[0]) {
                    lastTick[0] = tick;
                    hook.progress(c, Duration.ofSeconds(tick * PROGRESS_EVERY_SECONDS));
                    if (progress.elapsedLines()) {
                        progress.line(a + ": " + verb + "... [" + tick * PROGRESS_EVERY_SECONDS + "s elapsed]");
                    }
                }
                progress.tick();
            }

            @Override
            public void info(String message) {
                progress.line(a + ": " + message);
                hook.info(c, message);
            }

            @Override
            public boolean stopRequested() {
                return interruption.stopRequested() || state.broken() != null;
            }
        };
        // An object's final state is kept in memory and stored by the next write any worker makes
        // (group commit) or at the end, without this worker waiting for it: the operation it
        // started is already on disk (ctx.record), so a crash before then loses nothing the next
        // plan cannot read back from the API, and a fleet apply does not wait on a state write
        // per object (each write is the whole state).
        Map<String, Object> now = null;
        switch (c.action()) {
            case CREATE -> {
                Map<String, Object> s = r.create(a.toString(), c.after(), remote, ctx);
                touched.add(a);
                state.update(st -> st.withInstance(a, new ResourceInstanceState(a.key(), 0, s, null, deps), c.provider()));
                added.incrementAndGet();
                now = s;
            }
            case UPDATE -> {
                Map<String, Object> s = r.update(a.toString(), c.before(), c.after(), remote, ctx);
                touched.add(a);
                state.update(st -> st.withInstance(a, new ResourceInstanceState(a.key(), 0, s, null, deps), c.provider()));
                changed.incrementAndGet();
                now = s;
            }
            case DELETE -> {
                r.delete(a.toString(), c.before(), remote, ctx);
                touched.add(a);
                state.update(st -> st.without(a));
                destroyed.incrementAndGet();
            }
            case REPLACE -> {
                if (c.requiresReplace().isEmpty()) {
                    // -replace=ADDR: nothing forces it, the user asked; the resource says what replacing means.
                    Map<String, Object> s = r.replaceRequested(a.toString(), c.before(), c.after(), remote, ctx);
                    state.update(st -> st.withInstance(a, new ResourceInstanceState(a.key(), 0, s, null, deps), c.provider()));
                    destroyed.incrementAndGet();
                    added.incrementAndGet();
                    break;
                }
                r.delete(a.toString(), c.before(), remote, ctx);
                touched.add(a);
                state.update(st -> st.without(a));
                state.tryPersist();
                destroyed.incrementAndGet();
                now = r.create(a.toString(), c.after(), remote, ctx);
                ctx.record(now);
                added.incrementAndGet();
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
        progress.line(a + ": " + done + " after " + secs + "s" + (c.action() == Action.DELETE ? "" : " [id=" + id + "]"));
        hook.completed(c, id, Duration.between(start, clock.instant()), now);
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
