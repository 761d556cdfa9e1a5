package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.Account;

/**
 * Watches API calls as they pass: the hook for the request journal and fault injection. The
 * default does nothing.
 */
interface CallObserver {
    CallObserver NONE = new CallObserver() {
    };

    /** Called after authentication, before the action runs; may throw an ApiException to fail it. */
    default void beforeAction(Call call) {
    }

    /** Called once the answer is known; {@code errorCode} null means success. */
    default void completed(Call call, String errorCode, String message) {
    }

    /** Thrown by an observer to close the connection without an answer. */
    final class DropConnection extends RuntimeException {
        DropConnection() {
            super("connection dropped by a fault rule", null, false, false);
        }
    }

    /** What is known of one call so far. Secrets and signatures are never put here. */
    final class Call {
        final String requestId;
        final String action;
        final String region;
        final long startNanos = System.nanoTime();
        Account account;
        JsonNode parameters;

        Call(String requestId, String action, String region) {
            this.requestId = requestId;
            this.action = action;
            this.region = region;
        }

        void account(Account a) {
            this.account = a;
        }

        void parameters(JsonNode p) {
            this.parameters = p;
        }
    }
}
