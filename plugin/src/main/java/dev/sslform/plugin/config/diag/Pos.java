package dev.sslform.plugin.config.diag;

/**
 * A position in a source file: 1-based line and column (in Unicode code points, as Terraform
 * counts them) and the 0-based byte offset in the file's UTF-8 encoding.
 */
public record Pos(int line, int column, int byteOffset) {
    public static final Pos START = new Pos(1, 1, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
