/**
 * The client for the TencentDB for SQL Server API 3.0, and the only code in sslform that talks to
 * the network: {@link dev.sslform.plugin.provider.api.SqlServerApi} (one method per action, our own
 * Jackson records for requests and responses), its implementation over the vendor's {@code
 * CommonClient} (transport and TC3 signing), {@link dev.sslform.plugin.provider.api.ApiError},
 * retry classification with jittered backoff, a client-side rate limiter, and the flow waiter.
 *
 * <p>May import the Tencent SDK common jar, Jackson and {@code dev.sslform.plugin.support}. May not
 * import picocli or the {@code cli}, {@code config}, {@code plan} or {@code state} packages: it
 * knows the wire, not what the tool does with it.
 */
package dev.sslform.plugin.provider.api;
