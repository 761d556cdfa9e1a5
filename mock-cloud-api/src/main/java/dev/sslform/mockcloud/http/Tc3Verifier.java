package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server-side check of a TC3-HMAC-SHA256 signed request, following the procedure of spec
 * §5.7: parse the Authorization header, check the timestamp, rebuild the canonical request from
 * what was received, look the key up and compare signatures in constant time.
 *
 * <p>Invariants: the date and service come from the credential scope, never from configuration
 * (the SDKs sign service {@code 127} for {@code 127.0.0.1:PORT}); the server time is passed in,
 * never read here; the body is hashed exactly as received; failure messages never contain the
 * secret key, the derived keys or the expected signature.
 *
 * <p>Checks run in this order, so each failure has one code: Authorization syntax
 * ({@code AuthFailure.InvalidAuthorization}), {@code X-TC-Timestamp} presence and syntax
 * ({@code MissingParameter}, {@code InvalidParameter}), clock skew over 300 s
 * ({@code AuthFailure.SignatureExpire}), scope date against the timestamp's UTC date, the
 * required {@code content-type} and {@code host} among {@code SignedHeaders} and presence of every
 * signed header ({@code AuthFailure.SignatureFailure}, spec §5.2 and §9 D18), SecretId
 * ({@code AuthFailure.SecretIdNotFound}), signature ({@code AuthFailure.SignatureFailure}).
 */
