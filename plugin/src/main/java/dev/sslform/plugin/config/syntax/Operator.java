package dev.sslform.plugin.config.syntax;

/** HCL's operators, with their source spelling and binary precedence (higher binds tighter). */
public enum Operator {
    OR("||", 1), AND("&&", 2), EQUAL("==", 3), NOT_EQUAL("!=", 3),
    LESS("<", 4), LESS_EQUAL("<=", 4), GREATER(">", 4), GREATER_EQUAL(">=", 4),
    ADD("+", 5), SUBTRACT("-", 5), MULTIPLY("*", 6), DIVIDE("/", 6), MODULO("%", 6),
    NOT("!", 0), NEGATE("-", 0);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    int precedence() {
        return precedence;
    }
}
