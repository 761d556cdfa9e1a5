package dev.sslform.mockcloud.dataplane;

import java.io.IOException;

/** A client sent bytes that are not the TDS this endpoint expects; the session ends. */
final class TdsProtocolException extends IOException {
    TdsProtocolException(String message) {
        super(message);
    }
}
