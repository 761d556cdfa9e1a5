package dev.sslform.mockcloud.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's signed-in sessions, in memory: an unguessable id (the cookie's value) maps to
 * the account's SecretId, the page token that every POST must carry (CSRF), and whether the
 * mock's admin token was entered. Sessions end when signed out, after {@link #IDLE} without a
 * request, or when the key pair they were opened with no longer exists (reset, import). Times
 * are real time, never the mock's clock: moving the mock a month on must not sign anyone out.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;

    /** One signed-in browser. {@code secretId} names the key pair; the secret itself is not kept. */
    static final class Session {
        final String id;
        final String secretId;
        final long appId;
        final String csrf;
        volatile boolean adminUnlocked;
        volatile Instant lastSeen;

        Session(String id, String secretId, long appId, String csrf, Instant now) {
            this.id = id;
            this.secretId = secretId;
            this.appId = appId;
            this.csrf = csrf;
            this.lastSeen = now;
        }
    }

    private final Clock real;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    Sessions(Clock real) {
        this.real = real;
    }

    Session open(String secretId, long appId) {
        Instant now = real.instant();
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().removeIf(s -> expired(s, now));
            if (byId.size() >= MAX_SESSIONS) {
                // Forget the longest idle one rather than refuse a sign-in.
                byId.values().stream().min(java.util.Comparator.comparing(s -> s.lastSeen)).ifPresent(s -> byId.remove(s.id));
            }
        }
        Session s = new Session(token(), secretId, appId, token(), now);
        byId.put(s.id, s);
        return s;
    }

    /** The live session of that id, its idle timer restarted; empty when unknown or expired. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = real.instant();
        if (expired(s, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    private static boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen.plus(IDLE));
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
