package dev.sslform.mockcloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.mockcloud.core.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verifier against the wire captures of spec §5.5 and every failure of §5.7. */
class Tc3VerifierTest {
    private static final String JSON_UTF8 = "application/json; charset=utf-8";
    private static final Map<String, String> KEYS = Map.of(
            "AKIDTEST", "SECRETTEST",
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            "AKID" + "*".repeat(32), "*".repeat(32));
    private static final Tc3Verifier VERIFIER = new Tc3Verifier(id -> Optional.ofNullable(KEYS.get(id)));

    // Java capture (§4.3, §5.5).
    private static final long JAVA_TS = 1795922369L;
    private static final Instant JAVA_NOW = Instant.ofEpochSecond(JAVA_TS);
    private static final String JAVA_BODY = "{\"Type\":\"enable\",\"InstanceId\":\"mssql-j8kv137v\",\"WaitSwitch\":0}";
    private static final String JAVA_SIGNATURE = "3bafa0f9027f2be55c2f424ed4584ed2cf820c93fcc73c5369e95821ea3cd2ae";

    // Node capture (§5.5).
    private static final long NODE_TS = 1795922383L;
    private static final String NODE_BODY = "{\"InstanceId\":\"mssql-j8kv137v\",\"Type\":\"enable\",\"WaitSwitch\":0}";
    private static final String NODE_SIGNATURE = "d468d357963ac9441f1d00cc6d9e986d70f4eaaf14a435b35489fd57429c617d";
    private static final String NODE_WITH_PORT_SIGNATURE =
            "7f125c36ead179fb22406af0aee92e428a9ebd4490126bfdd5249d107b4bb981";

    private static String authorization(String signature) {
        return "TC3-HMAC-SHA256 Credential=AKIDTEST/2026-11-29/127/tc3_request, SignedHeaders=content-type;host, "
                + "Signature=" + signature;
    }

