package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Expr;
import dev.sslform.plugin.config.syntax.Operator;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.Type;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * HCL's operators over values: exact decimal arithmetic (division to 34 significant digits),
 * comparison, logic and equality. An unknown operand gives an unknown of the result type.
 */
final class Operators {
    private static final UnknownValue UNKNOWN_BOOL = new UnknownValue(Type.BOOL);
    private static final UnknownValue UNKNOWN_NUMBER = new UnknownValue(Type.NUMBER);

    private Operators() {
    }

    static Value binary(Expr.Binary b, Value l, Value r, Diagnostics diags) {
        Operator op = b.op();
        if (op == Operator.EQUAL || op == Operator.NOT_EQUAL) {
            if (!l.isWhollyKnown() || !r.isWhollyKnown()) {
                return UNKNOWN_BOOL;
            }
            return BoolValue.of(l.equals(r) == (op == Operator.EQUAL));
        }
        if (op == Operator.AND || op == Operator.OR) {
            Value lb = operand(l, Type.BOOL, "left", b, diags);
            Value rb = operand(r, Type.BOOL, "right", b, diags);
            if (!(lb instanceof BoolValue x) || !(rb instanceof BoolValue y)) {
                return UNKNOWN_BOOL;
            }
            return BoolValue.of(op == Operator.AND ? x.value() && y.value() : x.value() || y.value());
        }
        Value ln = operand(l, Type.NUMBER, "left", b, diags);
        Value rn = operand(r, Type.NUMBER, "right", b, diags);
        boolean comparison = op == Operator.LESS || op == Operator.LESS_EQUAL || op == Operator.GREATER || op == Operator.GREATER_EQUAL;
        if (!(ln instanceof NumberValue x) || !(rn instanceof NumberValue y)) {
            return comparison ? UNKNOWN_BOOL : UNKNOWN_NUMBER;
        }
        BigDecimal a = x.value();
        BigDecimal c = y.value();
        switch (op) {
            case LESS:
                return BoolValue.of(a.compareTo(c) < 0);
            case LESS_EQUAL:
                return BoolValue.of(a.compareTo(c) <= 0);
            case GREATER:
                return BoolValue.of(a.compareTo(c) > 0);
            case GREATER_EQUAL:
                return BoolValue.of(a.compareTo(c) >= 0);
            case ADD:
                return new NumberValue(a.add(c));
            case SUBTRACT:
                return new NumberValue(a.subtract(c));
            case MULTIPLY:
                return new NumberValue(a.multiply(c));
            default:
                break;
        }
        if (c.signum() == 0) {
            diags.error("Invalid operand", (op == Operator.DIVIDE ? "Division" : "Modulo") + " by zero is not allowed.", b.right().range());
            return UNKNOWN_NUMBER;
        }
        if (op == Operator.DIVIDE) {
            return new NumberValue(a.divide(c, MathContext.DECIMAL128).stripTrailingZeros());
        }
        return new NumberValue(a.remainder(c));
    }

    static Value unary(Expr.Unary u, Value v, Diagnostics diags) {
        if (u.op() == Operator.NOT) {
            Value b = operand(v, Type.BOOL, "", u, diags);
            return b instanceof BoolValue x ? BoolValue.of(!x.value()) : UNKNOWN_BOOL;
        }
        Value n = operand(v, Type.NUMBER, "", u, diags);
        return n instanceof NumberValue x ? new NumberValue(x.value().negate()) : UNKNOWN_NUMBER;
    }

    private static Value operand(Value v, Type t, String side, Expr e, Diagnostics diags) {
        if (v instanceof UnknownValue) {
            return v;
        }
        try {
            Value c = Convert.to(v, t);
            if (c.typeName().equals("null")) {
                throw new ConversionException("a " + t + " is required, but the value is null");
            }
            return c;
        } catch (ConversionException ex) {
            String which = side.isEmpty() ? "operand" : side + " operand";
            diags.error("Invalid operand", "Unsuitable value for " + which + ": a " + t + " is required.", e.range());
            return UnknownValue.DYNAMIC;
        }
    }
}
