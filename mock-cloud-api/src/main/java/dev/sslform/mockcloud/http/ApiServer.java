package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.Accounts;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.SqlLogins;
import dev.sslform.mockcloud.core.SslLifecycle;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The route table of mockcloud, in one place: the Tencent surface on {@code /} and the admin
 * surface on {@code /_mock}. Builds the Javalin app; starting it is the caller's job.
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /** The regions the intl doc lists for the SSL action (spec §3.1). */
    public static final Set<String> REGIONS = Set.of("ap-bangkok", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou",
            "ap-hongkong", "ap-jakarta", "ap-nanjing", "ap-seoul", "ap-shanghai", "ap-shanghai-fsi", "ap-shenzhen-fsi",
            "ap-singapore", "ap-tokyo", "eu-frankfurt", "na-ashburn", "na-siliconvalley", "sa-saopaulo");

    /** What the server is built from. */
    public record Wiring(Instances instances, SslLifecycle lifecycle, Accounts accounts, Runnable reset,
                         String storeDialect, long defaultAppId, String adminToken, java.time.Clock realClock) {
    }

    private ApiServer() {
    }

    public static Javalin create(Wiring w) {
        return create(w, null, new SqlLogins());
    }

    /**
     * The app, with the test-author routes and call hooks of {@code extra} (may be null) and
     * {@code logins} as the SQL logins the data plane checks.
     */
    public static Javalin create(Wiring w, TestAuthorSurface extra, SqlLogins logins) {
        return create(w, extra, logins, cfg -> { });
    }

    /**
     * As {@link #create(Wiring, TestAuthorSurface, SqlLogins)}, with {@code more} adding further
     * routes (the console) to the same app.
     */
    public static Javalin create(Wiring w, TestAuthorSurface extra, SqlLogins logins, Consumer<JavalinConfig> more) {
        List<Action> actions = new ArrayList<>();
        actions.addAll(new InstanceActions(w.instances()).actions());
        actions.addAll(new SslActions(w.lifecycle()).actions());
        Authenticator auth = new SignatureAuthenticator(w.accounts(), w.realClock());
        TencentEndpoint tencent = new TencentEndpoint(actions, auth, w.accounts(), REGIONS, extra == null ? CallObserver.NONE : extra.observer());
        AdminRoutes admin = new AdminRoutes(w.instances(), w.lifecycle(), w.accounts(), w.reset(), w.storeDialect(), w.defaultAppId());
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = TencentEndpoint.MAX_BODY_BYTES + 1L;
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(RequestLimits.REQUEST_HEAD_BYTES));
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(2_000);
                server.setErrorHandler(new RequestLimits());
            });
            for (HandlerType t : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
                    HandlerType.PATCH, HandlerType.OPTIONS)) {
                cfg.routes.addHttpHandler(t, "/", tencent);
            }
            if (w.adminToken() != null && !w.adminToken().isEmpty()) {
                byte[] expected = w.adminToken().getBytes(StandardCharsets.UTF_8);
                cfg.routes.before("/_mock/*", ctx -> {
                    String given = ctx.header("X-Mock-Admin-Token");
                    if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                        throw new AdminRoutes.AdminError(401, "this mockcloud requires the X-Mock-Admin-Token header on /_mock calls");
                    }
                });
            }
            admin.register(cfg.routes);
            if (extra != null) {
                extra.register(cfg.routes);
            }
            new LoginRoutes(w.instances(), logins).register(cfg.routes);
            more.accept(cfg);
            cfg.routes.exception(AdminRoutes.AdminError.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("admin request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("error", "internal error: " + e));
            });
            cfg.routes.error(404, "*", ctx -> {
                String type = ctx.res().getContentType();
                // An AdminError(404) already said what is missing; the console answers its own 404 pages.
                if ((type == null || !type.startsWith("application/json")) && !ctx.path().startsWith("/console")) {
                    ctx.json(Map.of("error", "no route " + ctx.method() + " " + ctx.path()));
                }
            });
            cfg.routes.error(405, "*", ctx -> ctx.json(Map.of("error", "method " + ctx.method() + " not allowed on " + ctx.path())));
        });
    }
}
