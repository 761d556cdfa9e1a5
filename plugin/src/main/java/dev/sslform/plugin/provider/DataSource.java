package dev.sslform.plugin.provider;

import java.util.Map;

/** A read-only data source of the provider: configured with filters, read into attributes. */
public interface DataSource {

    String type();

    Resource.Configured configure(String address, Map<String, Object> config);

    /** Reads the data; the result holds the configured filters plus the computed attributes. */
    Map<String, Object> read(String address, Map<String, Object> config, RemoteInstances remote);
}
