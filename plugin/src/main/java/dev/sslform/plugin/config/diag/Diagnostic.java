package dev.sslform.plugin.config.diag;

/**
 * One problem found in the configuration, shaped like HCL's {@code hcl.Diagnostic}: a short
 * summary, a detail sentence or two, and the range of source it is about ({@code subject}, which
 * may be null when the problem has no place in a file). {@code values} are the references of the
 * failed expression and what they held (a failed validation rule), empty for most.
 */
public record Diagnostic(Severity severity, String summary, String detail, SourceRange subject, java.util.List<ExpressionValue> values) {

    public Diagnostic {
        values = values == null ? java.util.List.of() : java.util.List.copyOf(values);
    }

    public Diagnostic(Severity severity, String summary, String detail, SourceRange subject) {
        this(severity, summary, detail, subject, java.util.List.of());
    }

    public static Diagnostic error(String summary, String detail, SourceRange subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject);
    }

    public static Diagnostic warning(String summary, String detail, SourceRange subject) {
        return new Diagnostic(Severity.WARNING, summary, detail, subject);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
