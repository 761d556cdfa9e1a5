package dev.sslform.mockcloud.core;

import java.util.List;

/**
 * One page of an account's primary instances in a region, and how many primaries matched in all.
 *
 * @param total the number of matching primaries
 * @param items the page, in the order asked for
 */
public record InstanceSlice(int total, List<Instance> items) {
    public InstanceSlice {
        items = List.copyOf(items);
    }
}
