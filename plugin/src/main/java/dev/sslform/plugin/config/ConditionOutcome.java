package dev.sslform.plugin.config;

/**
 * The result of evaluating one {@link Condition} for one object: a resource or data instance
 * ({@code tencentcloud_x.y["k"]}), an output ({@code output.name}) or a check ({@code check.name}).
 * {@code configAddress} is the static address the object belongs to ({@code tencentcloud_x.y}).
 * {@code message} is the evaluated error_message when the status is {@link Status#FAIL}, and
 * {@code values} what the condition's references held then (for the diagnostic's snippet).
 */
public record ConditionOutcome(Condition condition, String objectAddress, String configAddress, Status status, String message,
                               java.util.List<dev.sslform.plugin.config.diag.ExpressionValue> values) {

    public ConditionOutcome {
        values = values == null ? java.util.List.of() : java.util.List.copyOf(values);
    }

    public ConditionOutcome(Condition condition, String objectAddress, String configAddress, Status status, String message) {
        this(condition, objectAddress, configAddress, status, message, java.util.List.of());
    }

    /** Terraform's check statuses, in its words (pass, fail, unknown, error). */
    public enum Status {
        PASS, FAIL, UNKNOWN, ERROR;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final java.util.regex.Pattern MODULE_PREFIX =
            java.util.regex.Pattern.compile("^(module\\.[A-Za-z_][A-Za-z0-9_-]*(\\[(\\d+|\"([^\"\\\\]|\\\\.)*\")\\])?\\.)*");

    /** The object's address without its module path ({@code output.x}, {@code check.y}, {@code type.name[0]}). */
    public String localAddress() {
        return MODULE_PREFIX.matcher(objectAddress).replaceFirst("");
    }

    /** Whether the object is an output (of any module). */
    public boolean isOutput() {
        return localAddress().startsWith("output.");
    }

    /** Whether the object is a check block (of any module). */
    public boolean isCheck() {
        return localAddress().startsWith("check.");
    }

    /** "main.tf:12,3": where the condition block is. */
    public String where() {
        var r = condition.range();
        return r.filename() + ":" + r.start().line() + "," + r.start().column();
    }
}
