package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.ErrorCodes;
import dev.sslform.mockcloud.core.Instance;
import dev.sslform.mockcloud.core.InstanceFilter;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.MaintenanceWindow;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.sslform.mockcloud.http.Params.Type.INTEGER;
import static dev.sslform.mockcloud.http.Params.Type.INTEGER_ARRAY;
import static dev.sslform.mockcloud.http.Params.Type.STRING;
import static dev.sslform.mockcloud.http.Params.Type.STRING_ARRAY;

/**
 * The read side and the maintenance window: {@code DescribeDBInstances},
 * {@code DescribeDBInstancesAttribute}, {@code DescribeMaintenanceSpan},
 * {@code ModifyMaintenanceSpan}. Field names and types as the spec's tables give them.
 */
final class InstanceActions {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Instances instances;

    InstanceActions(Instances instances) {
        this.instances = instances;
    }

    List<Action> actions() {
        Map<String, Params.Type> describe = new LinkedHashMap<>();
        describe.put("ProjectId", INTEGER);
        describe.put("Status", INTEGER);
        describe.put("Offset", INTEGER);
        describe.put("Limit", INTEGER);
        describe.put("InstanceIdSet", STRING_ARRAY);
        describe.put("PayMode", INTEGER);
        describe.put("VpcId", STRING);
        describe.put("SubnetId", STRING);
        describe.put("VipSet", STRING_ARRAY);
        describe.put("InstanceNameSet", STRING_ARRAY);
        describe.put("VersionSet", STRING_ARRAY);
        describe.put("Zone", STRING);
        describe.put("TagKeys", STRING_ARRAY);
        describe.put("SearchKey", STRING);
        describe.put("UidSet", STRING_ARRAY);
        describe.put("InstanceType", STRING);
        describe.put("PaginationType", STRING);
        return List.of(
                new Action("DescribeDBInstances", describe, this::describeDBInstances),
                new Action("DescribeDBInstancesAttribute", Map.of("InstanceId", STRING), this::describeDBInstancesAttribute),
                new Action("DescribeMaintenanceSpan", Map.of("InstanceId", STRING), this::describeMaintenanceSpan),
                new Action("ModifyMaintenanceSpan", Map.of("InstanceId", STRING, "Weekly", INTEGER_ARRAY, "StartTime", STRING,
                        "Span", INTEGER), this::modifyMaintenanceSpan));
    }

