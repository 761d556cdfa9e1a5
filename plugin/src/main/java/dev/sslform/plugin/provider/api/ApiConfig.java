package dev.sslform.plugin.provider.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * How to reach and authenticate to the API: region, key pair (plus a session token for temporary
 * credentials), and the endpoint as the SDK wants it — a scheme-less {@code host[:port]} plus a
 * protocol ({@code "https://"} or {@code "http://"}). Secrets are left out of {@link #toString()}.
 */
public record ApiConfig(String region, String secretId, String secretKey, String securityToken, String endpoint, String protocol) {

    public static final String DEFAULT_ENDPOINT = "sqlserver.tencentcloudapi.com";
    public static final String HTTPS = "https://";
    public static final String HTTP = "http://";

    public ApiConfig {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region is required (provider \"region\" or TENCENTCLOUD_REGION)");
        }
        if (secretId == null || secretId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("credentials are required: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"
                    + " (or secret_id and secret_key in the provider block)");
        }
        String[] parsed = parseEndpoint(endpoint, protocol);
        endpoint = parsed[0];
        protocol = parsed[1];
        securityToken = securityToken == null || securityToken.isBlank() ? null : securityToken;
    }

    /**
     * Reads TENCENTCLOUD_SECRET_ID, _SECRET_KEY, _SESSION_TOKEN and _REGION from {@code env}; any
     * non-null argument (from the provider block) wins over the environment.
     */
    public static ApiConfig fromEnvironment(Map<String, String> env, String region, String endpoint,
                                            String secretId, String secretKey, String securityToken) {
        return new ApiConfig(
                first(region, env.get("TENCENTCLOUD_REGION")),
                first(secretId, env.get("TENCENTCLOUD_SECRET_ID")),
                first(secretKey, env.get("TENCENTCLOUD_SECRET_KEY")),
                first(securityToken, env.get("TENCENTCLOUD_SESSION_TOKEN")),
                endpoint, null);
    }

    /** Environment only; the endpoint is the real cloud. */
    public static ApiConfig fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, null, null, null, null, null);
    }

    public boolean isDefaultEndpoint() {
        return DEFAULT_ENDPOINT.equals(endpoint);
    }

    /**
     * Splits an endpoint into {host:port, protocol}. A URL ({@code http://127.0.0.1:9000}) gives
     * both; a bare {@code host:port} keeps {@code protocol} (https when absent); nothing gives the
     * real cloud over https.
     */
    static String[] parseEndpoint(String endpoint, String protocol) {
        String proto = protocol == null || protocol.isBlank() ? HTTPS : normaliseProtocol(protocol);
        if (endpoint == null || endpoint.isBlank()) {
            return new String[] {DEFAULT_ENDPOINT, proto};
        }
        String e = endpoint.trim();
        if (!e.contains("://")) {
            if (e.contains("/")) {
                throw new IllegalArgumentException("endpoint \"" + endpoint + "\" must be host[:port] or a URL such as http://127.0.0.1:9000");
            }
            return new String[] {e, proto};
        }
        URI uri;
        try {
            uri = new URI(e);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("endpoint \"" + endpoint + "\" is not a valid URL: " + ex.getReason(), ex);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("endpoint \"" + endpoint + "\" must use http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint \"" + endpoint + "\" has no host");
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
            // The API is always served at "/", and the SDK cannot send another path.
            throw new IllegalArgumentException("endpoint \"" + endpoint + "\" must not have a path or query; the API lives at /");
        }
        String hostPort = uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
        return new String[] {hostPort, scheme + "://"};
    }

    private static String normaliseProtocol(String p) {
        String lower = p.trim().toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("http") || lower.equals(HTTP)) {
            return HTTP;
        }
        if (lower.equals("https") || lower.equals(HTTPS)) {
            return HTTPS;
        }
        throw new IllegalArgumentException("protocol must be http:// or https://, was \"" + p + "\"");
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    @Override
    public String toString() {
        return "ApiConfig[region=" + region + ", secretId=" + mask(secretId) + ", endpoint=" + protocol + endpoint
                + (securityToken == null ? "" : ", with session token") + "]";
    }

    private static String mask(String id) {
        return id.length() <= 8 ? "****" : id.substring(0, 4) + "****" + id.substring(id.length() - 4);
    }
}
