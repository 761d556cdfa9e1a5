package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslOperation;
import dev.sslform.mockcloud.core.StateSnapshot;
import dev.sslform.mockcloud.core.StateTransfer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code /_mock/state}: the whole state as one JSON document ({@code GET}), and replacing it
 * ({@code PUT}). The document is read strictly: every field of every object must be present
 * (null where a value may be absent), unknown fields are refused, and nothing changes unless it
 * all reads and validates.
 */
final class StateRoutes {
    private final StateTransfer transfer;

    StateRoutes(StateTransfer transfer) {
        this.transfer = transfer;
    }

    void register(RoutesConfig routes) {
        routes.get("/_mock/state", ctx -> ctx.json(write(transfer.export())));
        routes.put("/_mock/state", this::replace);
    }

    private void replace(Context ctx) {
        StateSnapshot s;
        try {
            s = read(AdminJson.body(ctx, RequestLimits.STATE_BODY_BYTES));
            StateTransfer.validate(s);
        } catch (IllegalArgumentException | ApiException | NullPointerException e) {
            throw new AdminRoutes.AdminError(400, "state not imported, nothing changed: " + e.getMessage());
        }
        transfer.replace(s);
        ctx.json(write(transfer.export()));
    }

    // --- writing ---------------------------------------------------------------------------------

