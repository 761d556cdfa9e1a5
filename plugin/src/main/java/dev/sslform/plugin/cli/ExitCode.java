package dev.sslform.plugin.cli;

/** Exit codes, as Terraform's: 0 success (no changes with -detailed-exitcode), 1 error, 2 changes present. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int CHANGES = 2;

    private ExitCode() {
    }
}
