package dev.sslform.mockcloud.core;

/**
 * An error with its Tencent Cloud API 3.0 wire code (for example
 * {@code ResourceUnavailable.InstanceStatusInvalid}), raised where the condition is detected and
 * turned into the {@code Response.Error} envelope by the HTTP layer.
 */
public final class ApiException extends RuntimeException {
    private final String code;

    public ApiException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The wire code, e.g. {@code InvalidParameter.InputIllegal}. */
    public String code() {
        return code;
    }
}
