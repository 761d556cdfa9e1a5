package dev.sslform.mockcloud.core;

/** How a page of instances is ordered: by creation (the store's own order), by id, or by name. */
public enum InstanceOrder {
    CREATED, ID, NAME
}
