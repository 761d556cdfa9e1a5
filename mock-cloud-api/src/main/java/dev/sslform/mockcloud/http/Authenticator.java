package dev.sslform.mockcloud.http;

import java.util.function.Function;

/**
 * Checks a request's TC3-HMAC-SHA256 signature and names the key that signed it, or throws the
 * {@code AuthFailure.*} error that says why not.
 */
@FunctionalInterface
interface Authenticator {
    /** The SecretId that signed the request. */
    String authenticate(String method, String rawQuery, Function<String, String> header, byte[] body);
}
