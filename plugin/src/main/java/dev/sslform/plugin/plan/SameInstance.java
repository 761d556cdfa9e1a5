package dev.sslform.plugin.plan;

import dev.sslform.plugin.provider.Diagnostic;
import dev.sslform.plugin.provider.SslConfigResource;
import dev.sslform.plugin.provider.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Refuses a plan in which one instance's SSL setting would be destroyed at one address (with
 * {@code disable_on_destroy = true}, so the destroy disables SSL) while another address manages
 * the same instance: a resource renamed without a {@code moved} block. Terraform would plan a
 * destroy and a create with no order between them; here that is SSL switched off under a
 * configuration that wants it on (or, at best, an outage between the disable and the enable), so
 * sslform stops and names the moved block that says what was meant. A destroy that only forgets
 * the object ({@code disable_on_destroy = false}) calls no API and is allowed.
 */
final class SameInstance {

    private SameInstance() {
    }

    static List<Diagnostic> conflicts(List<ResourceChange> changes) {
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceChange gone : changes) {
            if (gone.action() != Action.DELETE || !gone.type().equals(SslConfigResource.TYPE)
                    || !Values.bool(gone.before(), "disable_on_destroy")) {
                continue;
            }
            Object id = gone.before().get("instance_id");
            for (ResourceChange kept : changes) {
                if (kept == gone || kept.after() == null || !kept.type().equals(gone.type()) || !Objects.equals(id, kept.after().get("instance_id"))) {
                    continue;
                }
                out.add(Diagnostic.error(gone.address().toString(), "Two resource addresses manage one instance",
                        gone.address() + " is no longer in the configuration and would be destroyed, which disables SSL on instance " + id
                                + " (disable_on_destroy = true), while " + kept.address() + " manages the same instance. Applying both"
                                + " would leave the instance's SSL in whichever state was set last.\n\nIf you renamed the resource,"
                                + " declare the move, so that sslform changes only its state and calls no API:\n\n  moved {\n    from = "
                                + gone.address() + "\n    to   = " + kept.address() + "\n  }\n\nTo really disable SSL and then manage the"
                                + " instance anew, apply in two steps: first without " + kept.address() + ", then with it."));
            }
        }
        return out;
    }
}
