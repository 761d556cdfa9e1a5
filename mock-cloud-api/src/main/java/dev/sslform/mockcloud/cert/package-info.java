/**
 * The certificate adapter of mockcloud: Bouncy Castle implementations of the
 * {@link dev.sslform.mockcloud.core.CertificateIssuer} port (per-account CAs and per-instance
 * server certificates), the PEM text form of certificates and keys, the
 * {@code TencentDB-SSL-CA.zip} bundle (.pem, .p7b, .jks) and in-memory key stores for the
 * data-plane TLS endpoint.
 *
 * <p>May import {@code dev.sslform.mockcloud.core}, the JDK and Bouncy Castle. May not import
 * {@code http} or {@code store}, nor Javalin, JDBI or SQL. Stores nothing: every method is a
 * function of its arguments and, for keys and serials, of the injected {@code SecureRandom}.
 */
package dev.sslform.mockcloud.cert;
