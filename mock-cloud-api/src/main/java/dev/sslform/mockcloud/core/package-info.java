/**
 * The domain of mockcloud: accounts, instances, SSL operations and their flows, the state
 * machine of the seed's Appendix 1, maintenance windows, the virtual clock and the ports
 * ({@link dev.sslform.mockcloud.core.Store}, {@link dev.sslform.mockcloud.core.CertificateIssuer})
 * that the adapters implement.
 *
 * <p>JDK only: this package may not import Javalin, JDBI, SQL drivers or Bouncy Castle, nor the
 * {@code http}, {@code store} or {@code cert} packages.
 */
package dev.sslform.mockcloud.core;
