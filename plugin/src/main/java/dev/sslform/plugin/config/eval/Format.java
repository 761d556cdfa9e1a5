package dev.sslform.plugin.config.eval;

import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import dev.sslform.plugin.config.value.Value;
import dev.sslform.plugin.config.value.ValueJson;
import java.math.RoundingMode;
import java.util.List;

/** Terraform's {@code format}: Go-style verbs %s %q %d %f %t %v %%, with flags - and 0, width and precision. */
final class Format {
    private Format() {
    }

    static String format(List<Value> a) throws FunctionException {
        String f = Args.string(a, 0);
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            boolean left = false;
            boolean zero = false;
            while (j < f.length() && (f.charAt(j) == '-' || f.charAt(j) == '0' || f.charAt(j) == '+' || f.charAt(j) == ' ')) {
                left |= f.charAt(j) == '-';
                zero |= f.charAt(j) == '0';
                j++;
            }
            int width = 0;
            while (j < f.length() && Character.isDigit(f.charAt(j))) {
                width = width * 10 + (f.charAt(j++) - '0');
            }
            int precision = -1;
            if (j < f.length() && f.charAt(j) == '.') {
                precision = 0;
                j++;
                while (j < f.length() && Character.isDigit(f.charAt(j))) {
                    precision = precision * 10 + (f.charAt(j++) - '0');
                }
            }
            if (j >= f.length()) {
                throw new FunctionException(0, "unterminated format verb at " + i);
            }
            char verb = f.charAt(j);
            i = j;
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= a.size()) {
                throw new FunctionException(-1, "not enough arguments for \"%" + verb + "\" at " + (j + 1)
                        + ": need index " + next + " but have " + (a.size() - 1) + " total");
            }
            String s = verb(verb, a, next++, precision);
            out.append(pad(s, width, left, zero && !left && verb != 's' && verb != 'q'));
        }
        return out.toString();
    }

    private static String verb(char verb, List<Value> a, int i, int precision) throws FunctionException {
        switch (verb) {
            case 's':
                String s = Args.string(a, i);
                return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
            case 'q':
                return ValueJson.toJson(new StringValue(Args.string(a, i))).toString();
            case 'd':
                NumberValue n = Args.number(a, i);
                if (!n.isInteger()) {
                    throw new FunctionException(i, "an integer is required for %d, but have " + n.text());
                }
                return n.value().toBigInteger().toString();
            case 'f':
                return Args.number(a, i).value().setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
            case 't':
                if (!(a.get(i) instanceof BoolValue b)) {
                    throw new FunctionException(i, "bool required for %t, but have " + a.get(i).typeName());
                }
                return Boolean.toString(b.value());
            case 'v':
                Value v = a.get(i);
                if (v instanceof StringValue || v instanceof NumberValue || v instanceof BoolValue) {
                    return Args.string(a, i);
                }
                return ValueJson.toJson(v).toString();
            default:
                throw new FunctionException(0, "unsupported format verb %" + verb);
        }
    }

    private static String pad(String s, int width, boolean left, boolean zero) {
        int n = width - s.codePointCount(0, s.length());
        if (n <= 0) {
            return s;
        }
        if (left) {
            return s + " ".repeat(n);
        }
        if (zero && s.startsWith("-")) {
            return "-" + "0".repeat(n) + s.substring(1);
        }
        return (zero ? "0" : " ").repeat(n) + s;
    }
}
