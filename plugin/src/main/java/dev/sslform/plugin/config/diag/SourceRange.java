package dev.sslform.plugin.config.diag;

/**
 * A half-open span of a source file, from {@code start} (inclusive) to {@code end} (exclusive),
 * as in HCL's {@code hcl.Range}. The filename is as the user gave it (relative to the working
 * directory when loaded from a directory).
 */
public record SourceRange(String filename, Pos start, Pos end) {

    /** A range with no extent, for values that come from outside any file (-var, environment). */
    public static SourceRange none(String what) {
        return new SourceRange(what, Pos.START, Pos.START);
    }

    /** The smallest range that covers both, assuming both are in the same file. */
    public SourceRange to(SourceRange other) {
        return new SourceRange(filename, start, other.end);
    }

    @Override
    public String toString() {
        return filename + ":" + start.line() + "," + start.column() + "-" + end.line() + "," + end.column();
    }
}
