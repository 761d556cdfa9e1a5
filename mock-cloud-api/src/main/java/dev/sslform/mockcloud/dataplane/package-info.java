/**
 * The data plane: one TDS endpoint per instance, so real SQL Server clients (mssql-jdbc,
 * FreeTDS, tedious) connect over TLS and read {@code ENCRYPT_OPTION}. One port serves TDS 8.0
 * strict (TLS first, ALPN {@code tds/8.0}) and TDS 7.x (TLS inside PRELOGIN packets, TLS 1.2).
 *
 * <p>Owns: packet framing, PRELOGIN, LOGIN7, the token stream, the TLS-in-PRELOGIN adapter, one
 * session per connection, one listener per instance and the registry that keeps listeners in
 * step with the instances. It reads the instance's state on each new connection and polls for
 * restarts; it adds no listeners to core.
 *
 * <p>Imports: the JDK (networking, JSSE), {@code core} and {@code cert}. Never {@code http} or
 * {@code store}.
 */
package dev.sslform.mockcloud.dataplane;
