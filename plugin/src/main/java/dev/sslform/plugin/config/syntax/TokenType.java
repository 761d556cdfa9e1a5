package dev.sslform.plugin.config.syntax;

/**
 * The kinds of HCL native-syntax tokens, after HCL's own scanner ({@code hclsyntax.TokenType}).
 * {@code COMMENT} appears only in the formatter's token stream ({@link SourceTokens}).
 */
public enum TokenType {
    IDENT, NUMBER,
    OQUOTE, CQUOTE, OHEREDOC, CHEREDOC, STRING_LIT,
    TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END,
    LBRACE, RBRACE, LBRACK, RBRACK, LPAREN, RPAREN,
    COMMA, DOT, ELLIPSIS, COLON, QUESTION, EQUAL, FAT_ARROW,
    PLUS, MINUS, STAR, SLASH, PERCENT,
    EQEQ, NOTEQ, LT, LE, GT, GE, AND, OR, BANG,
    COMMENT, NEWLINE, EOF, INVALID
}
