package dev.sslform.mockcloud.http;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A received HTTP request as far as signature verification needs it: the method, the raw query
 * string, the headers (looked up case-insensitively) and the body bytes exactly as received.
 *
 * <p>The HTTP layer adapts its own request type to this interface; tests use {@link #of}.
 */
public interface SignedRequest {
    /** The HTTP method as received, e.g. {@code POST}. */
    String method();

    /** The query string as received, still URL-encoded, without the leading {@code ?}; empty if none. */
    String rawQueryString();

    /** A header's value, whatever the case of {@code name}; empty when the header was not sent. */
    Optional<String> header(String name);

    /** The body bytes exactly as received; never a re-serialisation. */
    byte[] body();

    /** A request over plain values; the header map is copied and searched case-insensitively. */
    static SignedRequest of(String method, String rawQueryString, Map<String, String> headers, byte[] body) {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        byte[] bytes = body == null ? new byte[0] : body.clone();
        String query = rawQueryString == null ? "" : rawQueryString;
        return new SignedRequest() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public String rawQueryString() {
                return query;
            }

            @Override
            public Optional<String> header(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public byte[] body() {
                return bytes.clone();
            }

            @Override
            public String toString() {
                return method + " /?" + query + " " + byName.keySet() + " " + bytes.length + " bytes";
            }
        };
    }
}
