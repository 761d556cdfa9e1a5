package dev.sslform.plugin.state;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A PostgreSQL connection string as Terraform's pg backend takes it
 * ({@code postgres://user:pass@host:port/db?sslmode=disable}), turned into a JDBC URL plus the
 * user and password as driver properties (so a password never appears in the URL we log).
 * {@code jdbc:postgresql://…} is accepted as is.
 */
public record PgConnectionString(String jdbcUrl, Properties properties) {

    public static PgConnectionString parse(String connStr) {
        if (connStr == null || connStr.isBlank()) {
            throw new IllegalArgumentException("conn_str is empty");
        }
        Properties props = new Properties();
        if (connStr.startsWith("jdbc:postgresql:")) {
            return new PgConnectionString(connStr, props);
        }
        URI uri;
        try {
            uri = new URI(connStr);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("conn_str is not a postgres:// URL: " + e.getMessage(), e);
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("conn_str must start with postgres:// or postgresql://, was " + uri.getScheme() + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("conn_str has no host");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host);
        if (uri.getPort() > 0) {
            url.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        url.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return new PgConnectionString(url.toString(), props);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
