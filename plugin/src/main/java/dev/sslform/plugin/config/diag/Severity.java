package dev.sslform.plugin.config.diag;

/** How serious a {@link Diagnostic} is; spelled as Terraform spells it in {@code validate -json}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String json;

    Severity(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
