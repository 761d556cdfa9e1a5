/**
 * Small, dependency-free building blocks shared by the engine packages: the {@link
 * dev.sslform.plugin.support.Sleeper} seam that lets tests control waiting, {@link
 * dev.sslform.plugin.support.Backoff}, the one place exponential backoff with full jitter is
 * computed, and {@link dev.sslform.plugin.support.Log}, the logging seam the API client writes its
 * calls to (the command line decides where they go).
 *
 * <p>JDK only. May not import any other {@code dev.sslform} package, picocli, Jackson, JDBC or
 * the Tencent SDK.
 */
package dev.sslform.plugin.support;
