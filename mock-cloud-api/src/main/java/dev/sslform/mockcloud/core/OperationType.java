package dev.sslform.mockcloud.core;

import java.util.Optional;

/** {@code ModifyDBInstanceSSL.Type}: what an SSL operation does. */
public enum OperationType {
    ENABLE("enable", Encryption.ENABLE_DOING),
    DISABLE("disable", Encryption.DISABLE_DOING),
    RENEW("renew", Encryption.RENEW_DOING);

    private final String wire;
    private final Encryption running;

    OperationType(String wire, Encryption running) {
        this.wire = wire;
        this.running = running;
    }

    public String wire() {
        return wire;
    }

    /** The {@code Encryption} value shown while the operation runs. */
    public Encryption runningEncryption() {
        return running;
    }

    /** Whether SSL is on once the operation has succeeded. */
    public boolean enabledAfter() {
        return this != DISABLE;
    }

    public static Optional<OperationType> fromWire(String value) {
        for (OperationType t : values()) {
            if (t.wire.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
