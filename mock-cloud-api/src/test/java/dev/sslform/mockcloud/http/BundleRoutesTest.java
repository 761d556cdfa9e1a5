package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.testkit.SignedClient;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleRoutesTest {
    static MockCloud server;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("bundle", Instant.parse("2026-12-01T09:05:00Z")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String createInstance(int replicas) {
        return RestAssured.given().body("{\"Region\":\"ap-guangzhou\",\"ReadOnlyReplicas\":" + replicas + "}")
                .post(server.url() + "/_mock/instances").then().statusCode(201).extract().path("InstanceId");
    }

    private static void modify(String id, String type) {
        SignedClient.of(server).call("ModifyDBInstanceSSL", "{\"InstanceId\":\"" + id + "\",\"Type\":\"" + type + "\",\"WaitSwitch\":0}")
                .then().statusCode(200).body("Response.FlowId", org.hamcrest.Matchers.notNullValue());
        advance("PT1M");
    }

    private static void advance(String d) {
        RestAssured.given().body("{\"advance\":\"" + d + "\"}").post(server.url() + "/_mock/clock").then().statusCode(200);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static X509Certificate caFromJks(byte[] zip) throws Exception {
        KeyStore jks = KeyStore.getInstance("JKS");
        jks.load(new ByteArrayInputStream(unzip(zip).get("TencentDB-SSL-CA.jks")), "tencentdb".toCharArray());
        return (X509Certificate) jks.getCertificate(jks.aliases().nextElement());
    }

    private static List<X509Certificate> chain(String id) throws Exception {
        byte[] pem = RestAssured.get(server.url() + "/_mock/instances/" + id + "/ssl/server.pem").then().statusCode(200)
                .extract().asByteArray();
        Collection<? extends java.security.cert.Certificate> certs = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem));
        return certs.stream().map(X509Certificate.class::cast).toList();
    }

    private static void validateAtMockTime(X509Certificate server, X509Certificate ca) throws Exception {
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        params.setRevocationEnabled(false);
        params.setDate(Date.from(BundleRoutesTest.server.clock().instant()));
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(server)), params);
    }

    private static byte[] caZip(String id) {
        Response r = RestAssured.get(server.url() + "/_mock/instances/" + id + "/ssl/ca.zip");
        r.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"TencentDB-SSL-CA.zip\"");
        return r.asByteArray();
    }

    @Test
    void the_zip_holds_pem_p7b_and_a_jks_opened_with_tencentdb() throws Exception {
        String id = createInstance(0);
        modify(id, "enable");
        Map<String, byte[]> entries = unzip(caZip(id));
        assertEquals(List.of("TencentDB-SSL-CA.pem", "TencentDB-SSL-CA.p7b", "TencentDB-SSL-CA.jks"), List.copyOf(entries.keySet()));
        X509Certificate ca = caFromJks(caZip(id));
        X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(entries.get("TencentDB-SSL-CA.pem")));
        Collection<? extends java.security.cert.Certificate> fromP7b = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(entries.get("TencentDB-SSL-CA.p7b")));
        assertEquals(ca, fromPem);
        assertEquals(List.of(ca), List.copyOf(fromP7b));
        assertTrue(new String(entries.get("TencentDB-SSL-CA.pem"), StandardCharsets.US_ASCII).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void the_server_certificate_validates_against_the_ca_at_the_mock_time() throws Exception {
        String id = createInstance(0);
        modify(id, "enable");
        List<X509Certificate> chain = chain(id);
        assertEquals(2, chain.size());
        X509Certificate ca = caFromJks(caZip(id));
        assertEquals(ca, chain.get(1));
        assertTrue(chain.get(0).getSubjectX500Principal().getName().contains("CN=" + id));
        validateAtMockTime(chain.get(0), ca);
    }

    @Test
    void after_renew_the_new_certificate_validates_and_has_a_new_serial() throws Exception {
        String id = createInstance(0);
        modify(id, "enable");
        X509Certificate before = chain(id).get(0);
        advance("P30D");
        modify(id, "renew");
        X509Certificate after = chain(id).get(0);
        assertNotEquals(before.getSerialNumber(), after.getSerialNumber());
        validateAtMockTime(after, caFromJks(caZip(id)));
    }

    @Test
    void once_the_clock_passes_expiry_validation_fails_for_expiry() throws Exception {
        String id = createInstance(0);
        modify(id, "enable");
        X509Certificate cert = chain(id).get(0);
        X509Certificate ca = caFromJks(caZip(id));
        advance("P366D");
        CertPathValidatorException e = assertThrows(CertPathValidatorException.class, () -> validateAtMockTime(cert, ca));
        assertEquals(CertPathValidatorException.BasicReason.EXPIRED, e.getReason());
    }

    @Test
    void a_replica_serves_its_masters_chain() throws Exception {
        String id = createInstance(1);
        String replica = RestAssured.get(server.url() + "/_mock/instances").then().extract()
                .path("find { it.MasterInstanceId == '" + id + "' }.InstanceId");
        modify(id, "enable");
        assertEquals(chain(id), chain(replica));
        assertEquals(caFromJks(caZip(id)), caFromJks(caZip(replica)));
    }

    @Test
    void before_ssl_was_ever_enabled_both_answer_409() {
        String id = createInstance(1);
        for (String file : List.of("ca.zip", "server.pem")) {
            RestAssured.get(server.url() + "/_mock/instances/" + id + "/ssl/" + file).then().statusCode(409)
                    .body("error", containsString("SSL was never enabled on instance " + id));
        }
        String replica = RestAssured.get(server.url() + "/_mock/instances").then().extract()
                .path("find { it.MasterInstanceId == '" + id + "' }.InstanceId");
        RestAssured.get(server.url() + "/_mock/instances/" + replica + "/ssl/ca.zip").then().statusCode(409)
                .body("error", containsString("a read-only replica of " + id));
    }

    @Test
    void an_unknown_instance_is_404() {
        for (String file : List.of("ca.zip", "server.pem")) {
            RestAssured.get(server.url() + "/_mock/instances/mssql-nothere1/ssl/" + file).then().statusCode(404)
                    .body("error", containsString("instance mssql-nothere1 does not exist"));
        }
    }

    @Test
    void an_unknown_admin_path_still_says_no_route() {
        RestAssured.get(server.url() + "/_mock/nothing").then().statusCode(404).body("error", containsString("no route GET /_mock/nothing"));
    }
}
