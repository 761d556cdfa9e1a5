package dev.sslform.mockcloud.console;

import io.javalin.http.Context;

/**
 * Ends a console request early: with a status and a message shown to the person (a page, or a
 * fragment when htmx asked), or with a redirect (a page asked for without a session).
 */
final class Refusal extends RuntimeException {
    final int status;
    final String location;

    private Refusal(int status, String message, String location) {
        super(message, null, false, false);
        this.status = status;
        this.location = location;
    }

    static Refusal of(int status, String message) {
        return new Refusal(status, message, null);
    }

    static Refusal redirect(String location) {
        return new Refusal(303, "see " + location, location);
    }

    static Refusal notFound() {
        return of(404, "No such page, or no such instance in this account.");
    }

    void answer(ConsoleContext c, Context ctx) {
        if (location != null) {
            if (ConsoleContext.htmx(ctx)) {
                ctx.status(401).header("HX-Redirect", location).html("");
            } else {
                ctx.status(303).header("Location", location).html("");
            }
            return;
        }
        ctx.status(status);
        Html box = Html.of("<div class=\"error\" role=\"alert\"><strong>{}</strong> {}</div>", title(), getMessage());
        if (ConsoleContext.htmx(ctx)) {
            ctx.html(box.toString());
        } else {
            ctx.html(c.page(ctx, title(), "", Html.of("<h1>{}</h1>{}", title(), box)));
        }
    }

    private String title() {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Refused";
            case 429 -> "Too many attempts";
            default -> "Error " + status;
        };
    }
}
