package dev.sslform.mockcloud.core;

import java.util.List;
import java.util.Locale;

/**
 * The filters of {@code DescribeDBInstances} that mockcloud honours; null or empty = no filter.
 *
 * @param instanceIds   {@code InstanceIdSet}: exact ids
 * @param status        {@code Status}: the derived status
 * @param searchKey     {@code SearchKey}: substring of id, name or Vip
 * @param names         {@code InstanceNameSet}: substring of the name (fuzzy, as documented)
 * @param zone          {@code Zone}: exact
 * @param instanceType  {@code InstanceType}: exact
 */
public record InstanceFilter(List<String> instanceIds, Integer status, String searchKey, List<String> names,
                             String zone, String instanceType) {
    public static final InstanceFilter NONE = new InstanceFilter(null, null, null, null, null, null);

    public boolean matches(InstanceView v) {
        Instance i = v.instance();
        if (instanceIds != null && !instanceIds.isEmpty() && !instanceIds.contains(i.instanceId())) {
            return false;
        }
        if (status != null && v.status() != status) {
            return false;
        }
        if (searchKey != null && !searchKey.isEmpty()) {
            String k = searchKey.toLowerCase(Locale.ROOT);
            boolean hit = i.instanceId().toLowerCase(Locale.ROOT).contains(k)
                    || i.name().toLowerCase(Locale.ROOT).contains(k)
                    || (i.vip() != null && i.vip().contains(k));
            if (!hit) {
                return false;
            }
        }
        if (names != null && !names.isEmpty()) {
            String n = i.name().toLowerCase(Locale.ROOT);
            if (names.stream().noneMatch(x -> n.contains(x.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        if (zone != null && !zone.isEmpty() && !zone.equals(i.zone())) {
            return false;
        }
        return instanceType == null || instanceType.isEmpty() || instanceType.equals(i.instanceType());
    }
}
