package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.Values;
import dev.sslform.plugin.state.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders a {@link Plan} as Terraform prints one: drift first, then pending operations, then the
 * actions with attribute-level {@code old -> new}, the summary line, and the diagnostics. Plain
 * text, no colour; the same plan always gives the same text (golden files rely on it).
 */
public final class PlanText {

    private PlanText() {
    }

    public static String render(Plan plan) {
        return render(plan, SensitiveAttributes.NONE);
    }

    /** As above, with the attributes {@code sensitive} names shown as {@code (sensitive value)}, as Terraform shows them. */
    public static String render(Plan plan, SensitiveAttributes sensitive) {
        SensitiveAttributes previous = HIDDEN.get();
        HIDDEN.set(sensitive == null ? SensitiveAttributes.NONE : sensitive);
        try {
            return renderPlan(plan);
        } finally {
            HIDDEN.set(previous);
            CURRENT.remove();
        }
    }

    /**
     * The plan's text without its diagnostics, which the CLI shows through its own renderer (as
     * Terraform's views do); the text is otherwise the same, "No changes." left out when there are errors.
     */
    public static String renderWithoutDiagnostics(Plan plan, SensitiveAttributes sensitive) {
        WITHOUT_DIAGNOSTICS.set(true);
        try {
            return render(plan, sensitive);
        } finally {
            WITHOUT_DIAGNOSTICS.remove();
        }
    }

    private static final ThreadLocal<Boolean> WITHOUT_DIAGNOSTICS = ThreadLocal.withInitial(() -> false);

    /** The sensitive attributes of the plan being rendered (a thread-local keeps the many block calls unchanged). */
    private static final ThreadLocal<SensitiveAttributes> HIDDEN = ThreadLocal.withInitial(() -> SensitiveAttributes.NONE);

