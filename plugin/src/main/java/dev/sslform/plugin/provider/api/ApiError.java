package dev.sslform.plugin.provider.api;

import java.util.Objects;

/**
 * A failed API call: the Tencent error code ({@code ResourceUnavailable.InstanceStatusInvalid},
 * or {@code ClientError.NetworkError} when no answer came back), the server's message, its
 * RequestId (null when there was no response) and the action that failed.
 */
public final class ApiError extends RuntimeException {

    public static final String NETWORK_ERROR = "ClientError.NetworkError";
    public static final String HTTP_STATUS_ERROR = "ClientError.HttpStatusCodeError";
    public static final String CLIENT_ERROR = "ClientError.Unknown";
    public static final String INSTANCE_STATUS_INVALID = "ResourceUnavailable.InstanceStatusInvalid";
    public static final String NOT_SUPPORT_RO_INSTANCE = "ResourceUnavailable.NotSupportRoInstance";
    public static final String INSTANCE_NOT_FOUND = "ResourceNotFound.InstanceNotFound";
    public static final String NOT_SUPPORT_REPEAT = "UnsupportedOperation.NotSupportRepeat";

    private final String code;
    private final String serverMessage;
    private final String requestId;
    private final String action;

    public ApiError(String action, String code, String serverMessage, String requestId, Throwable cause) {
        super(format(action, code, serverMessage, requestId), cause);
        this.action = Objects.requireNonNull(action, "action");
        this.code = Objects.requireNonNull(code, "code");
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.requestId = requestId;
    }

    public ApiError(String action, String code, String serverMessage, String requestId) {
        this(action, code, serverMessage, requestId, null);
    }

    public String code() {
        return code;
    }

    public String serverMessage() {
        return serverMessage;
    }

    /** The RequestId to quote to Tencent support; null when no response arrived. */
    public String requestId() {
        return requestId;
    }

    public String action() {
        return action;
    }

    /** True when the code is {@code prefix} or starts with {@code prefix + "."}. */
    public boolean is(String prefix) {
        return code.equals(prefix) || code.startsWith(prefix + ".");
    }

    private static String format(String action, String code, String message, String requestId) {
        return action + " failed: [" + code + "] " + (message == null ? "" : message)
                + (requestId == null || requestId.isEmpty() ? "" : " (RequestId: " + requestId + ")");
    }
}
