package dev.sslform.plugin.provider.api;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import java.io.IOException;

/**
 * {@link SqlServerApi} over the wire, through the vendor's {@code CommonClient} (service
 * {@code sqlserver}, version {@code 2018-03-28}), which does the transport and TC3-HMAC-SHA256
 * signing. Requests and responses are our own records (the typed SQL Server SDK jar served by
 * Maven Central lacks the SSL classes, spec §6.1). Every failure becomes an {@link ApiError}. No
 * retries or rate limiting here: wrap it in {@link ResilientSqlServerApi}.
 */
public final class TencentSqlServerApi implements SqlServerApi {

    public static final String SERVICE = "sqlserver";
    public static final String VERSION = "2018-03-28";

    private final CommonClient client;
    private final dev.sslform.plugin.support.Log log;

    public TencentSqlServerApi(ApiConfig config) {
        this(config, dev.sslform.plugin.support.Log.OFF);
    }

    /** As above; at trace, {@code log} gets each request's parameters and each response's body (never the credentials or signature). */
    public TencentSqlServerApi(ApiConfig config, dev.sslform.plugin.support.Log log) {
        this.log = log;
        Credential credential = config.securityToken() == null
                ? new Credential(config.secretId(), config.secretKey())
                : new Credential(config.secretId(), config.secretKey(), config.securityToken());
        HttpProfile http = new HttpProfile();
        http.setProtocol(config.protocol());
        http.setEndpoint(config.endpoint());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        // English messages, as Terraform asks for, so errors read the same in every locale.
        profile.setLanguage(Language.EN_US);
        this.client = new CommonClient(SERVICE, VERSION, credential, config.region(), profile);
    }

    private <T> T call(String action, Object request, Class<T> type) {
        String body;
        String params = ApiJson.encode(request);
        log.trace("API request", "action", action, "params", params);
        try {
            body = client.commonRequest(new CommonRequest(params), action);
            log.trace("API response", "action", action, "body", body);
        } catch (TencentCloudSDKException e) {
            throw map(action, e);
        } catch (RuntimeException e) {
            // The SDK lets some transport failures escape unchecked (e.g. from OkHttp interceptors).
            throw new ApiError(action, hasIoCause(e) ? ApiError.NETWORK_ERROR : ApiError.CLIENT_ERROR,
                    String.valueOf(e.getMessage()), null, e);
        }
        return ApiJson.decode(action, body, type);
    }

    /** Maps the SDK's exception: server codes kept, no code + I/O cause = network error. */
    static ApiError map(String action, TencentCloudSDKException e) {
        String code = e.getErrorCode();
        String message = e.getMessage();
        if (code == null || code.isEmpty()) {
            code = hasIoCause(e) ? ApiError.NETWORK_ERROR : ApiError.CLIENT_ERROR;
        } else if (code.equals("ServerSideError")) {
            // The SDK's name for "HTTP status was not 200; body not read" (spec §4.5).
            code = ApiError.HTTP_STATUS_ERROR;
        }
        String requestId = e.getRequestId() == null || e.getRequestId().isEmpty() ? null : e.getRequestId();
        return new ApiError(action, code, message, requestId, e);
    }

    private static boolean hasIoCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public DescribeDBInstances.Response describeDBInstances(DescribeDBInstances.Request request) {
        return call(DescribeDBInstances.ACTION, request, DescribeDBInstances.Response.class);
    }

    @Override
    public DescribeDBInstancesAttribute.Response describeDBInstancesAttribute(DescribeDBInstancesAttribute.Request request) {
        return call(DescribeDBInstancesAttribute.ACTION, request, DescribeDBInstancesAttribute.Response.class);
    }

    @Override
    public ModifyDBInstanceSSL.Response modifyDBInstanceSSL(ModifyDBInstanceSSL.Request request) {
        return call(ModifyDBInstanceSSL.ACTION, request, ModifyDBInstanceSSL.Response.class);
    }

    @Override
    public DescribeFlowStatus.Response describeFlowStatus(DescribeFlowStatus.Request request) {
        return call(DescribeFlowStatus.ACTION, request, DescribeFlowStatus.Response.class);
    }

    @Override
    public DescribeMaintenanceSpan.Response describeMaintenanceSpan(DescribeMaintenanceSpan.Request request) {
        return call(DescribeMaintenanceSpan.ACTION, request, DescribeMaintenanceSpan.Response.class);
    }

    @Override
    public ModifyMaintenanceSpan.Response modifyMaintenanceSpan(ModifyMaintenanceSpan.Request request) {
        return call(ModifyMaintenanceSpan.ACTION, request, ModifyMaintenanceSpan.Response.class);
    }
}
