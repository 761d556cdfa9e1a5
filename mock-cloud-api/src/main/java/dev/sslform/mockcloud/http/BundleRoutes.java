package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslMaterial;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The "Download CA Certificate" of the console, on the admin surface (D17: the Tencent API has
 * no CA action): {@code GET /_mock/instances/{id}/ssl/ca.zip} answers {@code TencentDB-SSL-CA.zip}
 * and {@code GET /_mock/instances/{id}/ssl/server.pem} the chain the instance presents. The
 * bundle formats are built outside this package (by {@code cert}) and passed in as functions.
 */
final class BundleRoutes {
    static final String ZIP_NAME = "TencentDB-SSL-CA.zip";

    private final SslMaterial material;
    private final Function<CertificateAuthority, byte[]> zip;
    private final BiFunction<ServerCertificate, CertificateAuthority, String> chainPem;

    BundleRoutes(SslMaterial material, Function<CertificateAuthority, byte[]> zip,
                 BiFunction<ServerCertificate, CertificateAuthority, String> chainPem) {
        this.material = Objects.requireNonNull(material);
        this.zip = Objects.requireNonNull(zip);
        this.chainPem = Objects.requireNonNull(chainPem);
    }

    void register(RoutesConfig routes) {
        routes.get("/_mock/instances/{id}/ssl/ca.zip", this::caZip);
        routes.get("/_mock/instances/{id}/ssl/server.pem", this::serverPem);
    }

    private void caZip(Context ctx) {
        SslMaterial.Current c = current(ctx.pathParam("id"));
        ctx.status(200);
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ZIP_NAME + "\"");
        ctx.result(zip.apply(c.authority()));
    }

    private void serverPem(Context ctx) {
        SslMaterial.Current c = current(ctx.pathParam("id"));
        ctx.status(200);
        ctx.contentType("application/x-pem-file");
        ctx.header("Content-Disposition", "attachment; filename=\"" + c.instance().instanceId() + ".pem\"");
        ctx.result(chainPem.apply(c.certificate(), c.authority()).getBytes(StandardCharsets.US_ASCII));
    }

    private SslMaterial.Current current(String id) {
        try {
            return material.current(id).orElseThrow(() -> new AdminRoutes.AdminError(404, "instance " + id + " does not exist"));
        } catch (SslMaterial.NeverEnabledException e) {
            throw new AdminRoutes.AdminError(409, e.getMessage());
        }
    }
}
