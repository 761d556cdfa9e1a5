/**
 * In-process mockcloud for JUnit 5/6 tests: the {@link dev.sslform.mockcloud.junit.MockCloud}
 * annotation, its extension, and the {@link dev.sslform.mockcloud.junit.MockCloudHandle} it
 * injects. JUnit is an optional dependency of mock-cloud-api; only this package uses it.
 *
 * <p>May import the mockcloud wiring ({@code dev.sslform.mockcloud.MockCloud}) and the JDK;
 * talks to the server over its admin surface, like any test would, so a handle works the same on
 * a shared server.
 */
package dev.sslform.mockcloud.junit;
