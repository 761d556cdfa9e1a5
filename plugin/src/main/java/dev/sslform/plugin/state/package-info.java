/**
 * Terraform-shaped state: the immutable {@link dev.sslform.plugin.state.State} value (format
 * version 4, serial, lineage, resources and their instances), resource addresses, the JSON codec,
 * and the {@link dev.sslform.plugin.state.StateBackend} port with its local-file and PostgreSQL
 * implementations, both guarded by a lock whose holder can be shown to a waiting user.
 *
 * <p>May import Jackson, JDBC ({@code java.sql}, the PostgreSQL driver) and {@code
 * dev.sslform.plugin.support}. May not import picocli, any HTTP client, the Tencent SDK, or the
 * {@code cli}, {@code config}, {@code plan} and {@code provider} packages: state knows nothing
 * about how it is shown or what produced it.
 */
package dev.sslform.plugin.state;
