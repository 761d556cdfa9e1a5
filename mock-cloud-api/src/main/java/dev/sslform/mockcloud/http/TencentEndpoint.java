package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Accounts;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.ErrorCodes;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Tencent Cloud API 3.0 endpoint: {@code POST /} with JSON and the {@code GET /} form. Checks
 * the envelope (protocol, size, action, version), the signature, the region and the parameters,
 * in that order, then runs the action. Every answer is HTTP 200 with the §4.4 envelope; nothing
 * a client sends yields another status or a stack trace.
 */
final class TencentEndpoint implements Handler {
    static final String VERSION = "2018-03-28";
    /** POST bodies beyond this are refused with {@code RequestSizeLimitExceeded}. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** GET requests are limited to 32 KB (spec §4.1). */
    static final int MAX_QUERY_BYTES = 32 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TencentEndpoint.class);

    private final Map<String, Action> actions;
    private final Authenticator authenticator;
    private final Accounts accounts;
    private final Set<String> regions;
    private final CallObserver observer;

    TencentEndpoint(List<Action> actions, Authenticator authenticator, Accounts accounts, Set<String> regions, CallObserver observer) {
        this.actions = new LinkedHashMap<>();
        for (Action a : actions) {
            this.actions.put(a.name(), a);
        }
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.regions = Set.copyOf(regions);
        this.observer = observer;
    }

    @Override
    public void handle(Context ctx) {
        String requestId = Envelope.newRequestId();
        CallObserver.Call call = new CallObserver.Call(requestId, ctx.header("X-TC-Action"), ctx.header("X-TC-Region"));
        byte[] answer;
        try {
            Map<String, Object> result = process(ctx, call);
            answer = Envelope.success(result, requestId);
            observer.completed(call, null, null);
        } catch (ApiException e) {
            answer = Envelope.error(e.code(), e.getMessage(), requestId);
            observer.completed(call, e.code(), e.getMessage());
        } catch (CallObserver.DropConnection e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("request {} failed", requestId, e);
            answer = Envelope.error(ErrorCodes.INTERNAL_ERROR, "An internal error occurred; see the mockcloud log for request "
                    + requestId + ".", requestId);
            observer.completed(call, ErrorCodes.INTERNAL_ERROR, e.toString());
        }
        ctx.status(200);
        ctx.contentType("application/json");
        ctx.result(answer);
    }

    private Map<String, Object> process(Context ctx, CallObserver.Call call) {
        String method = ctx.method().name();
        if (!method.equals("POST") && !method.equals("GET")) {
            throw new ApiException(ErrorCodes.UNSUPPORTED_PROTOCOL, "Only GET and POST are supported, got " + method + ".");
        }
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        byte[] body = method.equals("POST") ? readBody(ctx) : new byte[0];
        if (method.equals("GET") && query.length() > MAX_QUERY_BYTES) {
            throw new ApiException(ErrorCodes.REQUEST_SIZE_LIMIT_EXCEEDED, "The query string is " + query.length()
                    + " bytes; a GET request may carry at most 32 KB (" + MAX_QUERY_BYTES + " bytes) of parameters.");
        }
        String actionName = ctx.header("X-TC-Action");
        if (actionName == null || actionName.isBlank()) {
            throw new ApiException(ErrorCodes.MISSING_PARAMETER, "The request is missing the X-TC-Action header.");
        }
        String version = ctx.header("X-TC-Version");
        if (version == null || version.isBlank()) {
            throw new ApiException(ErrorCodes.MISSING_PARAMETER, "The request is missing the X-TC-Version header.");
        }
        if (!version.equals(VERSION)) {
            throw new ApiException(ErrorCodes.NO_SUCH_VERSION, "Version " + version + " does not exist for sqlserver; use " + VERSION + ".");
        }
        Action action = actions.get(actionName);
        if (action == null) {
            throw new ApiException(ErrorCodes.INVALID_ACTION, "The action " + actionName + " does not exist (sqlserver " + VERSION + ").");
        }
        String secretId = authenticator.authenticate(method, query, ctx::header, body);
        Account account = accounts.bySecretId(secretId)
                .orElseThrow(() -> new ApiException(ErrorCodes.AUTH_SECRET_ID_NOT_FOUND, "The SecretId " + secretId + " was not found."));
        call.account(account);
        String region = ctx.header("X-TC-Region");
        if (region == null || region.isBlank()) {
            throw new ApiException(ErrorCodes.MISSING_PARAMETER, "The request is missing the X-TC-Region header.");
        }
        if (!regions.contains(region)) {
            throw new ApiException(ErrorCodes.UNSUPPORTED_REGION, "The region " + region + " is not supported by sqlserver.");
        }
        ObjectNode json = method.equals("POST") ? parseJson(ctx, body) : Params.fromForm(parseForm(query), action.parameters());
        call.parameters(json);
        observer.beforeAction(call);
        Params params = Params.of(json, action.parameters());
        return action.handler().handle(new Caller(account.appId(), region), params);
    }

    private static byte[] readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(ErrorCodes.REQUEST_SIZE_LIMIT_EXCEEDED, "The request body exceeds " + MAX_BODY_BYTES + " bytes.");
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The request body could not be read: " + e.getMessage());
        }
    }

    private static ObjectNode parseJson(Context ctx, byte[] body) {
        String contentType = ctx.header("Content-Type");
        String base = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!base.equals("application/json")) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "A POST request must have Content-Type application/json, got "
                    + (contentType == null ? "none" : "\"" + contentType + "\"") + ".");
        }
        if (body.length == 0) {
            return Envelope.JSON.createObjectNode();
        }
        JsonNode node;
        try {
            node = Envelope.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The request body is not valid JSON.");
        }
        if (node == null || node.isMissingNode()) {
            return Envelope.JSON.createObjectNode();
        }
        if (!node.isObject()) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The request body must be a JSON object of parameters.");
        }
        return (ObjectNode) node;
    }

    private static Map<String, List<String>> parseForm(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The query string is not valid URL encoding near \"" + pair + "\".");
            }
        }
        return out;
    }
}