    private static String renderPlan(Plan plan) {
        StringBuilder out = new StringBuilder();
        if (!plan.drift().isEmpty()) {
            out.append("\nNote: Objects have changed outside of sslform\n\n")
               .append("sslform detected the following changes made outside of sslform since the last \"sslform apply\":\n");
            for (Drift d : plan.drift()) {
                out.append('\n');
                if (d.after() == null) {
                    out.append("  # ").append(d.address()).append(" has been deleted\n");
                    block(out, "-", d.address().type(), at(d.address(), name(d.address())), d.before(), null, false);
                } else {
                    out.append("  # ").append(d.address()).append(" has changed\n");
                    block(out, "~", d.address().type(), at(d.address(), name(d.address())), d.before(), d.after(), false);
                }
            }
            if (plan.mode() == PlanMode.REFRESH_ONLY) {
                out.append("\nThis is a refresh-only plan, so sslform will not take any actions to undo these. If you were expecting"
                        + " these changes then you can apply this plan to record the updated values in the sslform state without"
                        + " changing any remote objects.\n");
                diagnostics(out, plan);
                return out.toString();
            }
            out.append("\nUnless you have made equivalent changes to your configuration, or ignored the relevant attributes"
                    + " using ignore_changes, the following plan may include actions to undo or respond to these changes.\n");
            out.append("\n─────────────────────────────────────────────────────────────────────────────\n");
        }
        if (plan.mode() == PlanMode.REFRESH_ONLY) {
            if (!plan.hasErrors()) {
                out.append("\nNo changes. Your infrastructure still matches the configuration.\n\n")
                   .append("sslform has checked that the real remote objects still match the result of your most recent changes,"
                           + " and found no differences.\n");
            }
            diagnostics(out, plan);
            return out.toString();
        }
        List<ResourceChange> pending = plan.changes().stream().filter(c -> !c.notes().isEmpty()).toList();
        if (!pending.isEmpty()) {
            out.append("\nPending operations (accepted earlier; sslform issues nothing new for them):\n\n");
            for (ResourceChange c : pending) {
                for (String n : c.notes()) {
                    out.append("  # ").append(c.address()).append(": ").append(n).append('\n');
                }
            }
        }
        if (!plan.hasChanges()) {
            if (!plan.hasErrors()) {
                out.append("\nNo changes. Your infrastructure matches the configuration.\n\n")
                   .append("sslform has compared your real infrastructure against your configuration and found no differences,"
                           + " so no changes are needed.\n");
            }
        } else {
            TreeSet<Action> used = new TreeSet<>();
            plan.changes().stream().filter(ResourceChange::isChange).forEach(c -> used.add(c.action()));
            if (!used.isEmpty()) {
                out.append("\nsslform used the selected providers to generate the following execution plan. Resource actions are"
                        + " indicated with the following symbols:\n");
            }
            for (Action a : used) {
                out.append(a.symbol().length() == 3 ? a.symbol() : "  " + a.symbol()).append(' ').append(a.description()).append('\n');
            }
            out.append("\nsslform will perform the following actions:\n");
            for (ResourceChange c : plan.changes()) {
                ResourceAddress movedFrom = plan.movedFrom().get(c.address());
                if (!c.isChange()) {
                    if (plan.imported().containsKey(c.address())) {
                        out.append("\n  # ").append(c.address()).append(" will be imported\n");
                        block(out, c.action().symbol(), c.type(), name(c.address()), c.before(), c.after(), false);
                    } else if (movedFrom != null) {
                        // A rename by a moved block alone: only state changes.
                        out.append("\n  # ").append(movedFrom).append(" has moved to ").append(c.address()).append('\n');
                        block(out, c.action().symbol(), c.type(), name(c.address()), c.before(), c.after(), false);
                    }
                    continue;
                }
                out.append("\n  # ").append(c.address()).append(switch (c.action()) {
                    case CREATE -> " will be created";
                    case UPDATE -> " will be updated in-place";
                    case DELETE -> " will be destroyed";
                    case REPLACE -> c.requiresReplace().isEmpty() ? " will be replaced, as requested" : " must be replaced";
                    default -> "";
                }).append('\n');
                if (movedFrom != null) {
                    out.append("  # (moved from ").append(movedFrom).append(")\n");
                }
                if (plan.imported().containsKey(c.address())) {
                    out.append("  # (imported from \"").append(plan.imported().get(c.address())).append("\")\n");
                }
                for (String r : c.reasons()) {
                    out.append("  # (").append(r).append(")\n");
                }
                String sym = c.action().symbol();
                block(out, sym, c.type(), at(c.address(), name(c.address())), c.before(), c.after(),
                        c.action() == Action.CREATE, c.requiresReplace());
            }
            plan.forgotten().forEach((a, before) -> {
                out.append("\n  # ").append(a).append(" will no longer be managed by sslform\n");
                block(out, ".", a.type(), name(a), before, before, false);
            });
            out.append(String.format("%nPlan: %s%d to add, %d to change, %d to destroy%s.%n",
                    plan.imported().isEmpty() ? "" : plan.imported().size() + " to import, ", plan.toAdd(), plan.toChange(), plan.toDestroy(),
                    plan.forgotten().isEmpty() ? "" : ", " + plan.forgotten().size() + " to forget"));
        }
        diagnostics(out, plan);
        return out.toString();
    }

    /** The sensitive attributes of the block being rendered. */
    private static final ThreadLocal<java.util.Set<String>> CURRENT = ThreadLocal.withInitial(java.util.Set::of);

    /** Starts rendering the block of {@code address}: its sensitive attributes become {@link #CURRENT}. */
    private static String at(dev.sslform.plugin.state.ResourceAddress address, String nameWithKey) {
        CURRENT.set(HIDDEN.get().of(address));
        return nameWithKey;
    }

    /** {@code v} as shown for attribute {@code k}: {@code (sensitive value)} when it is sensitive and set. */
    private static String shown(String k, Object v) {
        return v != null && v != Values.UNKNOWN && CURRENT.get().contains(k) ? "(sensitive value)" : value(v);
    }

