package dev.sslform.plugin.config;

/**
 * One object an {@code import} block imports: the resource instance {@code to} and the remote
 * object's {@code id}, from {@code block} (expanded by its {@code for_each}, if any). {@code id}
 * is null only in an evaluation that allows unknown values ({@code validate}).
 */
public record ImportInstance(InstanceAddress to, String id, ImportBlock block) {
}
