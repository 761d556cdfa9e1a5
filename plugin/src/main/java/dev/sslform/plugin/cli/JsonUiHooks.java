package dev.sslform.plugin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.plugin.plan.Action;
import dev.sslform.plugin.plan.ApplyHook;
import dev.sslform.plugin.plan.Plan;
import dev.sslform.plugin.plan.ResourceChange;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.ResourceAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable UI's resource progress: {@code refresh_start} and {@code refresh_complete}
 * while planning, {@code apply_start} … {@code apply_errored} for data source reads (action
 * {@code read}) and for every change an apply carries out, and, after an operation that left one
 * or renewed a certificate, {@value JsonUi#PENDING} and {@value JsonUi#CERTIFICATE}.
 *
 * <p>The planner reports progress as text lines only (it knows no views); their two fixed forms,
 * {@code ADDR: Reading...} and {@code ADDR: Refreshing state... [id=ID]}, are read back here, and
 * the completions are reported once the plan returns ({@link #planned}). The applier reports
 * through {@link ApplyHook}.
 */
final class JsonUiHooks implements ApplyHook {

    private static final Pattern READING = Pattern.compile("^(\\S+): Reading\\.\\.\\.$");
    private static final Pattern REFRESHING = Pattern.compile("^(\\S+): Refreshing state\\.\\.\\.(?: \\[id=(.*)\\])?$");

    private final JsonUi ui;
    private final Clock clock;
    private final List<ResourceAddress> refreshing = new ArrayList<>();
    private ResourceAddress reading;
    private Instant readingSince;

    JsonUiHooks(JsonUi ui, Clock clock) {
        this.ui = ui;
        this.clock = clock;
    }

    /** Receives the planner's progress lines. */
    Consumer<String> planProgress() {
        return this::planLine;
    }

    private synchronized void planLine(String line) {
        closeRead(false);
        Matcher m = READING.matcher(line);
        if (m.matches()) {
            ResourceAddress a = ResourceAddress.parse(m.group(1));
            reading = a;
            readingSince = clock.instant();
            ui.write("info", a + ": Refreshing...", "apply_start", Map.of("hook", hook(a, "read", null, -1)));
            return;
        }
        m = REFRESHING.matcher(line);
        if (m.matches()) {
            ResourceAddress a = ResourceAddress.parse(m.group(1));
            refreshing.add(a);
            String id = m.group(2);
            ui.write("info", a + ": Refreshing state..." + idSuffix(id), "refresh_start", Map.of("hook", refreshHook(a, id)));
            return;
        }
        ui.log(line);
    }

    /** The plan returned: the last data source read and every refresh are complete (or failed). */
    synchronized void planned(Plan plan) {
        closeRead(plan.hasErrors());
        for (ResourceAddress a : refreshing) {
            Object id = plan.refreshed().find(a).map(i -> i.attributes().get("id")).orElse(null);
            String ids = id == null ? null : String.valueOf(id);
            ui.write("info", a + ": Refresh complete" + idSuffix(ids), "refresh_complete", Map.of("hook", refreshHook(a, ids)));
        }
        refreshing.clear();
    }

    private void closeRead(boolean failed) {
        if (reading == null) {
            return;
        }
        long secs = Duration.between(readingSince, clock.instant()).toSeconds();
        if (failed) {
            ui.write("info", reading + ": Refresh errored after " + JsonUi.goDuration(secs), "apply_errored",
                    Map.of("hook", hook(reading, "read", null, secs)));
        } else {
            ui.write("info", reading + ": Refresh complete after " + JsonUi.goDuration(secs), "apply_complete",
                    Map.of("hook", hook(reading, "read", null, secs)));
        }
        reading = null;
    }

    @Override
    public void started(ResourceChange c, Object id) {
        String ids = id == null ? null : String.valueOf(id);
        ui.write("info", c.address() + ": " + verb(c.action()) + "..." + idSuffix(ids), "apply_start",
                Map.of("hook", hook(c.address(), action(c.action()), ids, -1)));
    }

    @Override
    public void progress(ResourceChange c, Duration elapsed) {
        ui.write("info", c.address() + ": Still " + verb(c.action()).toLowerCase(java.util.Locale.ROOT) + "... ["
                + JsonUi.goDuration(elapsed.toSeconds()) + " elapsed]", "apply_progress",
                Map.of("hook", hook(c.address(), action(c.action()), null, elapsed.toSeconds())));
    }

    @Override
    public void info(ResourceChange c, String message) {
        ui.log(c.address() + ": " + message);
    }

    @Override
    public void completed(ResourceChange c, Object id, Duration elapsed, Map<String, Object> now) {
        String ids = c.action() == Action.DELETE || id == null ? null : String.valueOf(id);
        ui.write("info", c.address() + ": " + noun(c.action()) + " complete after " + JsonUi.goDuration(elapsed.toSeconds())
                + idSuffix(ids), "apply_complete", Map.of("hook", hook(c.address(), action(c.action()), ids, elapsed.toSeconds())));
        if (now == null) {
            return;
        }
        if (Values.map(now, "pending") != null) {
            JsonUiPlan.pending(ui, c.address(), now);
        }
        String before = c.before() == null ? null : Values.str(c.before(), "ssl_validity_period");
        if (!Objects.equals(before, Values.str(now, "ssl_validity_period"))) {
            JsonUiPlan.certificate(ui, c.address(), now, clock.instant());
        }
    }

    @Override
    public void errored(ResourceChange c, Duration elapsed) {
        ui.write("info", c.address() + ": " + noun(c.action()) + " errored after " + JsonUi.goDuration(elapsed.toSeconds()),
                "apply_errored", Map.of("hook", hook(c.address(), action(c.action()), null, elapsed.toSeconds())));
    }

    /** resource, action, then id_key and id_value when known, then elapsed_seconds when {@code secs >= 0}. */
    private static ObjectNode hook(ResourceAddress a, String action, String id, long secs) {
        ObjectNode h = JsonUi.F.objectNode();
        h.set("resource", JsonUi.resource(a));
        h.put("action", action);
        if (id != null && !id.isEmpty()) {
            h.put("id_key", "id");
            h.put("id_value", id);
        }
        if (secs >= 0) {
            h.put("elapsed_seconds", secs);
        }
        return h;
    }

    private static JsonNode refreshHook(ResourceAddress a, String id) {
        ObjectNode h = JsonUi.F.objectNode();
        h.set("resource", JsonUi.resource(a));
        if (id != null && !id.isEmpty()) {
            h.put("id_key", "id");
            h.put("id_value", id);
        }
        return h;
    }

    private static String idSuffix(String id) {
        return id == null || id.isEmpty() ? "" : " [id=" + id + "]";
    }

    /** The action as the machine-readable UI names it. */
    static String action(Action a) {
        return switch (a) {
            case NO_OP -> "noop";
            case CREATE -> "create";
            case UPDATE -> "update";
            case DELETE -> "delete";
            case REPLACE -> "replace";
        };
    }

    private static String verb(Action a) {
        return switch (a) {
            case CREATE -> "Creating";
            case UPDATE -> "Modifying";
            case DELETE -> "Destroying";
            case REPLACE -> "Replacing";
            case NO_OP -> "Applying";
        };
    }

    private static String noun(Action a) {
        return switch (a) {
            case CREATE -> "Creation";
            case UPDATE -> "Modifications";
            case DELETE -> "Destruction";
            case REPLACE -> "Replacement";
            case NO_OP -> "Apply";
        };
    }
}
