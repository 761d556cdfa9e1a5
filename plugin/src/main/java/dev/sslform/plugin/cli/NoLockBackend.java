package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.Lock;
import dev.sslform.plugin.state.LockInfo;
import dev.sslform.plugin.state.LockRequest;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateBackend;

/**
 * A backend used with {@code -lock=false}: reads and writes go to {@code delegate}, and {@link
 * #lock} takes no lock (Terraform's no-op locker). Writes stay optimistic (the delegate still
 * refuses a state that moved on), which is all the protection left.
 */
record NoLockBackend(StateBackend delegate) implements StateBackend {

    @Override
    public State read() {
        return delegate.read();
    }

    @Override
    public State write(State next) {
        return delegate.write(next);
    }

    @Override
    public Lock lock(LockRequest request) {
        LockInfo info = new LockInfo("", request.operation(), "not locked (-lock=false)", "", "", "", delegate.location());
        return new Lock() {
            @Override
            public LockInfo info() {
                return info;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void forceUnlock(String lockId) {
        delegate.forceUnlock(lockId);
    }

    @Override
    public String location() {
        return delegate.location();
    }
}
