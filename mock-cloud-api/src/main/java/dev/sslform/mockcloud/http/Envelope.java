package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The API 3.0 response envelope (spec §4.4): always HTTP 200 and a top-level {@code Response}
 * holding either the action's fields or {@code Error {Code, Message}}, and a {@code RequestId}.
 */
final class Envelope {
    static final ObjectMapper JSON = new ObjectMapper();

    private Envelope() {
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    static byte[] success(Map<String, Object> fields, String requestId) {
        Map<String, Object> response = new LinkedHashMap<>(fields);
        response.put("RequestId", requestId);
        return write(Map.of("Response", response));
    }

    static byte[] error(String code, String message, String requestId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", code);
        error.put("Message", message);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Error", error);
        response.put("RequestId", requestId);
        return write(Map.of("Response", response));
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
