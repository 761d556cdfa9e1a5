package dev.sslform.mockcloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reproduces every intermediate value of the spec's test vectors A–E (§5.2–§5.4). */
class Tc3SignerTest {
    private static final String JSON_UTF8 = "application/json; charset=utf-8";
    private static final long CVM_TIMESTAMP = 1551113065L;
    /** The official example body: 86 bytes, the {@code \\u} escapes are literal ASCII. */
    private static final byte[] CVM_BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
    private static final String CVM_PAYLOAD_HASH = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
    private static final String EXAMPLE_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String EXAMPLE_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    private static Tc3Signer.Request cvmRequest() {
        return Tc3Signer.Request.post("cvm.tencentcloudapi.com", JSON_UTF8, CVM_BODY);
    }

    @Test
    void the_official_example_body_is_86_bytes_and_hashes_as_documented() {
        assertEquals(86, CVM_BODY.length);
        assertEquals(CVM_PAYLOAD_HASH, Tc3Signer.sha256Hex(CVM_BODY));
    }

    @Test
    void vector_a_reproduces_every_value_of_the_current_english_doc() {
        Tc3Signer.Signature s = Tc3Signer.compute(cvmRequest(), EXAMPLE_ID, EXAMPLE_KEY, "cvm", CVM_TIMESTAMP);

        assertEquals(CVM_PAYLOAD_HASH, s.hashedPayload());
        assertEquals("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                + "content-type;host\n" + CVM_PAYLOAD_HASH, s.canonicalRequest());
        assertEquals("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", s.canonicalRequestHash());
        assertEquals("2019-02-25/cvm/tc3_request", s.credentialScope());
        assertEquals("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", s.stringToSign());
        assertEquals("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a", s.kDate());
        assertEquals("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050", s.kService());
        assertEquals("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1", s.kSigning());
        assertEquals("content-type;host", s.signedHeaders());
        assertEquals("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", s.signature());
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host, "
                + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", s.authorization());
    }

    @Test
    void vector_b_uses_the_masked_key_of_the_older_chinese_doc_literally() {
        Tc3Signer.Signature s = Tc3Signer.compute(cvmRequest(), EXAMPLE_ID, "Gu5t9xGARNpq86cd98joQYCN3*******",
                "cvm", CVM_TIMESTAMP);

        assertEquals(CVM_PAYLOAD_HASH, s.hashedPayload());
        assertEquals("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", s.canonicalRequestHash());
        assertEquals("f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e", s.kDate());
        assertEquals("e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7", s.kService());
        assertEquals("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed", s.kSigning());
        assertEquals("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c", s.signature());
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host, "
                + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c", s.authorization());
    }

    @Test
    void vector_c_signs_x_tc_action_with_its_value_lower_cased() {
        String secretId = "AKID" + "*".repeat(32);
        Tc3Signer.Request request = cvmRequest().withSignedHeader("X-TC-Action", "DescribeInstances");

        Tc3Signer.Signature s = Tc3Signer.compute(request, secretId, "*".repeat(32), "cvm", CVM_TIMESTAMP);

        assertEquals(CVM_PAYLOAD_HASH, s.hashedPayload());
        assertEquals("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n"
                + "x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n" + CVM_PAYLOAD_HASH,
                s.canonicalRequest());
        assertEquals("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84", s.canonicalRequestHash());
        assertEquals("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0", s.kDate());
        assertEquals("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f", s.kService());
        assertEquals("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af", s.kSigning());
        assertEquals("content-type;host;x-tc-action", s.signedHeaders());
        assertEquals("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f", s.signature());
        assertEquals("TC3-HMAC-SHA256 Credential=" + secretId + "/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host;x-tc-action, "
                + "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f", s.authorization());
    }

    @Test
    void vector_d_reproduces_the_node_sdk_unit_test() {
        byte[] body = "{\"Action\":\"DescribeInstances\",\"Version\":\"2017-03-12\"}".getBytes(StandardCharsets.UTF_8);
        Tc3Signer.Request request = Tc3Signer.Request.post("cvm.tencentcloudapi.com", "application/json", body);

        Tc3Signer.Signature s = Tc3Signer.compute(request, "test-secret-id", "test-secret-key", "cvm", 1640995200L);

        assertEquals("8161d71add76597e6dc0e223286ca9a96dec0b7eca6e08f9364680387415b4dc", s.hashedPayload());
        assertEquals("11b4984250df9d76592a8eb098c42d8c757bebef390e23479ceac3a58148f4d9", s.canonicalRequestHash());
        assertEquals("2022-01-01/cvm/tc3_request", s.credentialScope());
        assertEquals("96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3", s.signature());
        assertEquals("TC3-HMAC-SHA256 Credential=test-secret-id/2022-01-01/cvm/tc3_request, "
                + "SignedHeaders=content-type;host, "
                + "Signature=96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3", s.authorization());
    }

    @ParameterizedTest(name = "host {0}, service {1}")
    @CsvSource({
        "sqlserver.tencentcloudapi.com, sqlserver, c8c32ff6d1d8196b155baaea0e7179ba1a86736c15b3b49a76c38db33a1022b7, fef08832b794e94ca4bb12e714b1fee2e582189e3bb0cf3f472476a1e87f4a7c",
        "127.0.0.1:8080, 127, 141e3ffbe7bf5365ba6fcc3a3ca1db8088dd1845033045e5854714728082845d, 229b87efc7b313daaee5f6cbfa75a8fb99f5b6e2bc56f6cd9d8065d4133cd758",
        "localhost:8080, localhost:8080, 081f54abfab0d1358826bafd7b520e678b0e1c4d3e0eb64d8ac21803171fc25f, db69d810dd060a6215e8625bd83fd3b6bbe61180c9d3855ea834d9217dde46ec",
    })
    void vector_e_reproduces_every_sqlserver_row(String host, String service, String canonicalRequestHash,
                                                 String signature) {
        byte[] body = "{\"InstanceId\":\"mssql-j8kv137v\",\"Type\":\"enable\",\"WaitSwitch\":0}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(62, body.length);

        Tc3Signer.Signature s = Tc3Signer.compute(Tc3Signer.Request.post(host, JSON_UTF8, body), EXAMPLE_ID,
                EXAMPLE_KEY, service, CVM_TIMESTAMP);

        assertEquals("5a3877d81663d8b5685fdc7d2447a9058b41d22798eeb469190adef9ead33e6a", s.hashedPayload());
        assertEquals(canonicalRequestHash, s.canonicalRequestHash());
        assertEquals(signature, s.signature());
        assertEquals("TC3-HMAC-SHA256 Credential=" + EXAMPLE_ID + "/2019-02-25/" + service + "/tc3_request, "
                + "SignedHeaders=content-type;host, Signature=" + signature, s.authorization());
    }

    @Test
    void the_scope_date_is_the_utc_date_even_when_china_has_already_moved_on() {
        // 1551113065 is 2019-02-26 00:44:25 in UTC+8 but still 2019-02-25 in UTC.
        assertEquals("2019-02-25", Tc3Signer.utcDate(CVM_TIMESTAMP).toString());
    }

    @Test
    void unsigned_payload_hashes_the_literal_string_instead_of_the_body() {
        Tc3Signer.Signature s = Tc3Signer.compute(cvmRequest().withUnsignedPayload(), EXAMPLE_ID, EXAMPLE_KEY,
                "cvm", CVM_TIMESTAMP);

        assertEquals(Tc3Signer.sha256Hex("UNSIGNED-PAYLOAD".getBytes(StandardCharsets.UTF_8)), s.hashedPayload());
        assertEquals(s.hashedPayload(), s.canonicalRequest().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void a_get_puts_the_query_string_on_the_third_line_and_hashes_an_empty_body() {
        Tc3Signer.Request get = Tc3Signer.Request.get("sqlserver.tencentcloudapi.com",
                "application/x-www-form-urlencoded", "Action=DescribeMaintenanceSpan&InstanceId=mssql-j8kv137v");

        Tc3Signer.Signature s = Tc3Signer.compute(get, EXAMPLE_ID, EXAMPLE_KEY, "sqlserver", CVM_TIMESTAMP);

        List<String> lines = s.canonicalRequest().lines().toList();
        assertEquals("GET", lines.get(0));
        assertEquals("/", lines.get(1));
        assertEquals("Action=DescribeMaintenanceSpan&InstanceId=mssql-j8kv137v", lines.get(2));
        assertEquals(Tc3Signer.sha256Hex(new byte[0]), s.hashedPayload());
    }

    @Test
    void sign_gives_the_headers_the_java_sdk_sends() {
        byte[] body = "{\"InstanceId\":\"mssql-j8kv137v\",\"Type\":\"enable\",\"WaitSwitch\":0}"
                .getBytes(StandardCharsets.UTF_8);

        Map<String, String> headers = Tc3Signer.sign("127.0.0.1:8080", JSON_UTF8, body, EXAMPLE_ID, EXAMPLE_KEY,
                "127", CVM_TIMESTAMP);

        assertEquals(List.of("Authorization", "X-TC-Timestamp", "Content-Type", "Host"),
                List.copyOf(headers.keySet()));
        assertEquals("TC3-HMAC-SHA256 Credential=" + EXAMPLE_ID + "/2019-02-25/127/tc3_request, "
                + "SignedHeaders=content-type;host, "
                + "Signature=229b87efc7b313daaee5f6cbfa75a8fb99f5b6e2bc56f6cd9d8065d4133cd758",
                headers.get("Authorization"));
        assertEquals("1551113065", headers.get("X-TC-Timestamp"));
        assertEquals(JSON_UTF8, headers.get("Content-Type"));
        assertEquals("127.0.0.1:8080", headers.get("Host"));
    }
}
