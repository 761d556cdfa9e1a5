package dev.sslform.mockcloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.mockcloud.core.ApiException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Tc3AuthorizationTest {
    private static final String SIG = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
    private static final String CREDENTIAL = "Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request";

    @Test
    void the_official_example_parses_into_its_parts() {
        Tc3Authorization a = Tc3Authorization.parse("TC3-HMAC-SHA256 " + CREDENTIAL
                + ", SignedHeaders=content-type;host, Signature=" + SIG);

        assertEquals("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", a.secretId());
        assertEquals(LocalDate.of(2019, 2, 25), a.date());
        assertEquals("cvm", a.service());
        assertEquals(List.of("content-type", "host"), a.signedHeaders());
        assertEquals(SIG, a.signature());
        assertEquals("2019-02-25/cvm/tc3_request", a.credentialScope());
    }

    @Test
    void spaces_around_the_commas_are_tolerated() {
        Tc3Authorization a = Tc3Authorization.parse("TC3-HMAC-SHA256   " + CREDENTIAL
                + " ,SignedHeaders=content-type;host,Signature=" + SIG + "  ");

        assertEquals(SIG, a.signature());
    }

    @Test
    void a_service_with_a_port_as_the_sdks_sign_for_localhost_is_accepted() {
        Tc3Authorization a = Tc3Authorization.parse("TC3-HMAC-SHA256 Credential=AKIDTEST/2026-11-29/localhost:18765/"
                + "tc3_request, SignedHeaders=content-type;host, Signature=" + SIG);

        assertEquals("localhost:18765", a.service());
    }

    static Stream<Arguments> malformed() {
        String rest = ", SignedHeaders=content-type;host, Signature=" + SIG;
        return Stream.of(
                Arguments.of("", "header is missing"),
                Arguments.of("   ", "header is missing"),
                Arguments.of("TC3-HMAC-SHA256", "are missing"),
                Arguments.of("TC3-HMAC-SHA256 SignedHeaders=content-type;host, Signature=" + SIG,
                        "Credential= is missing"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", Signature=" + SIG, "SignedHeaders= is missing"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=content-type;host",
                        "Signature= is missing"),
                Arguments.of("tc3-hmac-sha256 " + CREDENTIAL + rest, "must start with 'TC3-HMAC-SHA256 '"),
                Arguments.of("TC3-HMAC-SHA1 " + CREDENTIAL + rest, "found 'TC3-HMAC-SHA1'"),
                Arguments.of(CREDENTIAL + rest, "must start with 'TC3-HMAC-SHA256 '"),
                Arguments.of("TC3-HMAC-SHA256 credential=AKID/2019-02-25/cvm/tc3_request" + rest, "unexpected part"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + rest + ", Extra=1", "unexpected part 'Extra=1'"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", " + CREDENTIAL + rest, "Credential appears more"),
                Arguments.of("TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm" + rest, "Credential must be"),
                Arguments.of("TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc3_request/x" + rest, "Credential must be"),
                Arguments.of("TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc4_request" + rest, "Credential must be"),
                Arguments.of("TC3-HMAC-SHA256 Credential=/2019-02-25/cvm/tc3_request" + rest, "Credential must be"),
                Arguments.of("TC3-HMAC-SHA256 Credential=AKID/2019-02-25//tc3_request" + rest, "Credential must be"),
                Arguments.of("TC3-HMAC-SHA256 Credential=AKID/20190225/cvm/tc3_request" + rest, "found '20190225'"),
                Arguments.of("TC3-HMAC-SHA256 Credential=AKID/2019-02-30/cvm/tc3_request" + rest, "found '2019-02-30'"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host;content-type, Signature=" + SIG,
                        "ascending order"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=Content-Type;Host, Signature=" + SIG,
                        "lower-case header names"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=, Signature=" + SIG,
                        "SignedHeaders must be"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host;host, Signature=" + SIG,
                        "lists host twice"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=content-type;host, Signature="
                        + SIG.substring(1), "64 lower-case hex digits, found 63"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=content-type;host, Signature="
                        + SIG.toUpperCase(), "64 lower-case hex digits"),
                Arguments.of("TC3-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=content-type;host, Signature="
                        + "g" + SIG.substring(1), "64 lower-case hex digits"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("malformed")
    void a_malformed_header_is_an_invalid_authorization(String header, String messagePart) {
        ApiException e = assertThrows(ApiException.class, () -> Tc3Authorization.parse(header));

        assertEquals("AuthFailure.InvalidAuthorization", e.code());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void a_missing_header_is_an_invalid_authorization() {
        ApiException e = assertThrows(ApiException.class, () -> Tc3Authorization.parse(null));

        assertEquals("AuthFailure.InvalidAuthorization", e.code());
        assertTrue(e.getMessage().contains("Authorization header is missing"), e.getMessage());
    }
}
