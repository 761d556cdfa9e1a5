package dev.sslform.plugin.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one function over a list on a bounded number of threads and returns the results in the
 * list's order, so what the planner prints and decides does not depend on scheduling. The first
 * failure (in list order) is rethrown after every task has ended.
 */
final class Parallel {

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, int parallelism, Function<T, R> fn) {
        if (items.isEmpty()) {
            return List.of();
        }
        int n = Math.max(1, Math.min(parallelism, items.size()));
        if (n == 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(i -> out.add(fn.apply(i)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, threads("sslform-worker"));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> fn.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            RuntimeException first = null;
            for (Future<R> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    out.add(null);
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            if (first != null) {
                throw first;
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Daemon threads with readable names, so a stuck worker never keeps the JVM alive. */
    static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