    /** The headers of the Java capture, in the order sent (§4.3). */
    private static Map<String, String> javaHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", "127.0.0.1:18765");
        h.put("Authorization", authorization(JAVA_SIGNATURE));
        h.put("X-TC-Action", "ModifyDBInstanceSSL");
        h.put("X-TC-Timestamp", Long.toString(JAVA_TS));
        h.put("X-TC-Version", "2018-03-28");
        h.put("X-TC-RequestClient", "SDK_JAVA_3.1.1481");
        h.put("X-TC-Region", "ap-guangzhou");
        h.put("Content-Type", JSON_UTF8);
        h.put("Accept-Encoding", "gzip");
        h.put("User-Agent", "okhttp/3.12.13");
        return h;
    }

    private static Map<String, String> nodeHeaders(String signature) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("host", "127.0.0.1:18766");
        h.put("authorization", authorization(signature));
        h.put("x-tc-action", "ModifyDBInstanceSSL");
        h.put("x-tc-timestamp", Long.toString(NODE_TS));
        h.put("x-tc-version", "2018-03-28");
        h.put("x-tc-region", "ap-guangzhou");
        h.put("content-type", "application/json");
        return h;
    }

    private static SignedRequest post(Map<String, String> headers, String body) {
        return SignedRequest.of("POST", "", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiException rejected(SignedRequest request, Instant now) {
        return assertThrows(ApiException.class, () -> VERIFIER.verify(request, now));
    }

    private static void assertFailure(ApiException e, String code, String messagePart) {
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    // --- wire captures ------------------------------------------------------------------------

    @Test
    void the_java_sdk_capture_verifies_with_the_host_and_port_it_signed() {
        Tc3Verifier.Verified v = VERIFIER.verify(post(javaHeaders(), JAVA_BODY), JAVA_NOW);

        assertEquals(new Tc3Verifier.Verified("AKIDTEST", "127", LocalDate.of(2026, 11, 29)), v);
    }

    @Test
    void the_node_sdk_capture_verifies_by_retrying_the_host_without_its_port() {
        Tc3Verifier.Verified v = VERIFIER.verify(post(nodeHeaders(NODE_SIGNATURE), NODE_BODY),
                Instant.ofEpochSecond(NODE_TS));

        assertEquals(new Tc3Verifier.Verified("AKIDTEST", "127", LocalDate.of(2026, 11, 29)), v);
    }

    @Test
    void the_node_request_signed_with_its_port_would_also_verify_on_the_first_try() {
        // The spec's negative check: what Node would have sent had it kept the port.
        Tc3Verifier.Verified v = VERIFIER.verify(post(nodeHeaders(NODE_WITH_PORT_SIGNATURE), NODE_BODY),
                Instant.ofEpochSecond(NODE_TS));

        assertEquals("127", v.service());
    }

    @Test
    void the_wire_captures_intermediate_values_are_reproduced_by_the_signer() {
        Tc3Signer.Signature java = Tc3Signer.compute(Tc3Signer.Request.post("127.0.0.1:18765", JSON_UTF8,
                JAVA_BODY.getBytes(StandardCharsets.UTF_8)), "AKIDTEST", "SECRETTEST", "127", JAVA_TS);
        assertEquals("88cb7b0af3f421b4eb00df1dce9822c4e619cd05ba5a41116f54926c2d715cbf", java.hashedPayload());
        assertEquals("73b4f5a4503aca55ad212131369c0a1419f9e8f488486a115ea3918a50c5479e", java.canonicalRequestHash());
        assertEquals("02c4df35096e92759c577eee3e77fccef69e049b367899a88b8595c618f6aa17", java.kSigning());
        assertEquals(JAVA_SIGNATURE, java.signature());
        assertEquals(authorization(JAVA_SIGNATURE), java.authorization());

        byte[] nodeBody = NODE_BODY.getBytes(StandardCharsets.UTF_8);
        Tc3Signer.Signature node = Tc3Signer.compute(Tc3Signer.Request.post("127.0.0.1", "application/json",
                nodeBody), "AKIDTEST", "SECRETTEST", "127", NODE_TS);
        assertEquals("5a3877d81663d8b5685fdc7d2447a9058b41d22798eeb469190adef9ead33e6a", node.hashedPayload());
        assertEquals("23c981ed2fdb95aed9fef708bdfdc793410466081ed55f0e6e74f9d71b83b7a9", node.canonicalRequestHash());
        assertEquals("02c4df35096e92759c577eee3e77fccef69e049b367899a88b8595c618f6aa17", node.kSigning());
        assertEquals(NODE_SIGNATURE, node.signature());

        Tc3Signer.Signature nodeWithPort = Tc3Signer.compute(Tc3Signer.Request.post("127.0.0.1:18766",
                "application/json", nodeBody), "AKIDTEST", "SECRETTEST", "127", NODE_TS);
        assertEquals("b416dfa8cf71e68478df8798993553e2f8259c36ef734e927282561fe62de400",
                nodeWithPort.canonicalRequestHash());
        assertEquals(NODE_WITH_PORT_SIGNATURE, nodeWithPort.signature());
    }

    @Test
    void the_node_signature_fails_when_the_host_it_was_sent_to_differs_even_without_the_port() {
        Map<String, String> h = nodeHeaders(NODE_SIGNATURE);
        h.put("host", "127.0.0.2:18766");

        ApiException e = rejected(post(h, NODE_BODY), Instant.ofEpochSecond(NODE_TS));

        assertFailure(e, "AuthFailure.SignatureFailure", "(host without its port)");
    }

    // --- other signers ------------------------------------------------------------------------

    @Test
    void a_request_signing_x_tc_action_as_in_vector_c_verifies() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", "cvm.tencentcloudapi.com");
        h.put("Content-Type", JSON_UTF8);
        h.put("X-TC-Action", "DescribeInstances");
        h.put("X-TC-Timestamp", "1551113065");
        h.put("Authorization", "TC3-HMAC-SHA256 Credential=AKID" + "*".repeat(32) + "/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host;x-tc-action, "
                + "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
        String body = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

        Tc3Verifier.Verified v = VERIFIER.verify(post(h, body), Instant.ofEpochSecond(1551113065L));

        assertEquals("cvm", v.service());
    }

    @Test
    void the_service_comes_from_the_scope_even_when_it_is_host_and_port() {
        byte[] body = NODE_BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> h = new LinkedHashMap<>(Tc3Signer.sign("localhost:8080", JSON_UTF8, body,
                "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "localhost:8080",
                1551113065L));

        Tc3Verifier.Verified v = VERIFIER.verify(SignedRequest.of("POST", "", h, body),
                Instant.ofEpochSecond(1551113065L));

        assertEquals(new Tc3Verifier.Verified("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "localhost:8080",
                LocalDate.of(2019, 2, 25)), v);
    }

    @Test
    void unsigned_payload_is_accepted_whatever_the_body() {
        Tc3Signer.Request request = Tc3Signer.Request.post("127.0.0.1:18765", JSON_UTF8, new byte[0])
                .withUnsignedPayload();
        Map<String, String> h = javaHeaders();
        h.put("Authorization", Tc3Signer.compute(request, "AKIDTEST", "SECRETTEST", "127", JAVA_TS).authorization());
        h.put("X-TC-Content-SHA256", "UNSIGNED-PAYLOAD");

        assertEquals("AKIDTEST", VERIFIER.verify(post(h, JAVA_BODY), JAVA_NOW).secretId());
        assertEquals("AKIDTEST", VERIFIER.verify(post(h, "{}"), JAVA_NOW).secretId());
    }

    @Test
    void an_unsigned_payload_signature_fails_when_the_header_announcing_it_is_absent() {
        Tc3Signer.Request request = Tc3Signer.Request.post("127.0.0.1:18765", JSON_UTF8, new byte[0])
                .withUnsignedPayload();
        Map<String, String> h = javaHeaders();
        h.put("Authorization", Tc3Signer.compute(request, "AKIDTEST", "SECRETTEST", "127", JAVA_TS).authorization());

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.SignatureFailure",
                "a body of 62 bytes");
    }

    @Test
    void a_get_verifies_over_the_query_string_exactly_as_sent() {
        // URLEncoder-style, as the Java SDK builds it: '+' for space, upper-case %XX, HashMap order.
        String query = "Action=ModifyMaintenanceSpan&Weekly.0=1&StartTime=00%3A00&Note=a+b&InstanceId=mssql-j8kv137v";
        String contentType = "application/x-www-form-urlencoded";
        Tc3Signer.Signature s = Tc3Signer.compute(Tc3Signer.Request.get("127.0.0.1:18765", contentType, query),
                "AKIDTEST", "SECRETTEST", "127", JAVA_TS);
        Map<String, String> h = Map.of("Host", "127.0.0.1:18765", "Content-Type", contentType,
                "X-TC-Timestamp", Long.toString(JAVA_TS), "Authorization", s.authorization());

        assertEquals("127", VERIFIER.verify(SignedRequest.of("GET", query, h, new byte[0]), JAVA_NOW).service());

        ApiException e = rejected(SignedRequest.of("GET", query.replace("Weekly.0=1", "Weekly.0=2"), h,
                new byte[0]), JAVA_NOW);
        assertFailure(e, "AuthFailure.SignatureFailure", "does not match");
    }

    @Test
    void clock_skew_of_exactly_300_seconds_is_accepted_either_way() {
        assertEquals("AKIDTEST", VERIFIER.verify(post(javaHeaders(), JAVA_BODY), JAVA_NOW.plusSeconds(300))
                .secretId());
        assertEquals("AKIDTEST", VERIFIER.verify(post(javaHeaders(), JAVA_BODY), JAVA_NOW.minusSeconds(300))
                .secretId());
    }

    // --- failures -----------------------------------------------------------------------------

    @Test
    void a_timestamp_301_seconds_in_the_past_has_expired() {
        ApiException e = rejected(post(javaHeaders(), JAVA_BODY), JAVA_NOW.plusSeconds(301));

        assertFailure(e, "AuthFailure.SignatureExpire", "X-TC-Timestamp 1795922369 is 301 seconds behind the server "
                + "time 1795922670");
    }

    @Test
    void a_timestamp_301_seconds_in_the_future_has_expired_too() {
        ApiException e = rejected(post(javaHeaders(), JAVA_BODY), JAVA_NOW.minusSeconds(301));

        assertFailure(e, "AuthFailure.SignatureExpire", "301 seconds ahead of the server time 1795922068");
    }

    @Test
    void a_missing_timestamp_is_a_missing_parameter_naming_the_header() {
        Map<String, String> h = javaHeaders();
        h.remove("X-TC-Timestamp");

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "MissingParameter",
                "The header X-TC-Timestamp is missing");
    }

    @Test
    void a_timestamp_that_is_not_an_integer_is_an_invalid_parameter_naming_the_header() {
        for (String bad : new String[] {"1795922369.5", "-1795922369", "2026-11-29T00:00:00Z", "abc"}) {
            Map<String, String> h = javaHeaders();
            h.put("X-TC-Timestamp", bad);

            assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "InvalidParameter",
                    "X-TC-Timestamp must be the Unix time in whole seconds, found '" + bad + "'");
        }
    }

    @Test
    void a_scope_date_other_than_the_utc_date_of_the_timestamp_is_a_signature_failure() {
        Map<String, String> h = javaHeaders();
        h.put("Authorization", authorization(JAVA_SIGNATURE).replace("2026-11-29", "2026-11-30"));

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.SignatureFailure",
                "the date 2026-11-30 in the credential scope is not 2026-11-29, the UTC date of X-TC-Timestamp");
    }

    @Test
    void a_missing_authorization_header_is_an_invalid_authorization() {
        Map<String, String> h = javaHeaders();
        h.remove("Authorization");

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.InvalidAuthorization",
                "Authorization header is missing");
    }

    @Test
    void a_malformed_authorization_header_is_an_invalid_authorization() {
        Map<String, String> h = javaHeaders();
        h.put("Authorization", authorization(JAVA_SIGNATURE).replace("TC3-HMAC-SHA256", "TC3-HMAC-SHA1"));

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.InvalidAuthorization",
                "must start with 'TC3-HMAC-SHA256 '");
    }

    @Test
    void an_unknown_secret_id_is_secret_id_not_found() {
        Map<String, String> h = javaHeaders();
        h.put("Authorization", authorization(JAVA_SIGNATURE).replace("AKIDTEST", "AKIDOTHER"));

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.SecretIdNotFound",
                "The SecretId AKIDOTHER");
    }

    @Test
    void a_tampered_body_is_a_signature_failure() {
        ApiException e = rejected(post(javaHeaders(), JAVA_BODY.replace("enable", "disable")), JAVA_NOW);

        assertFailure(e, "AuthFailure.SignatureFailure", "the signature does not match the request");
        assertTrue(e.getMessage().contains("a body of 63 bytes"), e.getMessage());
    }

    @Test
    void a_re_serialised_body_with_the_same_json_is_still_a_signature_failure() {
        // Same JSON value, other key order: the hash is over the bytes, never a re-serialisation.
        assertFailure(rejected(post(javaHeaders(), NODE_BODY), JAVA_NOW), "AuthFailure.SignatureFailure",
                "does not match");
    }

    @Test
    void a_tampered_signed_header_is_a_signature_failure() {
        Map<String, String> h = javaHeaders();
        h.put("Content-Type", "application/json");

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.SignatureFailure",
                "SignedHeaders=content-type;host");
    }

    @Test
    void a_changed_header_outside_signed_headers_does_not_matter() {
        Map<String, String> h = javaHeaders();
        h.put("X-TC-Region", "ap-shanghai");
        h.put("Host", " 127.0.0.1:18765 ");

        assertEquals("AKIDTEST", VERIFIER.verify(post(h, JAVA_BODY), JAVA_NOW).secretId());
    }

    @Test
    void a_signed_header_that_was_not_sent_is_a_signature_failure() {
        Map<String, String> h = javaHeaders();
        h.remove("Content-Type");

        assertFailure(rejected(post(h, JAVA_BODY), JAVA_NOW), "AuthFailure.SignatureFailure",
                "the header content-type is listed in SignedHeaders but was not sent");
    }

    @Test
    void a_wrong_secret_key_fails_without_revealing_the_key_or_the_expected_signature() {
        Tc3Verifier otherKey = new Tc3Verifier(id -> Optional.of("NOT-THE-KEY"));

        ApiException e = assertThrows(ApiException.class,
                () -> otherKey.verify(post(javaHeaders(), JAVA_BODY), JAVA_NOW));

        assertFailure(e, "AuthFailure.SignatureFailure", "Check the SecretKey");
        String expected = Tc3Signer.compute(Tc3Signer.Request.post("127.0.0.1:18765", JSON_UTF8,
                JAVA_BODY.getBytes(StandardCharsets.UTF_8)), "AKIDTEST", "NOT-THE-KEY", "127", JAVA_TS).signature();
        assertFalse(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("NOT-THE-KEY"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRETTEST"), e.getMessage());
    }

    // --- the signed header set ------------------------------------------------------------------

    /**
     * A correct signature over exactly {@code signed} (names separated by ';'): everything but the
     * set of signed headers is right, so only the required-headers rule can refuse it.
     */
    private static SignedRequest signedOver(String signed) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("Host", "127.0.0.1:18765");
        sent.put("Content-Type", JSON_UTF8);
        sent.put("X-TC-Action", "ModifyDBInstanceSSL");
        TreeMap<String, String> toSign = new TreeMap<>();
        for (String name : signed.split(";")) {
            toSign.put(name, sent.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow().getValue());
        }
        byte[] body = JAVA_BODY.getBytes(StandardCharsets.UTF_8);
        Tc3Signer.Signature s = Tc3Signer.compute(new Tc3Signer.Request("POST", "", toSign, body, false),
                "AKIDTEST", "SECRETTEST", "127", JAVA_TS);
        sent.put("Authorization", s.authorization());
        sent.put("X-TC-Timestamp", Long.toString(JAVA_TS));
        return SignedRequest.of("POST", "", sent, body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "content-type              | does not include host;",
            "host                      | does not include content-type;",
            "x-tc-action               | does not include content-type and host;",
            "content-type;x-tc-action  | does not include host;",
            "host;x-tc-action          | does not include content-type;"})
    void a_signature_not_covering_content_type_and_host_is_a_signature_failure_naming_what_is_missing(
            String signed, String missing) {
        ApiException e = rejected(signedOver(signed.trim()), JAVA_NOW);

        assertFailure(e, "AuthFailure.SignatureFailure", "SignedHeaders=" + signed.trim() + " " + missing.trim());
        assertTrue(e.getMessage().contains("must cover at least content-type and host"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"content-type;host", "content-type;host;x-tc-action"})
    void a_signature_covering_content_type_and_host_verifies_with_or_without_more(String signed) {
        assertEquals("AKIDTEST", VERIFIER.verify(signedOver(signed), JAVA_NOW).secretId());
    }
}