    static ObjectNode write(StateSnapshot s) {
        ObjectNode root = Envelope.JSON.createObjectNode();
        root.put("formatVersion", s.formatVersion());
        root.put("clock", s.clock().toString());
        ArrayNode accounts = root.putArray("accounts");
        for (Account a : s.accounts()) {
            accounts.addObject().put("secretId", a.secretId()).put("secretKey", a.secretKey()).put("appId", a.appId())
                    .put("origin", a.origin());
        }
        ArrayNode instances = root.putArray("instances");
        for (Instance i : s.instances()) {
            ObjectNode o = instances.addObject().put("instanceId", i.instanceId()).put("appId", i.appId()).put("region", i.region())
                    .put("zone", i.zone()).put("name", i.name()).put("version", i.version()).put("vip", i.vip())
                    .put("vport", i.vport()).put("instanceType", i.instanceType()).put("masterId", i.masterId());
            ObjectNode w = o.putObject("maintenance");
            w.putArray("weekly").addAll(i.window().weekly().stream().map(d -> (JsonNode) Envelope.JSON.getNodeFactory().numberNode(d)).toList());
            w.put("startTime", i.window().startTimeText()).put("span", i.window().spanHours());
            o.put("sslEnabled", i.sslEnabled()).put("sslExpiry", time(i.sslExpiry())).put("certSerial", i.certSerial())
                    .put("kms", i.kms()).put("cmkId", i.cmkId()).put("cmkRegion", i.cmkRegion())
                    .put("createdAt", time(i.createdAt())).put("origin", i.origin());
        }
        ArrayNode ops = root.putArray("operations");
        for (SslOperation o : s.operations()) {
            ops.addObject().put("flowId", o.flowId()).put("instanceId", o.instanceId()).put("appId", o.appId())
                    .put("region", o.region()).put("type", o.type().name()).put("waitSwitch", o.waitSwitch()).put("kms", o.kms())
                    .put("keyId", o.keyId()).put("keyRegion", o.keyRegion()).put("phase", o.phase().name())
                    .put("requestedAt", time(o.requestedAt())).put("startedAt", time(o.startedAt()))
                    .put("restartAt", time(o.restartAt())).put("dueAt", time(o.dueAt())).put("finishedAt", time(o.finishedAt()))
                    .put("failInjected", o.failInjected());
        }
        ArrayNode cas = root.putArray("authorities");
        for (CertificateAuthority ca : s.authorities()) {
            cas.addObject().put("appId", ca.appId()).put("region", ca.region()).put("certPem", ca.certPem())
                    .put("keyPem", ca.keyPem()).put("notBefore", time(ca.notBefore())).put("notAfter", time(ca.notAfter()));
        }
        ArrayNode certs = root.putArray("certificates");
        for (ServerCertificate c : s.certificates()) {
            certs.addObject().put("instanceId", c.instanceId()).put("serialHex", c.serialHex()).put("notBefore", time(c.notBefore()))
                    .put("notAfter", time(c.notAfter())).put("certPem", c.certPem()).put("keyPem", c.keyPem()).put("flowId", c.flowId());
        }
        return root;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    // --- reading ---------------------------------------------------------------------------------

    /** A strict reader over one JSON object: each field read once, all present, no others. */
    private static final class Obj {
        final JsonNode node;
        final String where;

        Obj(JsonNode node, String where, String... fields) {
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(where + " must be an object");
            }
            this.node = node;
            this.where = where;
            Set<String> expected = new TreeSet<>(List.of(fields));
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!expected.contains(f)) {
                    throw new IllegalArgumentException(where + ": unknown field \"" + f + "\"; expected " + expected);
                }
            }
            for (String f : expected) {
                if (!node.has(f)) {
                    throw new IllegalArgumentException(where + ": missing field \"" + f + "\"");
                }
            }
        }

        JsonNode get(String f) {
            JsonNode v = node.get(f);
            return v.isNull() ? null : v;
        }

        String text(String f, boolean nullable) {
            JsonNode v = get(f);
            if (v == null) {
                if (nullable) {
                    return null;
                }
                throw new IllegalArgumentException(where + "." + f + " must not be null");
            }
            if (!v.isTextual()) {
                throw new IllegalArgumentException(where + "." + f + " must be a string, got " + v);
            }
            return v.asText();
        }

        long integer(String f) {
            JsonNode v = get(f);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new IllegalArgumentException(where + "." + f + " must be an integer, got " + v);
            }
            return v.asLong();
        }

        boolean bool(String f) {
            JsonNode v = get(f);
            if (v == null || !v.isBoolean()) {
                throw new IllegalArgumentException(where + "." + f + " must be true or false, got " + v);
            }
            return v.asBoolean();
        }

        Instant time(String f, boolean nullable) {
            String t = text(f, nullable);
            if (t == null) {
                return null;
            }
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "." + f + " must be an ISO-8601 instant, got \"" + t + "\"");
            }
        }

        <T extends Enum<T>> T enumValue(String f, Class<T> type) {
            String t = text(f, false);
            try {
                return Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "." + f + " must be one of " + List.of(type.getEnumConstants()) + ", got \"" + t + "\"");
            }
        }
    }

    private static <T> List<T> list(JsonNode root, String field, Function<Obj, T> item, String... fields) {
        JsonNode arr = root.get(field);
        if (arr == null || !arr.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            out.add(item.apply(new Obj(arr.get(i), field + "[" + i + "]", fields)));
        }
        return out;
    }

    static StateSnapshot read(JsonNode body) {
        Obj root = new Obj(body, "the document", "formatVersion", "clock", "accounts", "instances", "operations", "authorities",
                "certificates");
        int version = (int) root.integer("formatVersion");
        if (version != StateSnapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion " + version + " is not supported; this mockcloud reads "
                    + StateSnapshot.FORMAT_VERSION);
        }
        Instant clock = root.time("clock", false);
        List<Account> accounts = list(body, "accounts", o -> new Account(o.text("secretId", false), o.text("secretKey", false),
                o.integer("appId"), o.text("origin", false)), "secretId", "secretKey", "appId", "origin");
        List<Instance> instances = list(body, "instances", StateRoutes::instance, "instanceId", "appId", "region", "zone", "name",
                "version", "vip", "vport", "instanceType", "masterId", "maintenance", "sslEnabled", "sslExpiry", "certSerial", "kms",
                "cmkId", "cmkRegion", "createdAt", "origin");
        List<SslOperation> ops = list(body, "operations", o -> new SslOperation(o.integer("flowId"), o.text("instanceId", false),
                o.integer("appId"), o.text("region", false), o.enumValue("type", OperationType.class), (int) o.integer("waitSwitch"),
                o.bool("kms"), o.text("keyId", false), o.text("keyRegion", false), o.enumValue("phase", OperationPhase.class),
                o.time("requestedAt", false), o.time("startedAt", true), o.time("restartAt", true), o.time("dueAt", true),
                o.time("finishedAt", true), o.bool("failInjected")), "flowId", "instanceId", "appId", "region", "type", "waitSwitch",
                "kms", "keyId", "keyRegion", "phase", "requestedAt", "startedAt", "restartAt", "dueAt", "finishedAt", "failInjected");
        List<CertificateAuthority> cas = list(body, "authorities", o -> new CertificateAuthority(o.integer("appId"),
                o.text("region", false), o.text("certPem", false), o.text("keyPem", false), o.time("notBefore", true),
                o.time("notAfter", true)), "appId", "region", "certPem", "keyPem", "notBefore", "notAfter");
        List<ServerCertificate> certs = list(body, "certificates", o -> new ServerCertificate(o.text("instanceId", false),
                o.text("serialHex", false), o.time("notBefore", true), o.time("notAfter", true), o.text("certPem", false),
                o.text("keyPem", false), o.integer("flowId")), "instanceId", "serialHex", "notBefore", "notAfter", "certPem",
                "keyPem", "flowId");
        return new StateSnapshot(version, clock, accounts, instances, ops, cas, certs);
    }

    private static Instance instance(Obj o) {
        Obj w = new Obj(o.node.get("maintenance"), o.where + ".maintenance", "weekly", "startTime", "span");
        JsonNode weeklyNode = w.get("weekly");
        if (weeklyNode == null || !weeklyNode.isArray()) {
            throw new IllegalArgumentException(w.where + ".weekly must be an array of days 1–7");
        }
        List<Integer> weekly = new ArrayList<>();
        weeklyNode.forEach(d -> {
            if (!d.isInt()) {
                throw new IllegalArgumentException(w.where + ".weekly must be an array of days 1–7, got " + weeklyNode);
            }
            weekly.add(d.asInt());
        });
        MaintenanceWindow window = new MaintenanceWindow(weekly, MaintenanceWindow.parseStartTime(w.text("startTime", false)),
                (int) w.integer("span"));
        return new Instance(o.text("instanceId", false), o.integer("appId"), o.text("region", false), o.text("zone", false),
                o.text("name", false), o.text("version", true), o.text("vip", true), (int) o.integer("vport"),
                o.text("instanceType", true), o.text("masterId", true), window, o.bool("sslEnabled"), o.time("sslExpiry", true),
                o.text("certSerial", true), o.bool("kms"), o.text("cmkId", false), o.text("cmkRegion", false),
                o.time("createdAt", false), o.text("origin", true));
    }
}