    private static void diagnostics(StringBuilder out, Plan plan) {
        if (WITHOUT_DIAGNOSTICS.get()) {
            return;
        }
        for (Diagnostic d : plan.diagnostics()) {
            out.append(diagnostic(d));
        }
    }

    /** "\nError: summary\n\n  with addr:\n  detail\n" (Terraform's diagnostic layout). */
    public static String diagnostic(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(d.isError() ? "Error: " : "Warning: ").append(d.summary()).append("\n\n");
        if (d.address() != null) {
            out.append("  with ").append(d.address()).append(",\n");
        }
        for (String line : d.detail().split("\n")) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The name (with key) as the block header shows it: the address relative to its module, after the type. */
    private static String name(dev.sslform.plugin.state.ResourceAddress address) {
        String local = address.local();
        return local.substring(local.indexOf('.') + 1);
    }

    private static void block(StringBuilder out, String sym, String type, String nameWithKey, Map<String, Object> before,
                              Map<String, Object> after, boolean create) {
        block(out, sym, type, nameWithKey, before, after, create, java.util.Set.of());
    }

    private static void block(StringBuilder out, String sym, String type, String nameWithKey, Map<String, Object> before,
                              Map<String, Object> after, boolean create, java.util.Set<String> replace) {
        String name = nameWithKey.contains("[") ? nameWithKey.substring(0, nameWithKey.indexOf('[')) : nameWithKey;
        out.append(sym.length() == 3 ? sym : "  " + sym).append(" resource \"").append(type).append("\" \"").append(name).append("\" {\n");
        TreeSet<String> keys = new TreeSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        List<String[]> lines = new ArrayList<>();
        int hidden = 0;
        for (String k : keys) {
            Object b = before == null ? null : before.get(k);
            Object a = after == null ? null : after.get(k);
            if (before == null) {
                if (a != null) {
                    lines.add(new String[] {"+", k, shown(k, a)});
                }
            } else if (after == null) {
                if (b != null) {
                    lines.add(new String[] {"-", k, shown(k, b) + " -> null"});
                }
            } else if (Values.same(b, a) && a != Values.UNKNOWN) {
                if (k.equals("id") || k.equals("instance_id")) {
                    lines.add(new String[] {" ", k, shown(k, a)});
                } else {
                    hidden++;
                }
            } else if (b == null) {
                lines.add(new String[] {"+", k, shown(k, a) + (replace.contains(k) ? " # forces replacement" : "")});
            } else if (a == null) {
                lines.add(new String[] {"-", k, shown(k, b) + " -> null"});
            } else if (CURRENT.get().contains(k)) {
                // Terraform shows a changed sensitive attribute once, without its old and new values.
                lines.add(new String[] {"~", k, "(sensitive value)" + (replace.contains(k) ? " # forces replacement" : "")});
            } else {
                lines.add(new String[] {"~", k, value(b) + " -> " + value(a) + (replace.contains(k) ? " # forces replacement" : "")});
            }
        }
        int width = lines.stream().mapToInt(l -> l[1].length()).max().orElse(0);
        for (String[] l : lines) {
            out.append("      ").append(l[0]).append(' ').append(String.format("%-" + width + "s", l[1])).append(" = ").append(l[2]).append('\n');
        }
        if (hidden > 0) {
            out.append("        # (").append(hidden).append(hidden == 1 ? " unchanged attribute hidden)\n" : " unchanged attributes hidden)\n");
        }
        out.append("    }\n");
    }

    /** A value as HCL would write it; {@code (known after apply)} for unknowns. */
    public static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v == Values.UNKNOWN) {
            return "(known after apply)";
        }
        if (v instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            new TreeSet<>(m.keySet().stream().map(String::valueOf).toList()).forEach(k -> parts.add(k + " = " + value(m.get(k))));
            return "{ " + String.join(", ", parts) + " }";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(value(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }
}
