package dev.sslform.plugin.provider;

/**
 * A failure while applying one object, already phrased for the user and tied to its resource
 * address by the caller. Wraps {@link dev.sslform.plugin.provider.api.ApiError} and
 * {@link dev.sslform.plugin.provider.api.FlowException} as its cause where one exists.
 */
public final class ProviderException extends RuntimeException {

    private final String summary;

    public ProviderException(String summary, String detail, Throwable cause) {
        super(detail, cause);
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }
}
