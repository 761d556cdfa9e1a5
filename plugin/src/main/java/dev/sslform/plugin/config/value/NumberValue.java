package dev.sslform.plugin.config.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An arbitrary-precision number, exact like cty's: integers never pass through a double. Two
 * numbers are equal when they are numerically equal ({@code 1.0 == 1}).
 */
public record NumberValue(BigDecimal value) implements Value {
    public NumberValue {
        Objects.requireNonNull(value, "value");
    }

    public static NumberValue of(long n) {
        return new NumberValue(BigDecimal.valueOf(n));
    }

    public static NumberValue parse(String literal) {
        return new NumberValue(new BigDecimal(literal));
    }

    public boolean isInteger() {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    public BigInteger toBigInteger() {
        return value.toBigIntegerExact();
    }

    /** The plain decimal text, without exponent or trailing zeros: 1000, 1.5, -0.25. */
    public String text() {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberValue n && n.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
