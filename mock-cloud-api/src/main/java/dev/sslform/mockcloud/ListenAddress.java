package dev.sslform.mockcloud;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The address mockcloud listens on ({@code --bind}): checked before anything starts, so a typo
 * reads as a bad address rather than as Javalin's "port already in use … port 0", and the warning
 * owed when the admin surface is reachable from other machines without a token.
 */
final class ListenAddress {
    /** Where the admin token can come from, for the warning's advice. */
    static final String TOKEN_HINT = "set MOCKCLOUD_ADMIN_TOKEN or --admin-token-file";

    private ListenAddress() {
    }

    /**
     * The address {@code bind} names: an IP literal or a host name this machine resolves.
     *
     * @throws IllegalArgumentException naming {@code --bind} when it is neither
     */
    static InetAddress resolve(String bind) {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("--bind must be an IP address or host name, got an empty value");
        }
        try {
            return InetAddress.getByName(bind.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + " is not a valid IP address, nor a host name this machine "
                    + "can resolve");
        }
    }

    /**
     * The warning to print when {@code bind} reaches beyond loopback and {@code /_mock} is open to
     * anyone who can connect: it reads and replaces the whole state, secret keys and CA keys included.
     */
    static Optional<String> exposureWarning(String bind, String adminToken) {
        if (adminToken != null && !adminToken.isEmpty()) {
            return Optional.empty();
        }
        InetAddress address = resolve(bind);
        if (address.isLoopbackAddress()) {
            return Optional.empty();
        }
        return Optional.of("listening on " + bind + (address.isAnyLocalAddress() ? " (every interface)" : "")
                + ", beyond loopback, without an admin token: anyone who can reach this port can read and replace the "
                + "whole state through /_mock, secret keys and CA keys included; " + TOKEN_HINT);
    }

    /**
     * What to say when the server cannot listen: the socket's own reason (an address that is not
     * this machine's, a port in use) instead of the web framework's guess; empty when
     * {@code failure} is not a bind failure.
     */
    static Optional<IllegalArgumentException> bindFailure(RuntimeException failure, String bind, int port) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException b) {
                return Optional.of(new IllegalArgumentException("cannot listen on " + bind + " port " + port + ": "
                        + b.getMessage(), failure));
            }
        }
        return Optional.empty();
    }
}
