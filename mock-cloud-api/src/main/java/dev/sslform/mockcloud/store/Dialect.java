package dev.sslform.mockcloud.store;

import java.util.Locale;

/** The databases the store runs on, chosen from the JDBC URL. */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String label;

    Dialect(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** {@code jdbc:h2:…} → H2, {@code jdbc:postgresql:…} → PostgreSQL, anything else is refused. */
    static Dialect fromUrl(String jdbcUrl) {
        if (jdbcUrl != null) {
            String lower = jdbcUrl.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (lower.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
        }
        // Only the scheme is echoed: a PostgreSQL URL may carry a password.
        throw new IllegalArgumentException("Unsupported database URL scheme \"" + scheme(jdbcUrl)
                + "\": mockcloud stores its state in H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…).");
    }

    private static String scheme(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "null";
        }
        int first = jdbcUrl.indexOf(':');
        int second = first < 0 ? -1 : jdbcUrl.indexOf(':', first + 1);
        return second < 0 ? jdbcUrl : jdbcUrl.substring(0, second + 1);
    }
}
