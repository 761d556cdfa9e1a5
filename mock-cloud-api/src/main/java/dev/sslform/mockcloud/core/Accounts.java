package dev.sslform.mockcloud.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key pairs mockcloud accepts, read through a cache: every signed request looks its key up,
 * and keys change only at start-up, reset and import, which {@link #invalidate} after.
 */
public final class Accounts {
    private final Store store;
    private final Map<String, Optional<Account>> cache = new ConcurrentHashMap<>();

    public Accounts(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    public Optional<Account> bySecretId(String secretId) {
        return cache.computeIfAbsent(secretId, id -> store.transaction(tx -> tx.account(id)));
    }

    public void put(Account account) {
        store.transaction(tx -> {
            tx.putAccount(account);
            return null;
        });
        invalidate();
    }

    public List<Account> all() {
        return store.transaction(StoreTransaction::accounts);
    }

    public void invalidate() {
        cache.clear();
    }
}
