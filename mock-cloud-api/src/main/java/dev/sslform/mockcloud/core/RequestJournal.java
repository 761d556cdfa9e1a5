package dev.sslform.mockcloud.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * The request journal: the last {@code capacity} API calls, oldest dropped first. Recording is
 * lock-free (one atomic increment and one array store), so the hot path barely notices it;
 * reads copy what they find. In memory only, per process.
 *
 * <p>Invariant: an entry never holds a secret or a signature; the caller records parameters
 * (the request body or query) and the SecretId, never headers.
 */
public final class RequestJournal {
    /** Default capacity: enough for a long contract-test run, small enough to forget. */
    public static final int DEFAULT_CAPACITY = 10_000;

    /**
     * One API call.
     *
     * @param seq         a per-process sequence number, increasing
     * @param requestId   the {@code RequestId} answered
     * @param realTime    when it arrived, on the real clock
     * @param time        when it arrived, on the mock's clock
     * @param secretId    the caller's SecretId, or null if it never authenticated
     * @param appId       its account, or null
     * @param region      {@code X-TC-Region} as sent
     * @param action      {@code X-TC-Action} as sent
     * @param instanceIds {@code InstanceId} and {@code InstanceIdSet} members sent
     * @param parameters  the parameters as sent (an opaque JSON value from the http layer), or null
     * @param errorCode   the error answered, or null on success
     * @param message     the error message, or null
     * @param durationNanos how long the call took
     */
    public record Entry(long seq, String requestId, Instant realTime, Instant time, String secretId, Long appId, String region,
                        String action, List<String> instanceIds, Object parameters, String errorCode, String message,
                        long durationNanos) {
    }

    private final AtomicReferenceArray<Entry> ring;
    private final AtomicLong next = new AtomicLong();
    private volatile long clearedBefore;

    public RequestJournal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        ring = new AtomicReferenceArray<>(capacity);
    }

    public int capacity() {
        return ring.length();
    }

    /** The next sequence number; pass it to the entry given to {@link #record}. */
    public long nextSeq() {
        return next.getAndIncrement();
    }

    public void record(Entry e) {
        ring.set((int) (e.seq() % ring.length()), e);
    }

    public void clear() {
        clearedBefore = next.get();
    }

    /** The last {@code limit} entries matching {@code filter}, oldest first. */
    public List<Entry> list(Predicate<Entry> filter, int limit) {
        long end = next.get();
        long start = Math.max(clearedBefore, end - ring.length());
        List<Entry> found = new ArrayList<>();
        for (long s = end - 1; s >= start && found.size() < limit; s--) {
            Entry e = ring.get((int) (s % ring.length()));
            // A slot not yet written, or already overwritten by a newer call, is skipped.
            if (e != null && e.seq() == s && filter.test(e)) {
                found.add(e);
            }
        }
        java.util.Collections.reverse(found);
        return found;
    }
}
