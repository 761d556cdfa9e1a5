package dev.sslform.plugin.provider.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An instance's SSL settings as {@code DescribeDBInstancesAttribute} returns them (spec §3.2).
 * {@code Encryption} is one of enable, disable, enable_doing, disable_doing, renew_doing,
 * wait_doing; {@code SSLValidityPeriod} is "YYYY-MM-DD HH:MM:SS"; {@code SSLValidity} is 1 while
 * the certificate is valid. The KMS key is {@code CMKId}/{@code CMKRegion} here but
 * {@code KeyId}/{@code KeyRegion} in the modify request.
 */
public record SSLConfig(
        @JsonProperty("Encryption") String encryption,
        @JsonProperty("SSLValidityPeriod") String sslValidityPeriod,
        @JsonProperty("SSLValidity") Long sslValidity,
        @JsonProperty("IsKMS") Long isKms,
        @JsonProperty("CMKId") String cmkId,
        @JsonProperty("CMKRegion") String cmkRegion) {

    /** True while an operation waits for the window or runs (any {@code *_doing} value). */
    public boolean isTransitional() {
        return encryption != null && encryption.endsWith("_doing");
    }
}
