package dev.sslform.plugin.state;

import dev.sslform.plugin.support.Sleeper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * State in a local JSON file ({@code sslform.tfstate} by default).
 *
 * <p>Writes are atomic: the new state goes to a temporary file in the same directory, is fsynced,
 * and is renamed over the old one, after which the directory is fsynced where the platform allows.
 * Before its first write a backend (one per command) keeps the file as it found it as
 * {@code <path>.backup}, as Terraform does: the state before this run, not the one before the
 * last of an apply's many writes. A reader therefore sees the old or the new state, never half
 * of one. A corrupt or newer-format file is refused and never overwritten.
 *
 * <p>The lock is {@code <path>.lock.info} ({@link LockFile}), created with CREATE_NEW and holding
 * the {@link LockInfo} JSON. A lock left by a process that died on this host is replaced when the
 * next run takes the lock; any other lock stays until its holder releases it or {@link #forceUnlock}
 * ({@code sslform force-unlock LOCK_ID}) removes it, and the lock error shows the ID to pass.
 */
public final class LocalStateBackend implements StateBackend {

    public static final String DEFAULT_FILE = "sslform.tfstate";

    private final Path path;
    private final LockFile lockFile;
    private final Path backupPath;
    private final LockPoller poller;
    /** Whether this backend (one per command) has written: the backup is taken before its first write only. */
    private boolean backedUp;
    private byte[] lastWritten;
    private State lastStored;

    public LocalStateBackend(Path path, Clock clock, Sleeper sleeper, String who) {
        this.path = followLinks(path.toAbsolutePath().normalize());
        this.lockFile = new LockFile(this.path.resolveSibling(this.path.getFileName() + ".lock.info"));
        this.backupPath = this.path.resolveSibling(this.path.getFileName() + ".backup");
        this.poller = new LockPoller(clock, sleeper, who);
    }

    /** The real clock, real sleeping and this user@host. */
    public LocalStateBackend(Path path) {
        this(path, Clock.systemUTC(), Sleeper.SYSTEM, LockPoller.defaultWho());
    }

    /**
     * The file a state path names: a symbolic link is followed (link by link, so a link to a file
     * that does not exist yet works too), so writes replace the target, not the link, and the lock
     * and backup live beside the target, where every checkout linking to it finds them.
     */
    static Path followLinks(Path p) {
        Path cur = p;
        for (int hops = 0; Files.isSymbolicLink(cur); hops++) {
            if (hops == 40) {
                throw new StateException("cannot follow the state path " + p + ": too many levels of symbolic links");
            }
            try {
                cur = cur.resolveSibling(Files.readSymbolicLink(cur)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new StateException("cannot follow the symbolic link " + cur + ": " + IoReasons.of(e, cur), e);
            }
        }
        return cur;
    }

    public Path path() {
        return path;
    }

    public Path lockPath() {
        return lockFile.path();
    }

    public Path backupPath() {
        return backupPath;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public State read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return State.empty();
        } catch (IOException e) {
            throw new StateException("cannot read state file " + path + ": " + IoReasons.of(e, path), e);
        }
        return StateCodec.decode(bytes, path.toString());
    }

    @Override
    public synchronized State write(State next) {
        checkLockHeld();
        byte[] onDisk;
        try {
            onDisk = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            onDisk = null;
        } catch (IOException e) {
            throw new StateException("cannot read state file " + path + ": " + IoReasons.of(e, path), e);
        }
        // Decoding refuses (and so never overwrites) a corrupt or newer file. The file this backend
        // wrote last is not decoded again: an apply of 1,000 objects writes thousands of times.
        State current = onDisk == null ? State.empty()
                : lastStored != null && Arrays.equals(onDisk, lastWritten) ? lastStored : StateCodec.decode(onDisk, path.toString());
        checkBase(current, next);
        String lineage = current.lineage() != null ? current.lineage() : next.lineage() != null ? next.lineage() : UUID.randomUUID().toString();
        State stored = next.withSerialAndLineage(current.serial() + 1, lineage);
        byte[] bytes = StateCodec.encode(stored);
        try {
            if (!backedUp && onDisk != null) {
                writeAtomically(backupPath, onDisk);
            }
            backedUp = true;
            writeAtomically(path, bytes);
        } catch (IOException e) {
            throw new StateException("cannot write state file " + path + ": " + IoReasons.of(e, path), e);
        }
        lastWritten = bytes;
        lastStored = stored;
        return stored;
    }

    static void checkBase(State current, State next) {
        if (next.lineage() != null && current.lineage() != null && !next.lineage().equals(current.lineage())) {
            throw new StateConflictException("refusing to write state: its lineage " + next.lineage()
                    + " differs from the stored lineage " + current.lineage() + " (a different state)");
        }
        // A state pushed into a backend that never held one (serial 0) may bring its own lineage.
        boolean adoptLineage = current.lineage() == null && current.serial() == 0 && next.serial() == 0;
        if (next.serial() != current.serial() || (!adoptLineage && (next.lineage() == null) != (current.lineage() == null))) {
            throw new StateConflictException("refusing to write state based on serial " + next.serial()
                    + ": the stored state is at serial " + current.serial()
                    + ". Someone else changed it; run the command again.");
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            keepModeAndOwner(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        fsyncDirectory(dir);
    }

    /**
     * Gives the new file the permissions, group and owner of the file it replaces, so the rename
     * keeps a group-shared 0664 state what it was (a new file is created 0600). The group is set
     * when the user may (a group they belong to), the owner only when it is the user or the user
     * is root; otherwise the file is the user's own, as any write by them would leave it.
     */
    private static void keepModeAndOwner(Path target, Path tmp) throws IOException {
        java.nio.file.attribute.PosixFileAttributes was;
        try {
            was = Files.readAttributes(target, java.nio.file.attribute.PosixFileAttributes.class);
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return;
        }
        Files.setPosixFilePermissions(tmp, was.permissions());
        var view = Files.getFileAttributeView(tmp, java.nio.file.attribute.PosixFileAttributeView.class);
        try {
            view.setGroup(was.group());
        } catch (IOException e) {
            // not a group this user may give files to
        }
        try {
            if (!was.owner().equals(Files.getOwner(tmp))) {
                view.setOwner(was.owner());
            }
        } catch (IOException e) {
            // only root may give a file away
        }
    }

    // Makes the rename itself durable. Not every platform can open a directory (Windows cannot);
    // there the rename is as durable as the OS makes it, which is the best available.
    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }

    /**
     * Takes the lock file. Its info records this process ("pid N on HOST"), so a lock left by a
     * process that died without releasing it (SIGKILL, a crash) on this same host is recognised
     * and replaced ({@link Lock#replacedStale}) instead of blocking every later run. A lock from
     * another host, or from a live process, is never broken.
     */
    @Override
    public Lock lock(LockRequest request) {
        String me = LockFile.owner();
        LockRequest tagged = new LockRequest(request.operation(), request.info().isEmpty() ? me : request.info() + "; " + me,
                request.timeout());
        Lock lock = poller.acquire(tagged, path.toString(), lockFile::tryLock);
        held = lock.info();
        return new Lock() {
            @Override
            public LockInfo info() {
                return lock.info();
            }

            @Override
            public Optional<LockInfo> replacedStale() {
                return lock.replacedStale();
            }

            @Override
            public void close() {
                synchronized (LocalStateBackend.this) {
                    if (held == lock.info()) {
                        held = null;
                    }
                }
                lock.close();
            }
        };
    }

    /** The lock this backend holds (null when none): each write first checks the lock file still holds it. */
    private LockInfo held;

    /**
     * Refuses to write when this backend took the lock and the lock file no longer holds it (it
     * was force-unlocked, deleted by hand, or replaced): another run may be writing this state.
     */
    private void checkLockHeld() {
        LockInfo mine = held;
        if (mine == null) {
            return;
        }
        Optional<LockInfo> now = lockFile.read();
        if (now.isEmpty() || !now.get().id().equals(mine.id())) {
            throw new StateLockLostException("the state lock on " + path + " (lock ID " + mine.id() + ") is gone: the lock file "
                    + (now.isEmpty() ? "was removed" : "now holds lock " + now.get().id()) + " (force-unlock, or deleted by hand),"
                    + " so another run may be writing this state. sslform writes nothing more to it in this run.", null);
        }
    }

    /** Deletes the lock file if it holds lock {@code lockId}; see {@link LockFile#forceUnlock}. */
    @Override
    public void forceUnlock(String lockId) {
        lockFile.forceUnlock(Objects.requireNonNull(lockId, "lockId"), location());
    }

    /** The info in the lock file, if there is one; see {@link LockFile#read} for one that is not lock info. */
    public Optional<LockInfo> readLockInfo() {
        return lockFile.read();
    }
}