public final class Tc3Verifier {
    /** The largest accepted difference, either way, between {@code X-TC-Timestamp} and server time. */
    public static final long MAX_SKEW_SECONDS = 300;

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    /** {@code host:port} or {@code [v6]:port}; group 1 is the host without the port. */
    private static final Pattern HOST_WITH_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]+):\\d+");

    /**
     * The headers every signature must cover (spec §5.2: the signature document requires at least
     * these two; a client signing fewer would pass here and fail against the real cloud).
     */
    public static final List<String> REQUIRED_SIGNED_HEADERS = List.of("content-type", "host");

    /** Who signed a verified request, and the scope they signed it for. */
    public record Verified(String secretId, String service, LocalDate date) {
    }

    private final Function<String, Optional<String>> secretKeyBySecretId;

    /** @param secretKeyBySecretId the SecretKey for a SecretId, empty when the id is unknown */
    public Tc3Verifier(Function<String, Optional<String>> secretKeyBySecretId) {
        this.secretKeyBySecretId = Objects.requireNonNull(secretKeyBySecretId, "secretKeyBySecretId");
    }

    /**
     * Verifies {@code request} as received at server time {@code now}.
     *
     * @return the SecretId, service and date the request was signed with
     * @throws ApiException with the wire code of the first check that fails
     */
    public Verified verify(SignedRequest request, Instant now) {
        Tc3Authorization auth = Tc3Authorization.parse(request.header("Authorization").orElse(null));
        long timestamp = timestamp(request);
        checkSkew(timestamp, now);
        LocalDate timestampDate = Tc3Signer.utcDate(timestamp);
        if (!auth.date().equals(timestampDate)) {
            throw failure("the date " + auth.date() + " in the credential scope is not " + timestampDate
                    + ", the UTC date of X-TC-Timestamp " + timestamp + "; the scope date must be the UTC date of the "
                    + "timestamp");
        }
        List<String> unsigned = REQUIRED_SIGNED_HEADERS.stream().filter(h -> !auth.signedHeaders().contains(h)).toList();
        if (!unsigned.isEmpty()) {
            throw failure("SignedHeaders=" + auth.signedHeadersValue() + " does not include " + String.join(" and ", unsigned)
                    + "; a TC3-HMAC-SHA256 signature must cover at least content-type and host");
        }
        TreeMap<String, String> received = new TreeMap<>();
        for (String name : auth.signedHeaders()) {
            String value = request.header(name).orElseThrow(() -> failure("the header " + name
                    + " is listed in SignedHeaders but was not sent"));
            received.put(name, value);
        }
        String secretKey = secretKeyBySecretId.apply(auth.secretId()).orElseThrow(() -> new ApiException(
                ErrorCodes.AUTH_SECRET_ID_NOT_FOUND, "The SecretId " + auth.secretId()
                + " in the Authorization header is not known to this server; check the credentials the client "
                + "was configured with."));

        String method = request.method().toUpperCase(Locale.ROOT);
        boolean get = "GET".equals(method);
        // §5.1: the query is signed as the client URL-encoded it, so it is used verbatim, never
        // decoded and re-encoded (the Java SDK encodes spaces as '+', which RFC 3986 would not).
        String query = get ? request.rawQueryString() : "";
        byte[] payload = get ? new byte[0] : request.body();
        boolean unsignedPayload = request.header("X-TC-Content-SHA256").map(String::trim)
                .filter(Tc3Signer.UNSIGNED_PAYLOAD::equals).isPresent();
        byte[] carried = auth.signature().getBytes(StandardCharsets.US_ASCII);

        List<Tc3Signer.Signature> tried = new ArrayList<>();
        for (TreeMap<String, String> headers : candidates(received)) {
            Tc3Signer.Request rebuilt = new Tc3Signer.Request(method, query, headers, payload, unsignedPayload);
            Tc3Signer.Signature expected = Tc3Signer.compute(rebuilt, auth.secretId(), secretKey, auth.service(),
                    timestamp);
            if (MessageDigest.isEqual(carried, expected.signature().getBytes(StandardCharsets.US_ASCII))) {
                return new Verified(auth.secretId(), auth.service(), auth.date());
            }
            tried.add(expected);
        }
        throw mismatch(tried, unsignedPayload, payload.length);
    }

    /**
     * The signed header sets to try: as received, then, when {@code host} is signed and carries
     * a port, with the port removed, because the Node SDK signs the hostname only (spec §5.5).
     */
    private static List<TreeMap<String, String>> candidates(TreeMap<String, String> received) {
        List<TreeMap<String, String>> candidates = new ArrayList<>();
        candidates.add(received);
        String host = received.get("host");
        if (host != null) {
            Matcher m = HOST_WITH_PORT.matcher(host.trim());
            if (m.matches()) {
                TreeMap<String, String> withoutPort = new TreeMap<>(received);
                withoutPort.put("host", m.group(1));
                candidates.add(withoutPort);
            }
        }
        return candidates;
    }

    private static long timestamp(SignedRequest request) {
        String value = request.header("X-TC-Timestamp").map(String::trim).orElse("");
        if (value.isEmpty()) {
            throw new ApiException(ErrorCodes.MISSING_PARAMETER,
                    "The header X-TC-Timestamp is missing; it must carry the Unix time in seconds at which the "
                    + "request was signed.");
        }
        if (!TIMESTAMP.matcher(value).matches()) {
            throw new ApiException(ErrorCodes.INVALID_PARAMETER, "The header X-TC-Timestamp must be the Unix "
                    + "time in whole seconds, found '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
                    + "'.");
        }
        return Long.parseLong(value);
    }

    private static void checkSkew(long timestamp, Instant now) {
        long server = now.getEpochSecond();
        long skew = timestamp - server;
        if (Math.abs(skew) > MAX_SKEW_SECONDS) {
            throw new ApiException(ErrorCodes.AUTH_SIGNATURE_EXPIRE, "The signature has expired: X-TC-Timestamp "
                    + timestamp + " is " + Math.abs(skew) + " seconds " + (skew < 0 ? "behind" : "ahead of")
                    + " the server time " + server + ", more than the " + MAX_SKEW_SECONDS
                    + " seconds allowed either way. Check the client clock and sign the request again.");
        }
    }

    private static ApiException mismatch(List<Tc3Signer.Signature> tried, boolean unsigned, int bodyLength) {
        Tc3Signer.Signature first = tried.get(0);
        StringBuilder hashes = new StringBuilder(first.canonicalRequestHash());
        if (tried.size() > 1) {
            hashes.append(" (host as received) and ").append(tried.get(1).canonicalRequestHash())
                    .append(" (host without its port)");
        }
        return failure("the signature does not match the request. The server's canonical request hash is "
                + hashes + ", over SignedHeaders=" + first.signedHeaders() + " and "
                + (unsigned ? "the UNSIGNED-PAYLOAD marker" : "a body of " + bodyLength + " bytes")
                + ". Check the SecretKey, and that the body and the signed headers are sent exactly as signed");
    }

    private static ApiException failure(String detail) {
        return new ApiException(ErrorCodes.AUTH_SIGNATURE_FAILURE,
                "The provided credentials could not be validated: " + detail + ".");
    }
}
