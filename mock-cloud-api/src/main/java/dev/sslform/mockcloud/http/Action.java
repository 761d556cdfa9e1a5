package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.Caller;

import java.util.Map;

/**
 * One API 3.0 action: its name, the parameters it declares and what it does with them. The
 * result is the action's own fields of {@code Response}; the envelope adds {@code RequestId}.
 */
record Action(String name, Map<String, Params.Type> parameters, Handler handler) {
    @FunctionalInterface
    interface Handler {
        Map<String, Object> handle(Caller caller, Params params);
    }
}
