/**
 * mockcloud's entry points: {@link dev.sslform.mockcloud.MockCloud} (in-process start and the
 * {@code main} method), its configuration and command line, and the start-up state. The only
 * package that sees every other one: it wires {@code store}, {@code cert}, {@code http} and {@code console} around
 * {@code core}.
 */
package dev.sslform.mockcloud;
