package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON side of the wire: requests are written with nulls left out (the API treats a missing
 * field as "not given"), and responses are read from the API 3.0 envelope
 * {@code {"Response": {..., "RequestId": ...}}}, ignoring fields we do not model, or turned into an
 * {@link ApiError} when the envelope carries {@code Response.Error}.
 */
public final class ApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ApiJson() {
    }

    public static String encode(Object request) {
        try {
            return MAPPER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode request: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads one action's response. Accepts the full envelope or its {@code Response} member alone.
     *
     * @throws ApiError with the envelope's code, message and RequestId, or {@code
     *     ClientError.Unknown} when the body is not a response at all
     */
    public static <T> T decode(String action, String body, Class<T> type) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(action, ApiError.CLIENT_ERROR, "response is not JSON: " + e.getOriginalMessage(), null, e);
        }
        if (root == null || !root.isObject()) {
            throw new ApiError(action, ApiError.CLIENT_ERROR, "response is not a JSON object", null);
        }
        JsonNode response = root.has("Response") ? root.get("Response") : root;
        if (!response.isObject()) {
            throw new ApiError(action, ApiError.CLIENT_ERROR, "\"Response\" is not a JSON object", null);
        }
        String requestId = response.path("RequestId").asText(null);
        JsonNode error = response.get("Error");
        if (error != null && !error.isNull()) {
            throw new ApiError(action, error.path("Code").asText(ApiError.CLIENT_ERROR),
                    error.path("Message").asText(""), requestId);
        }
        try {
            return MAPPER.treeToValue(response, type);
        } catch (JsonProcessingException e) {
            throw new ApiError(action, ApiError.CLIENT_ERROR, "unexpected response shape: " + e.getOriginalMessage(), requestId, e);
        }
    }
}
