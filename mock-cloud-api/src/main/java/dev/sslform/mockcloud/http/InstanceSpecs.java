package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.NewInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Reads a partial {@code DBInstance} in the API's own field names, as the admin surface and the
 * seed file accept it, into a {@link NewInstance}; any problem is an
 * {@link IllegalArgumentException} whose message names the field.
 */
public final class InstanceSpecs {
    private static final Set<String> FIELDS = Set.of("InstanceId", "Name", "Region", "Zone", "Version", "Vip", "Vport",
            "ReadOnlyReplicas", "Maintenance", "Account");
    private static final Set<String> WINDOW_FIELDS = Set.of("Weekly", "StartTime", "Span");

    private InstanceSpecs() {
    }

    /**
     * @param node         the JSON or YAML object
     * @param accountAppId resolves the {@code Account} SecretId (null = the default account) to
     *                     an AppId, or throws IllegalArgumentException for an unknown one
     * @param origin       {@code api} or {@code seed}
     */
    public static NewInstance read(JsonNode node, ToLongFunction<String> accountAppId, String origin) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an instance must be a JSON object");
        }
        unknownFields(node, FIELDS, "");
        String region = text(node, "Region");
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("Region is required");
        }
        if (!ApiServer.REGIONS.contains(region)) {
            // An instance in a region the API refuses (UnsupportedRegion) could never be reached.
            throw new IllegalArgumentException("Region " + region + " is not a region mockcloud serves; use one of "
                    + String.join(", ", new TreeSet<>(ApiServer.REGIONS)));
        }
        MaintenanceWindow window = null;
        JsonNode m = node.get("Maintenance");
        if (m != null && !m.isNull()) {
            if (!m.isObject()) {
                throw new IllegalArgumentException("Maintenance must be an object {Weekly, StartTime, Span}");
            }
            unknownFields(m, WINDOW_FIELDS, "Maintenance.");
            try {
                List<Integer> weekly = new ArrayList<>();
                JsonNode w = m.get("Weekly");
                if (w == null || !w.isArray()) {
                    throw new IllegalArgumentException("Maintenance.Weekly must be a list of days 1–7");
                }
                for (JsonNode d : w) {
                    if (!d.isIntegralNumber()) {
                        throw new IllegalArgumentException("Maintenance.Weekly must be a list of days 1–7, got " + d);
                    }
                    weekly.add(d.asInt());
                }
                String start = text(m, "StartTime");
                Integer span = integer(m, "Span");
                window = new MaintenanceWindow(weekly, MaintenanceWindow.parseStartTime(start == null ? "00:00" : start),
                        span == null ? 6 : span);
            } catch (ApiException e) {
                throw new IllegalArgumentException("Maintenance: " + e.getMessage());
            }
        }
        Integer replicas = integer(node, "ReadOnlyReplicas");
        long appId = accountAppId.applyAsLong(text(node, "Account"));
        return new NewInstance(text(node, "InstanceId"), text(node, "Name"), region, text(node, "Zone"), text(node, "Version"),
                text(node, "Vip"), integer(node, "Vport"), replicas == null ? 0 : replicas, window, appId, origin);
    }

    private static void unknownFields(JsonNode node, Set<String> allowed, String prefix) {
        TreeSet<String> unknown = new TreeSet<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                unknown.add(prefix + f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; allowed: " + String.join(", ", new TreeSet<>(allowed)));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string, got " + v);
        }
        return v.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be an integer, got " + v);
        }
        return v.asInt();
    }
}
