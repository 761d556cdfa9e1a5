package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.ErrorCodes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed TC3-HMAC-SHA256 {@code Authorization} header:
 * {@code TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=a;b, Signature=<hex>}.
 *
 * <p>Invariants: every part is present and well-formed; {@code date} is a real calendar date;
 * {@code signedHeaders} is non-empty, lower-case, strictly ascending (as every signer sorts
 * them), without duplicates; {@code signature} is 64 lower-case hex digits. Spaces around the
 * commas are tolerated; the algorithm name, the part names and the scope terminator are not.
 */
public record Tc3Authorization(String secretId, LocalDate date, String service, List<String> signedHeaders,
                               String signature) {
    private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> PARTS = List.of("Credential", "SignedHeaders", "Signature");

    public Tc3Authorization {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** The credential scope, {@code <date>/<service>/tc3_request}. */
    public String credentialScope() {
        return date + "/" + service + "/" + Tc3Signer.TERMINATOR;
    }

    /** The {@code SignedHeaders} value as it was sent. */
    public String signedHeadersValue() {
        return String.join(";", signedHeaders);
    }

    /**
     * Parses the header value.
     *
     * @throws ApiException {@code AuthFailure.InvalidAuthorization} when it is missing or malformed
     */
    public static Tc3Authorization parse(String header) {
        if (header == null || header.isBlank()) {
            throw invalid("the Authorization header is missing");
        }
        String value = header.trim();
        int space = value.indexOf(' ');
        String algorithm = space < 0 ? value : value.substring(0, space);
        if (!Tc3Signer.ALGORITHM.equals(algorithm)) {
            throw invalid("the Authorization header must start with '" + Tc3Signer.ALGORITHM + " ', found '"
                    + abbreviate(algorithm) + "'");
        }
        if (space < 0) {
            throw invalid("the parts Credential=..., SignedHeaders=..., Signature=... are missing");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : value.substring(space).split(",", -1)) {
            String p = part.trim();
            int eq = p.indexOf('=');
            String name = eq < 0 ? p : p.substring(0, eq);
            if (eq < 0 || !PARTS.contains(name)) {
                throw invalid("unexpected part '" + abbreviate(p) + "'; expected Credential=..., SignedHeaders=..., "
                        + "Signature=... separated by commas");
            }
            if (parts.put(name, p.substring(eq + 1)) != null) {
                throw invalid("the part " + name + " appears more than once");
            }
        }
        for (String name : PARTS) {
            if (!parts.containsKey(name)) {
                throw invalid("the part " + name + "= is missing");
            }
        }
        String[] scope = parts.get("Credential").split("/", -1);
        if (scope.length != 4 || scope[0].isEmpty() || scope[2].isEmpty()
                || !Tc3Signer.TERMINATOR.equals(scope[3]) || hasSpace(scope[0]) || hasSpace(scope[2])) {
            throw invalid("Credential must be <SecretId>/<YYYY-MM-DD>/<service>/tc3_request, found '"
                    + abbreviate(parts.get("Credential")) + "'");
        }
        LocalDate date = parseDate(scope[1]);
        List<String> signedHeaders = parseSignedHeaders(parts.get("SignedHeaders"));
        String signature = parts.get("Signature");
        if (!SIGNATURE.matcher(signature).matches()) {
            throw invalid("Signature must be 64 lower-case hex digits, found " + signature.length() + " characters");
        }
        return new Tc3Authorization(scope[0], date, scope[2], signedHeaders, signature);
    }

    private static LocalDate parseDate(String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        throw invalid("the date in Credential must be a UTC date YYYY-MM-DD, found '" + abbreviate(text) + "'");
    }

    private static List<String> parseSignedHeaders(String value) {
        List<String> names = List.of(value.split(";", -1));
        String previous = "";
        for (String name : names) {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw notSortedLowerCase(value);
            }
            if (name.equals(previous)) {
                throw invalid("SignedHeaders lists " + name + " twice: '" + abbreviate(value) + "'");
            }
            if (name.compareTo(previous) < 0) {
                throw notSortedLowerCase(value);
            }
            previous = name;
        }
        return names;
    }

    private static ApiException notSortedLowerCase(String value) {
        return invalid("SignedHeaders must be lower-case header names in ascending order separated by ';' "
                + "(e.g. content-type;host), found '" + abbreviate(value) + "'");
    }

    private static boolean hasSpace(String s) {
        return s.chars().anyMatch(Character::isWhitespace);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    private static ApiException invalid(String detail) {
        return new ApiException(ErrorCodes.AUTH_INVALID_AUTHORIZATION,
                "The Authorization header is not a valid TC3-HMAC-SHA256 authorization: " + detail + ".");
    }
}
