package dev.sslform.plugin.state;

/**
 * The state lock is held by someone else and was not released within the lock timeout. Carries
 * the holder's {@link LockInfo} (null only when the holder could not be identified) so the user
 * knows whom to ask, or which ID to pass to {@code sslform force-unlock}.
 */
public final class StateLockedException extends StateException {

    private final transient LockInfo holder;

    public StateLockedException(String reason, LockInfo holder) {
        super(message(reason, holder));
        this.holder = holder;
    }

    public LockInfo holder() {
        return holder;
    }

    private static String message(String reason, LockInfo holder) {
        StringBuilder sb = new StringBuilder("Error acquiring the state lock\n\nError message: ").append(reason);
        if (holder != null) {
            sb.append('\n').append(holder.describe());
        }
        sb.append("\n\nTerraform-style locking protects state from concurrent writes. Wait for the holder to finish, "
                + "or, if it is gone, run sslform force-unlock LOCK_ID" + (holder != null ? " with the ID above." : "."));
        return sb.toString();
    }
}
