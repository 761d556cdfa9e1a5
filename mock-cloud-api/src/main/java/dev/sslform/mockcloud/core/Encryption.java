package dev.sslform.mockcloud.core;

/** The values of {@code SSLConfig.Encryption}, exactly as the API spells them (spec §3.2). */
public enum Encryption {
    ENABLE("enable"),
    DISABLE("disable"),
    ENABLE_DOING("enable_doing"),
    DISABLE_DOING("disable_doing"),
    RENEW_DOING("renew_doing"),
    WAIT_DOING("wait_doing");

    private final String wire;

    Encryption(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** True for every transitional value, {@code wait_doing} included (decision D4). */
    public boolean inProgress() {
        return this != ENABLE && this != DISABLE;
    }
}
