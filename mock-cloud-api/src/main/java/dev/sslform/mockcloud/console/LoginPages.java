package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.Account;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sign in with an account's key pair ({@code SecretId}, {@code SecretKey}) and sign out. A wrong
 * pair is refused without saying which half is wrong; failures are throttled per SecretId and
 * per client address ({@link LoginThrottle}); the secret is never echoed back.
 */
final class LoginPages {
    /** Failures allowed per client address: more than per SecretId, since one address may try several. */
    static final int PER_ADDRESS_FACTOR = 4;

    private final ConsoleContext c;
    private final LoginThrottle perAddress;

    LoginPages(ConsoleContext c) {
        this.c = c;
        this.perAddress = new LoginThrottle(c.w.real(), LoginThrottle.MAX_FAILURES * PER_ADDRESS_FACTOR);
    }

    void register(RoutesConfig routes) {
        routes.get("/console", this::form);
        routes.get("/console/", this::form);
        routes.post("/console/login", this::login);
        routes.post("/console/logout", this::logout);
    }

    private void form(Context ctx) {
        if (ctx.attribute(ConsoleContext.SESSION_ATTRIBUTE) != null) {
            ctx.status(303).header("Location", "/console/instances");
            return;
        }
        ctx.html(c.page(ctx, "Log in", "", form("", null)));
    }

    private Html form(String secretId, String error) {
        Html err = error == null ? Html.EMPTY : Html.of("<div class=\"error\" role=\"alert\" id=\"login-error\">{}</div>", error);
        return Html.of("<section class=\"login card\"><h1>Log in to SQL Server Console</h1>"
                + "<p class=\"muted\">Sign in with an account's API key pair, as configured for this mockcloud"
                + " (the default account is <code>AKIDmockcloud</code>).</p>{}"
                + "<form method=\"post\" action=\"/console/login\" id=\"login\">"
                + "<label>SecretId <input name=\"SecretId\" autocomplete=\"username\" required value=\"{}\"></label>"
                + "<label>SecretKey <input name=\"SecretKey\" type=\"password\" autocomplete=\"current-password\" required></label>"
                + "<button type=\"submit\" class=\"primary\">Log in</button></form></section>", err, secretId);
    }

    private void login(Context ctx) {
        String secretId = Optional.ofNullable(ctx.formParam("SecretId")).orElse("").trim();
        String secretKey = Optional.ofNullable(ctx.formParam("SecretKey")).orElse("");
        String address = "ip:" + ctx.ip();
        String idKey = "id:" + secretId;
        OptionalLong wait = c.throttle.blockedFor(idKey);
        if (wait.isEmpty()) {
            wait = perAddress.blockedFor(address);
        }
        if (wait.isPresent()) {
            ctx.status(429).header("Retry-After", Long.toString(wait.getAsLong()));
            ctx.html(c.page(ctx, "Log in", "", form(secretId, "Too many failed sign-ins; try again in " + wait.getAsLong()
                    + " seconds.")));
            return;
        }
        Optional<Account> account = secretId.isEmpty() ? Optional.empty() : c.w.accounts().bySecretId(secretId);
        boolean ok = account.isPresent() && MessageDigest.isEqual(account.get().secretKey().getBytes(StandardCharsets.UTF_8),
                secretKey.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            c.throttle.failed(idKey);
            perAddress.failed(address);
            ctx.status(401);
            ctx.html(c.page(ctx, "Log in", "", form(secretId, "The SecretId or SecretKey is wrong.")));
            return;
        }
        c.throttle.succeeded(idKey);
        Sessions.Session old = ctx.attribute(ConsoleContext.SESSION_ATTRIBUTE);
        if (old != null) {
            c.sessions.close(old.id);
        }
        Sessions.Session s = c.sessions.open(account.get().secretId(), account.get().appId());
        ctx.header("Set-Cookie", Guard.cookieName(ctx) + "=" + s.id + "; Path=/console; HttpOnly; SameSite=Strict"
                + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
        ctx.status(303).header("Location", "/console/instances");
    }

    private void logout(Context ctx) {
        Sessions.Session s = ConsoleContext.session(ctx);
        c.sessions.close(s.id);
        ctx.header("Set-Cookie", Guard.cookieName(ctx) + "=; Path=/console; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.status(303).header("Location", "/console");
    }
}
