package dev.sslform.mockcloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the {@code /_mock} admin token comes from: {@code --admin-token} (visible in {@code ps}),
 * {@code --admin-token-file FILE}, or the environment variable {@value #ENV}. A flag wins over
 * the variable; the two flags exclude each other. An empty token is refused wherever it comes
 * from, since it would silently mean "no token".
 */
final class AdminToken {
    /** The environment variable holding the token. */
    static final String ENV = "MOCKCLOUD_ADMIN_TOKEN";

    private AdminToken() {
    }

    /**
     * @return the token, or null for none
     * @throws IllegalArgumentException naming the source of a bad or conflicting token
     */
    static String choose(String flag, Path file, Map<String, String> env) {
        if (flag != null && file != null) {
            throw new IllegalArgumentException("--admin-token and --admin-token-file exclude each other");
        }
        if (flag != null) {
            return nonEmpty(flag, "--admin-token");
        }
        if (file != null) {
            return read(file);
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null ? null : nonEmpty(fromEnv, ENV);
    }

    private static String read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--admin-token-file: cannot read " + file + ": " + reason(e));
        }
        // One line; the newline an editor or `echo` leaves at the end is not part of the token.
        String token = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (token.contains("\n") || token.contains("\r")) {
            throw new IllegalArgumentException("--admin-token-file: " + file + " must hold the token on one line");
        }
        return nonEmpty(token, "--admin-token-file " + file);
    }

    private static String nonEmpty(String token, String source) {
        if (token.isBlank()) {
            throw new IllegalArgumentException(source + " gives an empty admin token; give one, or leave it out for none");
        }
        return token;
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
