package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.FaultRule;
import dev.sslform.mockcloud.core.FaultRules;

import java.util.ArrayList;
import java.util.List;

/** The fault-rule part of the mock controls: the rules in force, and one form per template. */
final class FaultSection {
    static final List<String> ACTIONS = List.of("DescribeDBInstances", "DescribeDBInstancesAttribute", "ModifyDBInstanceSSL",
            "DescribeFlowStatus", "DescribeMaintenanceSpan", "ModifyMaintenanceSpan");

    private final FaultRules rules;

    FaultSection(FaultRules rules) {
        this.rules = rules;
    }

    Html section(Sessions.Session s, Html error) {
        List<Html> rows = new ArrayList<>();
        for (FaultRules.Entry e : rules.list()) {
            FaultRule r = e.rule();
            rows.add(Html.of("<tr data-rule=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>"
                            + "<form method=\"post\" action=\"/console/mock/faults/{}/delete\">{}<button type=\"submit\" class=\"link\">Delete</button></form></td></tr>",
                    e.id(), e.id(), effect(r), narrowing(r), e.remaining() == null ? "until deleted" : e.remaining().toString(), e.fired(),
                    Html.raw(ConsoleContext.url(e.id())), ConsoleContext.csrfField(s)));
        }
        if (rows.isEmpty()) {
            rows.add(Html.raw("<tr><td colspan=\"6\" class=\"empty\">No fault rules: every call behaves.</td></tr>"));
        }
        List<Html> forms = new ArrayList<>();
        List<Html> actionOptions = new ArrayList<>();
        for (String a : ACTIONS) {
            actionOptions.add(Html.of("<option value=\"{}\">", a));
        }
        for (FaultTemplates.Template t : FaultTemplates.ALL.values()) {
            List<Html> inputs = new ArrayList<>();
            for (String field : t.fields()) {
                inputs.add(input(t.name(), field));
            }
            forms.add(Html.of("<details class=\"template\" id=\"template-{}\"><summary>{}</summary>"
                            + "<form method=\"post\" action=\"/console/mock/faults\">{}<input type=\"hidden\" name=\"template\" value=\"{}\">{}"
                            + "<button type=\"submit\" class=\"primary\">Add rule</button></form></details>",
                    t.name(), t.title(), ConsoleContext.csrfField(s), t.name(), Html.join(inputs)));
        }
        return Html.of("<section class=\"card\" id=\"faults\"><h2>Fault rules</h2>{}<table class=\"grid\" id=\"fault-table\"><thead><tr>"
                        + "<th>Rule</th><th>Effect</th><th>Matches</th><th>Remaining</th><th>Fired</th><th></th></tr></thead><tbody>{}</tbody></table>"
                        + "<h3>Add a rule from a template</h3><datalist id=\"actions\">{}</datalist>{}"
                        + "<p class=\"hint\">Rules act on API calls (and SSL operations), as <code>POST /_mock/faults</code> does; a probability draws"
                        + " from its seed, so a run repeats.</p></section>",
                error, Html.join(rows), Html.join(actionOptions), Html.join(forms));
    }

    private static Html input(String template, String field) {
        String label = switch (field) {
            case "action" -> "Action (empty: any)";
            case "instanceId" -> template.equals("fail-operation") ? "Instance ID" : "Instance ID (empty: any)";
            case "account" -> "SecretId (empty: any)";
            case "throttlePerSecond" -> "Calls allowed per second";
            case "times" -> template.equals("fail") ? "N (calls that fail)" : "Times (empty: every call)";
            case "code" -> "Error code";
            case "message" -> "Message";
            case "latencyMs" -> "Latency (ms)";
            case "probability" -> "Probability (0-1, empty: always)";
            case "seed" -> "Seed";
            default -> field;
        };
        String extra = field.equals("action") ? " list=\"actions\"" : field.equals("code") ? " placeholder=\"InternalError.SystemError\"" : "";
        return Html.of("<label>{} <input name=\"{}\" id=\"{}-{}\"{}></label> ", label, field, template, field, Html.raw(extra));
    }

    private static String effect(FaultRule r) {
        if (r.errorCode() != null) {
            return "answer " + r.errorCode() + " (" + r.errorMessage() + ")";
        }
        if (r.latencyMs() != null) {
            return "add " + r.latencyMs() + " ms";
        }
        if (r.throttlePerSecond() != null) {
            return "throttle above " + r.throttlePerSecond() + "/s";
        }
        if (r.failNextOperation()) {
            return "fail the next SSL operation";
        }
        return "drop the connection";
    }

    private static String narrowing(FaultRule r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.action() == null ? "any action" : r.action());
        if (r.instanceId() != null) {
            parts.add("instance " + r.instanceId());
        }
        if (r.account() != null) {
            parts.add("SecretId " + r.account());
        }
        if (r.probability() != null) {
            parts.add("probability " + r.probability() + " (seed " + r.seed() + ")");
        }
        return String.join(", ", parts);
    }

}
