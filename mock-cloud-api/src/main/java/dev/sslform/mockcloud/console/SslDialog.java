package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.MaintenanceWindow;
import dev.sslform.mockcloud.core.OperationType;

/**
 * The pop-up of the seed's step 4, for enable, update and disable: "Certificate source" (the
 * Tencent Cloud certificate; enable and update only), "Execution time" ("Immediate execution"
 * or "Within maintenance time"), OK and Cancel. OK posts {@code Type} and {@code WaitSwitch}; a
 * refusal comes back into the same pop-up with the API's code and message.
 */
final class SslDialog {
    private final ConsoleContext c;

    SslDialog(ConsoleContext c) {
        this.c = c;
    }

    Html render(InstancePage.Loaded l, OperationType type, int waitSwitch, ApiException error) {
        String base = "/console/instances/" + ConsoleContext.url(l.id());
        String title = switch (type) {
            case ENABLE -> "Enable SSL Encryption";
            case RENEW -> "Update Certificate";
            case DISABLE -> "Disable SSL Encryption";
        };
        String what = switch (type) {
            case ENABLE -> "Enabling SSL encryption";
            case RENEW -> "Updating the SSL certificate";
            case DISABLE -> "Disabling SSL encryption";
        };
        Html source = type == OperationType.DISABLE ? Html.EMPTY
                : Html.raw("<fieldset><legend>Certificate source</legend><label><input type=\"radio\" checked disabled>"
                + " Tencent Cloud certificate</label><p class=\"hint\">By default, the certificate provided by Tencent Cloud is used.</p></fieldset>");
        Html err = error == null ? Html.EMPTY
                : Html.of("<div class=\"error\" role=\"alert\" id=\"dialog-error\"><code id=\"dialog-error-code\">{}</code>"
                + " <span id=\"dialog-error-message\">{}</span></div>", error.code(), error.getMessage());
        MaintenanceWindow w = l.instance().window();
        // The operation would start at the first 10-minute check inside the window (Appendix 1).
        Html next = Html.of(" Within maintenance time, the task starts at the first check inside it: <span id=\"dialog-start\">{}</span>.",
                c.times.element(w.firstCheckAfter(c.w.lifecycle().clock().instant(), c.times.zone(l.instance().region())),
                        l.instance().region()));
        return Html.of("<div class=\"backdrop\"><div class=\"modal\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"dialog-title\" id=\"ssl-dialog\">"
                        + "<h2 id=\"dialog-title\">{}</h2><p class=\"muted\">{} restarts instance {}; make sure your applications reconnect.</p>{}"
                        + "<form method=\"post\" action=\"{}/ssl\" hx-post=\"{}/ssl\" hx-target=\"closest .dialog-host\" hx-swap=\"innerHTML\" id=\"ssl-form\">{}"
                        + "<input type=\"hidden\" name=\"Type\" value=\"{}\">{}"
                        + "<fieldset><legend>Execution time</legend>"
                        + "<label><input type=\"radio\" name=\"WaitSwitch\" value=\"0\" id=\"exec-now\"{}> Immediate execution</label>"
                        + "<label><input type=\"radio\" name=\"WaitSwitch\" value=\"1\" id=\"exec-window\"{}> Within maintenance time</label>"
                        + "<p class=\"hint\">Maintenance window: {} ({} time).{} You can change it on the Instance Details tab.</p></fieldset>"
                        + "<div class=\"buttons\"><button type=\"submit\" class=\"primary\" id=\"dialog-ok\">OK</button>"
                        + "<a href=\"{}?tab=security\" hx-get=\"/console/empty\" hx-target=\"closest .dialog-host\" hx-swap=\"innerHTML\" class=\"btn\" id=\"dialog-cancel\">Cancel</a></div>"
                        + "</form></div></div>",
                title, what, l.id(), err, Html.raw(base), Html.raw(base), ConsoleContext.csrfField(l.session()), type.wire(), source,
                Html.raw(waitSwitch == 0 ? " checked" : ""), Html.raw(waitSwitch == 1 ? " checked" : ""),
                InstanceListPage.window(w), c.times.zone(l.instance().region()).getId(), next, Html.raw(base));
    }
}
