package dev.sslform.plugin.cli;

/** Process exit codes, as Terraform uses them: 0 success (no changes with -detailed-exitcode), 1 error, 2 changes present. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERROR = 1;
    /** {@code plan -detailed-exitcode}: the plan has changes. */
    public static final int CHANGES = 2;

    private ExitCodes() {
    }
}
