package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.RemoteInstances;
import dev.sslform.plugin.provider.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares what a plan observed of its remote instances with what the API says now — the check
 * Terraform does not make before applying a saved plan. Reads are batched and parallel as in a
 * refresh. Each difference is one sentence naming the instance and the field.
 */
public final class RemoteCheck {

    private RemoteCheck() {
    }

    /**
     * As {@link #changes(RemoteInstances, Map, Iterable, int)} over several provider
     * configurations: each observed key ({@link Providers#observedKey}) is read again through its own.
     */
    public static List<String> changes(Providers remote, Map<String, Map<String, Object>> observed, Iterable<String> keys, int parallelism) {
        Map<String, List<String>> byProvider = new java.util.TreeMap<>();
        keys.forEach(k -> byProvider.computeIfAbsent(Providers.splitObservedKey(k)[0], x -> new ArrayList<>()).add(k));
        List<String> all = new ArrayList<>();
        byProvider.forEach((address, ks) -> {
            if (!remote.has(address)) {
                ks.forEach(k -> all.add(k + ": its provider configuration " + Providers.configName(address) + " is no longer in the configuration"));
                return;
            }
            Map<String, Map<String, Object>> mine = new java.util.LinkedHashMap<>();
            List<String> ids = new ArrayList<>();
            for (String k : ks) {
                String id = Providers.splitObservedKey(k)[1];
                ids.add(id);
                if (observed.containsKey(k)) {
                    mine.put(id, observed.get(k));
                }
            }
            String suffix = Providers.alias(address) == null ? "" : " (" + Providers.configName(address) + ")";
            changes(remote.remote(address), mine, ids, parallelism).forEach(line -> all.add(suffix.isEmpty() ? line
                    : line.replaceFirst("^(\\S+)", "$1" + java.util.regex.Matcher.quoteReplacement(suffix))));
        });
        return all;
    }

    /**
     * @param observed what the plan saw, by instance id
     * @param ids      the instances to check (those the plan changes); one the plan never observed is itself a change
     * @return one line per change, empty when nothing changed
     */
    public static List<String> changes(RemoteInstances remote, Map<String, Map<String, Object>> observed, Iterable<String> ids,
                                       int parallelism) {
        List<String> todo = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        ids.forEach(id -> {
            if (observed.containsKey(id)) {
                todo.add(id);
            } else {
                unseen.add(id + ": the plan changes it, but the plan's refresh never read it (was the plan file edited?)");
            }
        });
        if (!unseen.isEmpty()) {
            // Nothing is read for a plan that acts on an instance it never looked at.
            return unseen;
        }
        List<List<String>> pages = new ArrayList<>();
        for (int from = 0; from < todo.size(); from += RemoteInstances.PAGE) {
            pages.add(todo.subList(from, Math.min(todo.size(), from + RemoteInstances.PAGE)));
        }
        Parallel.map(pages, parallelism, page -> {
            remote.prefetch(page);
            return page;
        });
        List<List<String>> found = Parallel.map(todo, parallelism, id -> {
            Map<String, Object> then = observed.get(id);
            Map<String, Object> now = Values.copy(remote.observeCached(id, then.containsKey("encryption")));
            List<String> out = new ArrayList<>();
            if (!Objects.equals(then.get("exists"), now.get("exists"))) {
                return List.of(Boolean.TRUE.equals(now.get("exists")) ? id + " exists again" : id + " no longer exists");
            }
            for (String k : new TreeSet<>(then.keySet())) {
                Object a = Values.normalize(then.get(k));
                Object b = Values.normalize(now.get(k));
                if (!Objects.equals(a, b)) {
                    out.add(id + ": " + k + " changed from " + show(a) + " to " + show(b));
                }
            }
            return out;
        });
        List<String> all = new ArrayList<>();
        found.forEach(all::addAll);
        return all;
    }

    private static String show(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
