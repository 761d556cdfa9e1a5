package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.SslLifecycle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the real console shows them: {@code 2026-12-01 17:10:20} in the region's time zone
 * (China time unless configured), with the UTC reading on hover.
 */
final class Times {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SslLifecycle.Settings settings;

    Times(SslLifecycle.Settings settings) {
        this.settings = settings;
    }

    ZoneId zone(String region) {
        return region == null ? settings.get().defaultZone() : settings.get().zoneOf(region);
    }

    /** The text alone, in the region's time. */
    String text(Instant t, String region) {
        return SHOWN.format(t.atZone(zone(region)));
    }

    /** A {@code <time>} element: region time as text, UTC as its title and datetime. */
    Html element(Instant t, String region) {
        if (t == null) {
            return Html.raw("<span class=\"muted\">-</span>");
        }
        return Html.of("<time datetime=\"{}\" title=\"{} UTC\">{}</time>", t.toString(),
                SHOWN.format(t.atOffset(ZoneOffset.UTC)), text(t, region));
    }
}
