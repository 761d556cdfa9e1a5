package dev.sslform.mockcloud.core;

import java.util.Objects;

/**
 * Who is asking, once the signature is verified: the account and the region the request names.
 * Every read and write of the Tencent surface is scoped to both.
 */
public record Caller(long appId, String region) {
    public Caller {
        Objects.requireNonNull(region, "region");
    }

    public boolean owns(Instance instance) {
        return instance.appId() == appId && instance.region().equals(region);
    }
}
