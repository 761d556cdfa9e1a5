/**
 * The web console mockcloud serves at {@code /console} ({@link dev.sslform.mockcloud.console.Console}):
 * the seed document's console flows for a signed-in account and the mock's own controls, as
 * server-rendered HTML with htmx from its WebJar, every asset from the jar. Writes go through the
 * same domain operations as the API handlers; sessions, CSRF tokens, origin checks, sign-in
 * throttling and escaping by default ({@code Html}) live here.
 *
 * <p>May import {@code core} and Javalin only; may not import {@code http}, {@code store},
 * {@code cert} or {@code dataplane} (what it needs from them, such as the CA bundle's bytes or the
 * state document, is passed in as functions by {@code MockCloud}). Nothing but the root package
 * imports it.
 */
package dev.sslform.mockcloud.console;
