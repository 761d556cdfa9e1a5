package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.ErrorCodes;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The size limits of both surfaces, in one place, and the Jetty error handler that answers what
 * Jetty refuses before a route sees it in the surface's own shape.
 *
 * <p>Limits: an API POST body of 1 MiB and a GET query of 32 KB ({@link TencentEndpoint}, answered
 * {@code RequestSizeLimitExceeded}); an admin body of 1 MiB, except {@code PUT /_mock/state}, which
 * takes {@link #STATE_BODY_BYTES} (a 10,000-instance export is about 20 MiB); a request line
 * plus headers of {@link #REQUEST_HEAD_BYTES}, so queries well beyond 32 KB still reach the routes
 * and get their documented answer.
 *
 * <p>Invariant: no client ever gets Jetty's HTML or plain-text error page. What Jetty refuses
 * itself (a request line or headers beyond {@link #REQUEST_HEAD_BYTES}, a malformed request) is
 * answered here: on a {@code /_mock} path with the real status and {@code {"error": …}}; on any
 * other path, or when Jetty could not read the path (a request line too long to parse), with
 * the API 3.0 envelope and HTTP 200, since the Tencent surface is what SDKs talk to.
 */
final class RequestLimits extends ErrorHandler {
    /** A {@code /_mock} request body (other than a state import). */
    static final int ADMIN_BODY_BYTES = 1 << 20;
    /** A {@code PUT /_mock/state} body: room for about 30,000 instances with SSL enabled. */
    static final int STATE_BODY_BYTES = 64 << 20;
    /** The request line and headers together, as Jetty reads them. */
    static final int REQUEST_HEAD_BYTES = 1 << 20;

    /**
     * Reads a request body of at most {@code limit} bytes.
     *
     * @throws AdminRoutes.AdminError 413 when it is longer, naming the limit and {@code what}
     */
    static byte[] readAdminBody(InputStream in, int limit, String what) {
        try (in) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new AdminRoutes.AdminError(413, tooLarge(what, limit));
            }
            return body;
        } catch (IOException e) {
            throw new AdminRoutes.AdminError(400, "the request body could not be read: " + e.getMessage());
        }
    }

    static String tooLarge(String what, long limit) {
        return "the request body exceeds " + limit + " bytes, the limit of " + what;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_STATUS) instanceof Integer s) {
            status = s;
        }
        String reason = request.getAttribute(ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m : "HTTP " + status;
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        byte[] body;
        if (path != null && path.startsWith("/_mock")) {
            response.setStatus(status);
            body = write(Map.of("error", adminMessage(status, reason)));
        } else {
            // Deviation: what the real front end answers to a request this large or malformed is
            // undocumented; the mock keeps its promise of the envelope on every API answer.
            response.setStatus(200);
            body = Envelope.error(apiCode(status), apiMessage(status, reason), Envelope.newRequestId());
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static boolean tooLarge(int status) {
        return status == 413 || status == 414 || status == 431;
    }

    private static String apiCode(int status) {
        if (tooLarge(status)) {
            return ErrorCodes.REQUEST_SIZE_LIMIT_EXCEEDED;
        }
        return status >= 500 ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.INVALID_PARAMETER;
    }

    private static String apiMessage(int status, String reason) {
        if (tooLarge(status)) {
            return "The request line and headers exceed " + REQUEST_HEAD_BYTES + " bytes (" + reason
                    + "); a GET request may carry at most 32 KB of parameters, a POST body at most "
                    + TencentEndpoint.MAX_BODY_BYTES + " bytes.";
        }
        return "The HTTP request could not be read: " + reason + ".";
    }

    private static String adminMessage(int status, String reason) {
        if (tooLarge(status)) {
            return "the request line and headers exceed " + REQUEST_HEAD_BYTES + " bytes (" + reason + ")";
        }
        return "the HTTP request could not be read: " + reason;
    }

    private static byte[] write(Object value) {
        try {
            return Envelope.JSON.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
