package dev.sslform.plugin.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local backend's lock: {@code <state>.lock.info}, created with CREATE_NEW and holding the
 * {@link LockInfo} JSON. Whoever created the file holds the lock; deleting it releases it, and
 * the file is only ever deleted after checking that it still holds the expected lock ID.
 */
final class LockFile {

    private static final String HOST = host();
    private static final Pattern OWNER = Pattern.compile("pid (\\d+) on (\\S+)$");

    private final Path path;

    LockFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** "pid N on HOST" for this process: recorded in the lock's info so a dead holder can be recognised. */
    static String owner() {
        return "pid " + ProcessHandle.current().pid() + " on " + HOST;
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** True when {@code holder} names a process on this host that no longer runs. */
    static boolean isStale(LockInfo holder) {
        if (holder == null || holder.info() == null) {
            return false;
        }
        Matcher m = OWNER.matcher(holder.info());
        if (!m.find() || !m.group(2).equals(HOST)) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * One attempt to take the lock as {@code mine}. When someone else holds it, records the
     * holder in {@code holder[0]}; a holder that died on this host is replaced.
     */
    Optional<Lock> tryLock(LockInfo mine, LockInfo[] holder) {
        Optional<Lock> first = create(mine, null);
        if (first.isPresent()) {
            return first;
        }
        LockInfo found = read().orElse(null);
        holder[0] = found;
        if (!isStale(found)) {
            return Optional.empty();
        }
        // Replacing a dead holder's lock is check-then-delete, so it runs under the guard: only one
        // taker at a time (threads and processes) can remove a lock that is not its own, and it
        // removes it only if the file still holds the dead holder's ID. A lock someone created
        // since is a live lock and stays; a new lock is only ever created with CREATE_NEW.
        return guarded(() -> {
            Optional<LockInfo> still = read();
            if (still.isEmpty() || !still.get().id().equals(found.id())) {
                holder[0] = still.orElse(null);
                return still.isEmpty() ? create(mine, null) : Optional.<Lock>empty();
            }
            try {
                Files.delete(path);
            } catch (NoSuchFileException e) {
                // its holder is dead, so nobody else removed it but a force-unlock outside sslform
            } catch (IOException e) {
                throw new StateException("cannot remove stale lock file " + path + ": " + IoReasons.of(e, path), e);
            }
            return create(mine, found);
        });
    }

    /** Per-JVM mutexes by guard file: an OS file lock excludes other processes, not this one's threads. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code <state>.lock.info.guard}: an empty file whose OS lock serialises the removal of other holders' locks. */
    Path guardPath() {
        return path.resolveSibling(path.getFileName() + ".guard");
    }

    /**
     * Runs {@code body} holding the guard: a JVM-wide mutex and an exclusive OS lock
     * ({@link FileChannel#lock}) on the guard file, which the OS releases if this process dies. The
     * guard file is created on first use and never deleted (deleting it would let two takers lock
     * two different files).
     */
    private <T> T guarded(java.util.function.Supplier<T> body) {
        Path guard = guardPath();
        Object mutex = IN_PROCESS.computeIfAbsent(guard.toAbsolutePath().normalize(), k -> new Object());
        synchronized (mutex) {
            try (FileChannel ch = FileChannel.open(guard, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 java.nio.channels.FileLock os = ch.lock()) {
                return body.get();
            } catch (IOException e) {
                throw new StateException("cannot lock " + guard + " to replace a stale lock: " + IoReasons.of(e, guard), e);
            }
        }
    }

    private Optional<Lock> create(LockInfo mine, LockInfo replaced) {
        try {
            byte[] json = StateCodec.JSON.writeValueAsBytes(mine);
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(json));
                ch.force(true);
            }
            return Optional.of(new FileLock(mine, replaced));
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateException("cannot create lock file " + path + ": " + IoReasons.of(e, path), e);
        }
    }

    /**
     * The info in the lock file, if there is one. A file that is not lock info with an ID (empty
     * or half-written by a crash, edited by hand) is still a lock, whose holder is unknown: its
     * info gets the ID {@code unreadable-} and the start of the SHA-256 of its bytes, and its size,
     * the problem and the start of its content as Info. That ID is what {@link #forceUnlock}
     * takes to remove it, and it stops matching as soon as the file changes.
     */
    Optional<LockInfo> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateException("cannot read lock file " + path + ": " + IoReasons.of(e, path), e);
        }
        String problem;
        try {
            LockInfo info = StateCodec.JSON.readValue(bytes, LockInfo.class);
            if (info != null && info.id() != null && !info.id().isBlank()) {
                return Optional.of(info);
            }
            problem = "no ID";
        } catch (IOException e) {
            problem = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        }
        return Optional.of(new LockInfo(unreadableId(bytes), "", "unreadable lock file (" + problem + "); " + bytes.length
                + " bytes: \"" + excerpt(bytes) + "\"", "", "", "", path.toString()));
    }

    private static String unreadableId(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "unreadable-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    // The start of the file on one line, with anything unprintable as '?', for the user to judge.
    private static String excerpt(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8);
        return text.codePoints().map(c -> c >= 0x20 && c != 0x7f && c != 0xfffd ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + (bytes.length > 120 ? "..." : "");
    }

    /**
     * Deletes the lock file if it holds the lock {@code lockId}, whoever took it and whether or
     * not that process still runs: the user has said its holder is gone. The ID is compared on a
     * read made just before deleting (after the user confirmed), so a lock released and taken by
     * someone else since the ID was shown is left; only a swap in the instant between that read
     * and the delete could slip through if its holder released it and another run took it in
     * that instant (taking over a stale lock runs under the same guard, so that cannot).
     */
    void forceUnlock(String lockId, String location) {
        guarded(() -> {
            Optional<LockInfo> held = read();
            if (held.isEmpty()) {
                throw ForceUnlockException.notLocked(location);
            }
            if (!held.get().id().equals(lockId)) {
                throw ForceUnlockException.mismatch(location, lockId, held.get());
            }
            try {
                if (!Files.deleteIfExists(path)) {
                    throw ForceUnlockException.notLocked(location);
                }
            } catch (IOException e) {
                throw new StateException("cannot remove lock file " + path + ": " + IoReasons.of(e, path), e);
            }
            return null;
        });
    }

    private final class FileLock implements Lock {
        private final LockInfo info;
        private final LockInfo replaced;
        private boolean released;

        FileLock(LockInfo info, LockInfo replaced) {
            this.info = info;
            this.replaced = replaced;
        }

        @Override
        public Optional<LockInfo> replacedStale() {
            return Optional.ofNullable(replaced);
        }

        @Override
        public LockInfo info() {
            return info;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            // Delete only our own lock: if it was force-unlocked and taken by someone else, leave theirs.
            Optional<LockInfo> current = read();
            if (current.isPresent() && info.id().equals(current.get().id())) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new StateException("cannot remove lock file " + path + ": " + IoReasons.of(e, path), e);
                }
            }
        }
    }
}
