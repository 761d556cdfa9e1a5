package dev.sslform.plugin.plan;

import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.ResourceInstanceState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The order in which apply carries out a plan's changes, as Terraform's apply graph orders them: a
 * change (create, update, replace) waits until the changes of the resources it depends on
 * ({@code depends_on} and references, {@link Plan#dependencies}) are complete, and a destroy
 * waits until the changes of everything that depends on the destroyed resource (by the
 * configuration, or by the {@code dependencies} state recorded for it) are complete: destroys run
 * in reverse dependency order. A change whose dependency failed is not started, as in Terraform.
 * On top of that, changes to one instance id run one after another, its maintenance window first
 * (they share the instance), whether the one before failed or not. Everything else runs in
 * parallel, up to the apply's parallelism.
 */
final class ApplySchedule {

    /** What became of a change. */
    enum Outcome { DONE, FAILED }

    private final List<ResourceChange> changes;
    /** For each change, the changes it depends on: it is not started if one of them failed. */
    private final List<Set<Integer>> dependsOn = new ArrayList<>();
    /** For each change, the changes that must merely end before it (the same instance's earlier changes). */
    private final List<Set<Integer>> after = new ArrayList<>();

    private ApplySchedule(List<ResourceChange> changes) {
        this.changes = changes;
        for (int i = 0; i < changes.size(); i++) {
            dependsOn.add(new TreeSet<>());
            after.add(new TreeSet<>());
        }
    }

    /**
     * @param todo       the changes to make, in plan order
     * @param applyOrder the rank of a change among those to the same instance (maintenance window first)
     */
    static ApplySchedule of(Plan plan, List<ResourceChange> todo, ToIntFunction<ResourceChange> applyOrder) {
        ApplySchedule s = new ApplySchedule(todo);
        // What each change's resource depends on: the configuration's, and for an object in state what it recorded.
        List<Set<ResourceAddress>> deps = new ArrayList<>();
        for (ResourceChange c : todo) {
            Set<ResourceAddress> d = new HashSet<>(plan.dependenciesOf(c.address()));
            plan.refreshed().find(c.address()).map(ResourceInstanceState::dependencies).orElse(List.of())
                    .forEach(text -> d.add(ResourceAddress.parse(text)));
            deps.add(d);
        }
        // Indexed, not pairwise: a fleet apply has thousands of changes.
        Map<ResourceAddress, List<Integer>> byConfig = new HashMap<>();
        Map<ResourceAddress, List<Integer>> dependents = new HashMap<>();
        for (int j = 0; j < todo.size(); j++) {
            byConfig.computeIfAbsent(Plan.configAddress(todo.get(j).address()), k -> new ArrayList<>()).add(j);
            for (ResourceAddress d : deps.get(j)) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < todo.size(); i++) {
            ResourceChange c = todo.get(i);
            if (c.action() != Action.DELETE) {
                for (ResourceAddress d : deps.get(i)) {
                    for (int j : byConfig.getOrDefault(d, List.of())) {
                        if (j != i && todo.get(j).action() != Action.DELETE && !sameResource(c, todo.get(j))) {
                            s.dependsOn.get(i).add(j); // a change after what it depends on
                        }
                    }
                }
            } else {
                for (int j : dependents.getOrDefault(Plan.configAddress(c.address()), List.of())) {
                    if (j != i && !sameResource(c, todo.get(j))) {
                        s.dependsOn.get(i).add(j); // a destroy after the changes of what depends on it
                    }
                }
            }
        }
        Map<String, List<Integer>> byInstance = new LinkedHashMap<>();
        for (int i = 0; i < todo.size(); i++) {
            ResourceChange c = todo.get(i);
            Object id = (c.before() != null ? c.before() : c.after()).get("instance_id");
            byInstance.computeIfAbsent(String.valueOf(id), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byInstance.values()) {
            group.sort(java.util.Comparator.comparingInt((Integer i) -> applyOrder.applyAsInt(todo.get(i))).thenComparingInt(i -> i));
            for (int k = 1; k < group.size(); k++) {
                s.after.get(group.get(k)).add(group.get(k - 1));
            }
        }
        return s;
    }

    private static boolean sameResource(ResourceChange a, ResourceChange b) {
        return a.address().resource().equals(b.address().resource());
    }

    /** The addresses of changes that wait for each other in a circle (nothing can start them), or empty. */
    List<ResourceAddress> cycle() {
        int n = changes.size();
        int[] waiting = new int[n];
        List<List<Integer>> next = successors();
        for (int i = 0; i < n; i++) {
            for (int j : next.get(i)) {
                waiting[j]++;
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        while (!ready.isEmpty()) {
            int i = ready.poll();
            done[i] = true;
            for (int j : next.get(i)) {
                if (--waiting[j] == 0) {
                    ready.add(j);
                }
            }
        }
        List<ResourceAddress> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!done[i]) {
                out.add(changes.get(i).address());
            }
        }
        return out;
    }

    private List<List<Integer>> successors() {
        List<List<Integer>> next = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            next.add(new ArrayList<>());
        }
        for (int i = 0; i < changes.size(); i++) {
            Set<Integer> before = new TreeSet<>(dependsOn.get(i));
            before.addAll(after.get(i));
            for (int j : before) {
                next.get(j).add(i);
            }
        }
        return next;
    }

    /**
     * Runs {@code work} for each change once what it waits for has ended, up to {@code parallelism}
     * at once; a change one of whose dependencies failed is handed to {@code skipped} (with that
     * dependency) instead. Requires {@link #cycle()} to be empty.
     */
    void run(int parallelism, Function<ResourceChange, Outcome> work, java.util.function.BiConsumer<ResourceChange, ResourceChange> skipped) {
        int n = changes.size();
        if (n == 0) {
            return;
        }
        List<List<Integer>> next = successors();
        int[] waiting = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : next.get(i)) {
                waiting[j]++;
            }
        }
        Outcome[] outcome = new Outcome[n];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, n)), Parallel.threads("sslform-apply"));
        try {
            ExecutorCompletionService<Integer> running = new ExecutorCompletionService<>(pool);
            int inFlight = 0;
            Deque<Integer> ended = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                if (waiting[i] == 0) {
                    int index = i;
                    running.submit(() -> {
                        outcome[index] = work.apply(changes.get(index));
                        return index;
                    });
                    inFlight++;
                }
            }
            int finished = 0;
            while (finished < n) {
                int i;
                if (!ended.isEmpty()) {
                    i = ended.poll();
                } else {
                    i = running.take().get();
                    inFlight--;
                }
                finished++;
                for (int j : next.get(i)) {
                    if (--waiting[j] > 0) {
                        continue;
                    }
                    Integer failedDependency = dependsOn.get(j).stream().filter(d -> outcome[d] != Outcome.DONE).findFirst().orElse(null);
                    if (failedDependency != null) {
                        outcome[j] = Outcome.FAILED;
                        skipped.accept(changes.get(j), changes.get(failedDependency));
                        ended.add(j);
                        continue;
                    }
                    int index = j;
                    running.submit(() -> {
                        outcome[index] = work.apply(changes.get(index));
                        return index;
                    });
                    inFlight++;
                }
                if (ended.isEmpty() && inFlight == 0 && finished < n) {
                    throw new IllegalStateException("apply order: nothing left to run but " + (n - finished) + " changes wait (a cycle)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
