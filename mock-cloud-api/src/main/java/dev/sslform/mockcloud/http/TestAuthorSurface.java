package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslMaterial;
import io.javalin.config.RoutesConfig;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The parts of the admin surface made for test authors (issue 4), kept apart from the route
 * table so that wiring them is a few lines in {@link ApiServer}: the CA bundle download.
 */
public final class TestAuthorSurface {
    private final BundleRoutes bundle;

    private TestAuthorSurface(BundleRoutes bundle) {
        this.bundle = bundle;
    }

    /**
     * @param material what an instance presents
     * @param zip      the bytes of {@code TencentDB-SSL-CA.zip} for a CA
     * @param chainPem the server chain PEM for a certificate and its CA
     */
    public static TestAuthorSurface create(SslMaterial material, Function<CertificateAuthority, byte[]> zip,
                                           BiFunction<ServerCertificate, CertificateAuthority, String> chainPem) {
        return new TestAuthorSurface(new BundleRoutes(material, zip, chainPem));
    }

    CallObserver observer() {
        return CallObserver.NONE;
    }

    void register(RoutesConfig routes) {
        bundle.register(routes);
    }
}
