/**
 * The HTTP adapters of mockcloud, over Javalin: the route table ({@link dev.sslform.mockcloud.http.ApiServer}),
 * the Tencent Cloud API 3.0 envelope and TC3-HMAC-SHA256 signature verification, one handler
 * class per action group, and the {@code /_mock} admin surface for tests.
 *
 * <p>May import {@code core}, Javalin (and its Jetty, for the request-size limits) and Jackson; may not import {@code store} or {@code cert}.
 */
package dev.sslform.mockcloud.http;
