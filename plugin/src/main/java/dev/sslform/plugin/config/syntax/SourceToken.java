package dev.sslform.plugin.config.syntax;

/**
 * One token of HCL source as the formatter sees it: its kind, its exact source text, and the
 * UTF-8 byte offsets where it starts and ends. Whitespace between tokens is not a token.
 */
public record SourceToken(TokenType type, String text, int startByte, int endByte) {
}
