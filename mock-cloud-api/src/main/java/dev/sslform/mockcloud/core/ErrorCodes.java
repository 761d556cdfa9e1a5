package dev.sslform.mockcloud.core;

/** The wire error codes mockcloud answers with (spec §4.6, §4.7 and §9). */
public final class ErrorCodes {
    private ErrorCodes() {
    }

    public static final String AUTH_INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization";
    public static final String AUTH_SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound";
    public static final String AUTH_SIGNATURE_FAILURE = "AuthFailure.SignatureFailure";
    public static final String AUTH_SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";
    public static final String AUTH_TOKEN_FAILURE = "AuthFailure.TokenFailure";
    public static final String INVALID_ACTION = "InvalidAction";
    public static final String NO_SUCH_VERSION = "NoSuchVersion";
    public static final String UNSUPPORTED_REGION = "UnsupportedRegion";
    public static final String UNSUPPORTED_PROTOCOL = "UnsupportedProtocol";
    public static final String MISSING_PARAMETER = "MissingParameter";
    public static final String UNKNOWN_PARAMETER = "UnknownParameter";
    public static final String INVALID_PARAMETER = "InvalidParameter";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    public static final String INPUT_ILLEGAL = "InvalidParameter.InputIllegal";
    public static final String PARAMS_ASSERT_FAILED = "InvalidParameter.ParamsAssertFailed";
    public static final String REQUEST_SIZE_LIMIT_EXCEEDED = "RequestSizeLimitExceeded";
    public static final String REQUEST_LIMIT_EXCEEDED = "RequestLimitExceeded";
    public static final String INSTANCE_NOT_FOUND = "ResourceNotFound.InstanceNotFound";
    public static final String INSTANCE_STATUS_INVALID = "ResourceUnavailable.InstanceStatusInvalid";
    public static final String NOT_SUPPORT_RO_INSTANCE = "ResourceUnavailable.NotSupportRoInstance";
    public static final String NOT_SUPPORT_REPEAT = "UnsupportedOperation.NotSupportRepeat";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String DB_ERROR = "FailedOperation.DBError";
}
