package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.SqlLogins;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

/**
 * {@code PUT /_mock/instances/{id}/login}: sets the SQL login the instance's data-plane
 * endpoint accepts, {@code {"user": "...", "password": "..."}}. Kept apart from
 * {@link AdminRoutes} so the data plane's one route does not touch that file.
 */
final class LoginRoutes {
    private final Instances instances;
    private final SqlLogins logins;

    LoginRoutes(Instances instances, SqlLogins logins) {
        this.instances = instances;
        this.logins = logins;
    }

    void register(RoutesConfig routes) {
        routes.put("/_mock/instances/{id}/login", this::setLogin);
    }

    private void setLogin(Context ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = AdminJson.body(ctx);
        JsonNode user = body.get("user");
        JsonNode password = body.get("password");
        if (user == null || !user.isTextual() || user.asText().isBlank() || password == null || !password.isTextual()) {
            throw new AdminRoutes.AdminError(400, "send {\"user\": \"...\", \"password\": \"...\"} with a non-blank user");
        }
        if (user.asText().length() > 128 || password.asText().length() > 128) {
            throw new AdminRoutes.AdminError(400, "user and password are at most 128 characters, as in SQL Server");
        }
        if (instances.adminView(id).isEmpty()) {
            throw new AdminRoutes.AdminError(404, "instance " + id + " does not exist");
        }
        logins.set(id, new SqlLogins.Login(user.asText(), password.asText()));
        ctx.json(Map.of("InstanceId", id, "user", user.asText()));
    }
}
