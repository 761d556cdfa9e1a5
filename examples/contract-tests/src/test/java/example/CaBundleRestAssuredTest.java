package example;

import dev.sslform.mockcloud.http.Tc3Signer;
import dev.sslform.mockcloud.junit.MockCloud;
import dev.sslform.mockcloud.junit.MockCloudHandle;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** REST Assured against mockcloud: signed API calls, the admin surface, and the downloaded CA bundle. */
@MockCloud
class CaBundleRestAssuredTest {

    /** A POST signed as the SDK signs it (TC3-HMAC-SHA256), ready for REST Assured. */
    static RequestSpecification signed(MockCloudHandle mock, String action, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Tc3Signer.sign(mock.endpoint(), "application/json; charset=utf-8", body,
                mock.secretId(), mock.secretKey(), "127", System.currentTimeMillis() / 1000);
        RequestSpecification spec = RestAssured.given().baseUri(mock.url())
                .contentType("application/json; charset=utf-8").body(body)
                .header("X-TC-Action", action).header("X-TC-Version", "2018-03-28").header("X-TC-Region", "ap-guangzhou");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().equals("Host") && !h.getKey().equals("Content-Type")) {
                spec = spec.header(h.getKey(), h.getValue());
            }
        }
        return spec;
    }

    @Test
    void before_enable_the_bundle_is_409_and_after_it_the_certificate_validates(MockCloudHandle mock) throws Exception {
        String id = mock.createInstance();
        RestAssured.get(mock.url() + "/_mock/instances/" + id + "/ssl/ca.zip").then().statusCode(409)
                .body("error", containsString("SSL was never enabled"));

        signed(mock, "ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"enable\",\"WaitSwitch\":0}")
                .post("/").then().statusCode(200).body("Response.FlowId", notNullValue());
        mock.advance(Duration.ofMinutes(1));

        byte[] zip = RestAssured.get(mock.url() + "/_mock/instances/" + id + "/ssl/ca.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        KeyStore jks = KeyStore.getInstance("JKS");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".jks")) {
                    jks.load(new ByteArrayInputStream(in.readAllBytes()), "tencentdb".toCharArray());
                }
            }
        }
        X509Certificate ca = (X509Certificate) jks.getCertificate(jks.aliases().nextElement());
        X509Certificate server = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(mock.serverChainPem(id).getBytes(StandardCharsets.US_ASCII)));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        params.setRevocationEnabled(false);
        params.setDate(Date.from(mock.now()));
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(server)), params);
    }

    @Test
    void a_throttled_call_answers_request_limit_exceeded_in_the_envelope(MockCloudHandle mock) {
        mock.addFault("{\"action\":\"DescribeDBInstances\",\"throttlePerSecond\":0}");
        signed(mock, "DescribeDBInstances", "{}").post("/").then().statusCode(200)
                .body("Response.Error.Code", equalTo("RequestLimitExceeded"))
                .body("Response.RequestId", notNullValue());
        mock.clearFaults();
        signed(mock, "DescribeDBInstances", "{}").post("/").then().statusCode(200)
                .body("Response.TotalCount", notNullValue());
    }
}
