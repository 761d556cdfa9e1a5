package dev.sslform.plugin.cli;

import dev.sslform.plugin.state.StateException;

/**
 * An exception that stops a command, as the diagnostic every view shows: a message written as
 * Terraform writes such an error ("summary", a blank line, then the detail, as the state lock's)
 * is split there; otherwise the summary says what failed and the message is the detail.
 */
final class Failures {
    private Failures() {
    }

    static ViewDiagnostic diagnostic(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int split = message.indexOf("\n\n");
        if (split > 0 && !message.substring(0, split).contains("\n")) {
            return ViewDiagnostic.sourceless(true, message.substring(0, split), message.substring(split + 2));
        }
        return ViewDiagnostic.sourceless(true, summary(e, message), message);
    }

    private static String summary(RuntimeException e, String message) {
        if (!(e instanceof StateException)) {
            return e instanceof java.io.UncheckedIOException ? "Failed to read or write a file" : "sslform could not run";
        }
        if (message.contains("lock")) {
            return message.startsWith("cannot release") || message.startsWith("cannot remove lock") ? "Error releasing the state lock"
                    : message.contains("force-unlock") ? "Failed to unlock state" : "Error acquiring the state lock";
        }
        if (message.startsWith("cannot write") || message.startsWith("cannot encode")) {
            return "Failed to persist state";
        }
        return "Failed to load state";
    }
}
