package dev.sslform.mockcloud.core;

import java.util.Objects;

/**
 * A key pair and the account (AppId) it belongs to. Several key pairs may share one AppId; every
 * instance belongs to one AppId, so nothing one account sends can see another's instances.
 *
 * @param secretId  the public half, e.g. {@code AKIDmockcloud}
 * @param secretKey the signing secret; never logged or journaled
 * @param appId     the account
 * @param origin    where the key came from; {@code config} keys survive {@code /_mock/reset}
 */
public record Account(String secretId, String secretKey, long appId, String origin) {
    public static final String DEFAULT_SECRET_ID = "AKIDmockcloud";
    public static final String DEFAULT_SECRET_KEY = "mockcloud-secret";
    public static final long DEFAULT_APP_ID = 1250000000L;

    public Account {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "Account[secretId=" + secretId + ", appId=" + appId + ", origin=" + origin + "]";
    }
}
