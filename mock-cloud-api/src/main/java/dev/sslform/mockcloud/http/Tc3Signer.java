package dev.sslform.mockcloud.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Tencent Cloud API 3.0 request signer (TC3-HMAC-SHA256, spec §5.1): a pure function from a
 * request, a key pair, a service and a timestamp to every intermediate value of the algorithm.
 *
 * <p>Invariants: nothing here reads the clock or any configuration; the same inputs always give
 * the same {@link Signature}. Signed header names are lower-cased and sorted, their values
 * trimmed and lower-cased, as the official doc does (vector C signs
 * {@code x-tc-action:describeinstances}); the SDKs' own values are lower-case already, so this
 * reproduces them too. The scope date is always the UTC date of the timestamp.
 *
 * <p>The server side ({@link Tc3Verifier}) calls {@link #compute} with the headers it received,
 * so client and server share one implementation of the canonical request.
 */
public final class Tc3Signer {
    /** The algorithm name, first word of the Authorization header and first line to sign. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    /** The value of {@code X-TC-Content-SHA256} that opts out of signing the body. */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    /** The last element of every credential scope. */
    public static final String TERMINATOR = "tc3_request";

    private static final HexFormat HEX = HexFormat.of();

    private Tc3Signer() {
    }

    /**
     * What gets signed: method, canonical query string, the signed headers (name to value, as
     * the client sends them) and the body bytes.
     *
     * @param canonicalQueryString empty for POST; for GET the URL-encoded query exactly as sent
     * @param signedHeaders every header to sign, host and content-type included; the names are
     *                      normalised to lower case and sorted
     * @param unsignedPayload when true, the body is not hashed and the payload hash is that of the
     *                        literal {@code UNSIGNED-PAYLOAD} (the client then sends
     *                        {@code X-TC-Content-SHA256: UNSIGNED-PAYLOAD})
     */
    public record Request(String method, String canonicalQueryString, SortedMap<String, String> signedHeaders,
                          byte[] payload, boolean unsignedPayload) {
        public Request {
            Objects.requireNonNull(method, "method");
            canonicalQueryString = canonicalQueryString == null ? "" : canonicalQueryString;
            TreeMap<String, String> normalised = new TreeMap<>();
            signedHeaders.forEach((name, value) -> normalised.put(name.trim().toLowerCase(Locale.ROOT), value));
            if (normalised.isEmpty()) {
                throw new IllegalArgumentException("at least one header must be signed");
            }
            signedHeaders = Collections.unmodifiableSortedMap(normalised);
            payload = payload == null ? new byte[0] : payload.clone();
        }

        /** A POST with a body, signing {@code content-type;host} like every official SDK. */
        public static Request post(String host, String contentType, byte[] payload) {
            return new Request("POST", "", headers(host, contentType), payload, false);
        }

        /** A GET: the query string as it goes on the wire, no body, signing {@code content-type;host}. */
        public static Request get(String host, String contentType, String canonicalQueryString) {
            return new Request("GET", canonicalQueryString, headers(host, contentType), new byte[0], false);
        }

        /** This request with one more signed header (e.g. {@code X-TC-Action}, as vector C does). */
        public Request withSignedHeader(String name, String value) {
            TreeMap<String, String> more = new TreeMap<>(signedHeaders);
            more.put(name, value);
            return new Request(method, canonicalQueryString, more, payload, unsignedPayload);
        }

        /** This request with the body left out of the signature. */
        public Request withUnsignedPayload() {
            return new Request(method, canonicalQueryString, signedHeaders, payload, true);
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Request r && method.equals(r.method)
                    && canonicalQueryString.equals(r.canonicalQueryString)
                    && signedHeaders.equals(r.signedHeaders) && Arrays.equals(payload, r.payload)
                    && unsignedPayload == r.unsignedPayload;
        }

        @Override
        public int hashCode() {
            return Objects.hash(method, canonicalQueryString, signedHeaders, Arrays.hashCode(payload), unsignedPayload);
        }

        @Override
        public String toString() {
            return "Request[" + method + " ?" + canonicalQueryString + " " + signedHeaders + ", "
                    + payload.length + " bytes" + (unsignedPayload ? ", unsigned" : "") + "]";
        }

        private static SortedMap<String, String> headers(String host, String contentType) {
            TreeMap<String, String> h = new TreeMap<>();
            h.put("content-type", Objects.requireNonNull(contentType, "contentType"));
            h.put("host", Objects.requireNonNull(host, "host"));
            return h;
        }
    }

    /**
     * Every value the algorithm produces, in the order of spec §5.1. The derived keys are hex so
     * tests can compare them with the spec; the secret key itself is never part of the result.
     */
    public record Signature(String hashedPayload, String canonicalRequest, String canonicalRequestHash,
                            String credentialScope, String stringToSign, String kDate, String kService,
                            String kSigning, String signedHeaders, String signature, String authorization) {
        @Override
        public String toString() {
            // Keeps derived keys out of logs: they are as good as the secret key for a day.
            return "Signature[scope=" + credentialScope + ", signedHeaders=" + signedHeaders
                    + ", canonicalRequestHash=" + canonicalRequestHash + "]";
        }
    }

    /** Runs the whole algorithm (spec §5.1 steps 1–4). */
    public static Signature compute(Request request, String secretId, String secretKey, String service,
                                    long timestamp) {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(service, "service");

        String hashedPayload = request.unsignedPayload()
                ? sha256Hex(UNSIGNED_PAYLOAD.getBytes(StandardCharsets.UTF_8))
                : sha256Hex(request.payload);
        StringBuilder canonicalHeaders = new StringBuilder();
        request.signedHeaders().forEach((name, value) -> canonicalHeaders.append(name).append(':')
                .append(value.trim().toLowerCase(Locale.ROOT)).append('\n'));
        String signedHeaders = String.join(";", request.signedHeaders().keySet());
        String canonicalRequest = request.method().toUpperCase(Locale.ROOT) + "\n/\n"
                + request.canonicalQueryString() + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
                + hashedPayload;
        String canonicalRequestHash = sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));

        String date = utcDate(timestamp).toString();
        String scope = date + "/" + service + "/" + TERMINATOR;
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + canonicalRequestHash;

        byte[] kDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] kService = hmac(kDate, service);
        byte[] kSigning = hmac(kService, TERMINATOR);
        String signature = HEX.formatHex(hmac(kSigning, stringToSign));
        String authorization = ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature;
        return new Signature(hashedPayload, canonicalRequest, canonicalRequestHash, scope, stringToSign,
                HEX.formatHex(kDate), HEX.formatHex(kService), HEX.formatHex(kSigning), signedHeaders,
                signature, authorization);
    }

    /**
     * Signs a POST the way the official Java SDK does (signed headers {@code content-type;host},
     * host as given, port included) and returns the headers a client must send, in this order:
     * {@code Authorization}, {@code X-TC-Timestamp}, {@code Content-Type}, {@code Host}.
     */
    public static Map<String, String> sign(String host, String contentType, byte[] payload, String secretId,
                                           String secretKey, String service, long timestamp) {
        Signature s = compute(Request.post(host, contentType, payload), secretId, secretKey, service, timestamp);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", s.authorization());
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        headers.put("Content-Type", contentType);
        headers.put("Host", host);
        return headers;
    }

    /** The UTC calendar date of a Unix timestamp, the date of the credential scope. */
    public static LocalDate utcDate(long timestamp) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC);
    }

    // One digest and one MAC per thread: looking them up through the provider list costs more
    // than the hashing itself on the verification hot path (six look-ups per request).
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    });
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    });

    /** Lower-case hex SHA-256. */
    public static String sha256Hex(byte[] bytes) {
        // digest() also resets the instance for the next use on this thread.
        return HEX.formatHex(SHA256.get().digest(bytes));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = HMAC_SHA256.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC key of any length is valid", e);
        }
    }
}
