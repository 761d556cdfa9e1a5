package dev.sslform.plugin.config;

/** Managed resource ({@code resource} block) or data source ({@code data} block). */
public enum ResourceMode {
    MANAGED, DATA
}
