package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The {@code DescribeDBInstances} action (spec §3.3): list instances, with filters and paging. */
public final class DescribeDBInstances {

    public static final String ACTION = "DescribeDBInstances";

    private DescribeDBInstances() {
    }

    /**
     * All fields optional; null ones are not sent. Use {@code PaginationType "offset"} with
     * {@link #byIds} so {@code Offset} counts items, not pages (the default is ambiguous, §3.3).
     */
    public record Request(
            @JsonProperty("InstanceIdSet") List<String> instanceIdSet,
            @JsonProperty("Limit") Long limit,
            @JsonProperty("Offset") Long offset,
            @JsonProperty("PaginationType") String paginationType,
            @JsonProperty("Status") Long status,
            @JsonProperty("SearchKey") String searchKey,
            @JsonProperty("InstanceNameSet") List<String> instanceNameSet,
            @JsonProperty("Zone") String zone,
            @JsonProperty("InstanceType") String instanceType) {

        /** The given ids, one page of {@code limit} items from item {@code offset}. */
        public static Request byIds(List<String> ids, long offset, long limit) {
            return new Request(ids, limit, offset, "offset", null, null, null, null, null);
        }
    }

    public record Response(
            @JsonProperty("TotalCount") Long totalCount,
            @JsonProperty("DBInstances") List<DBInstance> dbInstances,
            @JsonProperty("RequestId") String requestId) {

        public Response {
            dbInstances = dbInstances == null ? List.of() : List.copyOf(dbInstances);
        }
    }
}