    /** Paging as decision D1: {@code offset} skips items; {@code pageNumber} (default) skips pages. */
    Map<String, Object> describeDBInstances(Caller caller, Params p) {
        long limit = p.integer("Limit") == null ? 100 : p.integer("Limit");
        if (limit < 1 || limit > 100) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Limit must be 1–100, got " + limit + ".");
        }
        long offset = p.integer("Offset") == null ? 0 : p.integer("Offset");
        if (offset < 0) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Offset must not be negative, got " + offset + ".");
        }
        String pagination = p.string("PaginationType");
        long skip;
        if (pagination == null || pagination.isEmpty() || pagination.equals("pageNumber")) {
            skip = Math.multiplyHigh(offset, limit) != 0 ? Long.MAX_VALUE : offset * limit;
        } else if (pagination.equals("offset")) {
            skip = offset;
        } else {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "PaginationType must be offset or pageNumber, got \"" + pagination + "\".");
        }
        Long status = p.integer("Status");
        InstanceFilter filter = new InstanceFilter(p.strings("InstanceIdSet"), status == null ? null : status.intValue(),
                p.string("SearchKey"), p.strings("InstanceNameSet"), p.string("Zone"), p.string("InstanceType"));
        Instances.Page page = instances.describe(caller, filter, skip, (int) limit);
        List<Map<String, Object>> items = new ArrayList<>();
        for (InstanceView v : page.items()) {
            items.add(dbInstance(v));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.totalCount());
        out.put("DBInstances", items);
        return out;
    }

    Map<String, Object> describeDBInstancesAttribute(Caller caller, Params p) {
        InstanceView v = instances.attribute(caller, p.requiredString("InstanceId"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("InstanceId", v.instance().instanceId());
        out.put("RegularBackupEnable", "disable");
        out.put("RegularBackupSaveDays", 90);
        out.put("RegularBackupStrategy", "months");
        out.put("RegularBackupCounts", 1);
        out.put("RegularBackupStartTime", "");
        out.put("BlockedThreshold", 0);
        out.put("EventSaveDays", 30);
        Map<String, Object> tde = new LinkedHashMap<>();
        tde.put("Encryption", "disable");
        tde.put("CertificateAttribution", "none");
        tde.put("QuoteUin", "");
        tde.put("CMKId", "");
        tde.put("CMKRegion", "");
        out.put("TDEConfig", tde);
        out.put("SSLConfig", sslConfig(v));
        out.put("OldVipList", List.of());
        out.put("XEventStatus", "disable");
        out.put("MultiDrReadableInfo", List.of());
        out.put("IsDiskEncryptFlag", 0);
        out.put("IsSafetyLimited", 0);
        out.put("IsSupportSA", 1);
        out.put("SlowLogThreshold", 1000);
        return out;
    }

    static Map<String, Object> sslConfig(InstanceView v) {
        Map<String, Object> ssl = new LinkedHashMap<>();
        ssl.put("Encryption", v.encryption().wire());
        ssl.put("SSLValidityPeriod", v.sslPeriod());
        ssl.put("SSLValidity", v.sslValidity());
        ssl.put("IsKMS", v.kms() ? 1 : 0);
        ssl.put("CMKId", v.cmkId());
        ssl.put("CMKRegion", v.cmkRegion());
        return ssl;
    }

    Map<String, Object> describeMaintenanceSpan(Caller caller, Params p) {
        MaintenanceWindow w = instances.maintenanceSpan(caller, p.requiredString("InstanceId"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Weekly", w.weekly());
        out.put("StartTime", w.startTimeText());
        out.put("Span", w.spanHours());
        return out;
    }

    /** Validation as decision D16; the change is synchronous (no FlowId). */
    Map<String, Object> modifyMaintenanceSpan(Caller caller, Params p) {
        String id = p.requiredString("InstanceId");
        List<Long> weekly = p.integers("Weekly");
        List<Integer> days = null;
        if (weekly != null) {
            days = new ArrayList<>();
            for (Long d : weekly) {
                if (d == null || d < 1 || d > 7) {
                    throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Weekly values must be 1–7 (1 = Monday … 7 = Sunday), got " + d + ".");
                }
                days.add(d.intValue());
            }
        }
        Long span = p.integer("Span");
        if (span != null && (span < 1 || span > 24)) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "Span must be 1–24 hours, got " + span + ".");
        }
        instances.modifyMaintenanceSpan(caller, id, days, p.string("StartTime"), span == null ? null : span.intValue());
        return new LinkedHashMap<>();
    }

    /** A {@code DBInstance} object with every field the SDK models declare, plausibly filled. */
    static Map<String, Object> dbInstance(InstanceView v) {
        Instance i = v.instance();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("InstanceId", i.instanceId());
        m.put("Name", i.name());
        m.put("ProjectId", 0);
        m.put("RegionId", 1);
        m.put("ZoneId", 100001);
        m.put("VpcId", 0);
        m.put("SubnetId", 0);
        m.put("Status", v.status());
        m.put("Vip", i.vip());
        m.put("Vport", i.vport());
        m.put("CreateTime", time(i.createdAt()));
        m.put("UpdateTime", time(i.createdAt()));
        m.put("StartTime", time(i.createdAt()));
        m.put("EndTime", "0000-00-00 00:00:00");
        m.put("IsolateTime", "0000-00-00 00:00:00");
        m.put("Memory", 4);
        m.put("UsedStorage", 0);
        m.put("Storage", 100);
        m.put("VersionName", "Microsoft SQL Server " + i.version());
        m.put("RenewFlag", 0);
        m.put("Model", 2);
        m.put("Region", i.region());
        m.put("Zone", i.zone());
        m.put("BackupTime", "00:00-06:00");
        m.put("PayMode", 0);
        m.put("Uid", "");
        m.put("Cpu", 2);
        m.put("Version", i.version());
        m.put("Type", "CLOUD_SSD");
        m.put("Pid", 0);
        m.put("UniqVpcId", "");
        m.put("UniqSubnetId", "");
        m.put("IsolateOperator", "");
        m.put("SubFlag", "");
        m.put("ROFlag", v.roFlag());
        m.put("HAFlag", i.readOnlyReplica() ? "SINGLE" : "MIRROR");
        m.put("ResourceTags", List.of());
        m.put("BackupModel", "master_no_pkg");
        m.put("InstanceNote", "");
        m.put("BackupCycle", List.of(1, 2, 3, 4, 5, 6, 7));
        m.put("BackupCycleType", "daily");
        m.put("BackupSaveDays", 7);
        m.put("InstanceType", i.instanceType());
        m.put("CrossRegions", List.of());
        m.put("CrossBackupEnabled", "disable");
        m.put("CrossBackupSaveDays", 0);
        m.put("DnsPodDomain", "");
        m.put("TgwWanVPort", 0);
        m.put("Collation", "Chinese_PRC_CI_AS");
        m.put("TimeZone", "China Standard Time");
        m.put("IsDrZone", false);
        m.put("MultiSlaveZones", List.of());
        m.put("Architecture", i.readOnlyReplica() ? "SINGLE" : "DOUBLE");
        m.put("Style", "EXCLUSIVE");
        return m;
    }

    private static String time(Instant t) {
        return TIME.format(t.atOffset(InstanceView.PERIOD_ZONE));
    }
}
