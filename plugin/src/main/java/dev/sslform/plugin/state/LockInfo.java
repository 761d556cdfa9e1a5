package dev.sslform.plugin.state;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who holds a state lock and why, with Terraform's field names so the JSON and the printed form
 * look like Terraform's ({@code ID}, {@code Operation}, {@code Info}, {@code Who} as user@host,
 * {@code Version}, {@code Created} as RFC 3339, {@code Path}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"ID", "Operation", "Info", "Who", "Version", "Created", "Path"})
public record LockInfo(
        @JsonProperty("ID") String id,
        @JsonProperty("Operation") String operation,
        @JsonProperty("Info") String info,
        @JsonProperty("Who") String who,
        @JsonProperty("Version") String version,
        @JsonProperty("Created") String created,
        @JsonProperty("Path") String path) {

    /** Terraform's "Lock Info:" block. */
    public String describe() {
        return "Lock Info:\n"
                + "  ID:        " + nz(id) + "\n"
                + "  Path:      " + nz(path) + "\n"
                + "  Operation: " + nz(operation) + "\n"
                + "  Who:       " + nz(who) + "\n"
                + "  Version:   " + nz(version) + "\n"
                + "  Created:   " + nz(created) + "\n"
                + "  Info:      " + nz(info);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
