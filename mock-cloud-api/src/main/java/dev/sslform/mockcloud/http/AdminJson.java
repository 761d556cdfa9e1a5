package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.InstanceView;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON shapes and parsing shared by the admin routes. */
final class AdminJson {
    private AdminJson() {
    }

    /** Times on the admin surface are ISO-8601 with the UTC+8 offset the API's own times use. */
    static String time(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(8)).toString();
    }

    /** The body as a JSON object, of at most {@link RequestLimits#ADMIN_BODY_BYTES} (else 413). */
    static JsonNode body(Context ctx) {
        return body(ctx, RequestLimits.ADMIN_BODY_BYTES);
    }

    /** The body as a JSON object, of at most {@code limit} bytes (else 413 naming the route and the limit). */
    static JsonNode body(Context ctx, int limit) {
        byte[] bytes;
        try {
            bytes = RequestLimits.readAdminBody(ctx.req().getInputStream(), limit, ctx.method() + " " + ctx.path());
        } catch (IOException e) {
            throw new AdminRoutes.AdminError(400, "the request body could not be read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new AdminRoutes.AdminError(400, "the request needs a JSON object body");
        }
        try {
            JsonNode node = Envelope.JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new AdminRoutes.AdminError(400, "the request body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new AdminRoutes.AdminError(400, "the request body is not valid JSON: " + e.getMessage().split("\n", 2)[0]);
        }
    }

    static Map<String, Object> instance(InstanceView v) {
        Instance i = v.instance();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("InstanceId", i.instanceId());
        m.put("Name", i.name());
        m.put("AppId", i.appId());
        m.put("Region", i.region());
        m.put("Zone", i.zone());
        m.put("InstanceType", i.instanceType());
        m.put("MasterInstanceId", i.masterId());
        m.put("Vip", i.vip());
        m.put("Vport", i.vport());
        m.put("Status", v.status());
        m.put("SSLConfig", InstanceActions.sslConfig(v));
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("Weekly", i.window().weekly());
        w.put("StartTime", i.window().startTimeText());
        w.put("Span", i.window().spanHours());
        m.put("Maintenance", w);
        m.put("Restarting", v.restarting());
        return m;
    }
}
