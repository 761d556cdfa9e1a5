package dev.sslform.plugin.provider;

import java.util.Objects;

/**
 * A message for the user about one object or the run as a whole: an error stops the plan, a
 * warning does not. {@code address} is the resource address it concerns, or null.
 */
public record Diagnostic(Severity severity, String summary, String detail, String address) {

    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
    }

    public static Diagnostic error(String address, String summary, String detail) {
        return new Diagnostic(Severity.ERROR, summary, detail, address);
    }

    public static Diagnostic warning(String address, String summary, String detail) {
        return new Diagnostic(Severity.WARNING, summary, detail, address);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
