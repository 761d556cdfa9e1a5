package dev.sslform.mockcloud.console;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A part of a page that refreshes itself: htmx asks for it every two seconds, sending the
 * version it shows; the answer is 204 (htmx leaves the page alone) while nothing changed, so
 * what a person is reading or about to click is not replaced for nothing.
 */
final class Live {
    static final String POLL = "every 2s";

    private Live() {
    }

    /** The element {@code tag id} around {@code content}, polling {@code url}. */
    static Html wrap(String tag, String id, String url, Html content) {
        String version = version(content.toString());
        return Html.of("<" + tag + " id=\"{}\" class=\"live\" hx-get=\"{}\" hx-trigger=\"{}\" hx-swap=\"outerHTML\" hx-vals=\"{}\">{}</" + tag + ">",
                id, url, POLL, "{\"v\":\"" + version + "\"}", content);
    }

    /** Answers a poll: 204 if the client shows this content already, else the wrapped element. */
    static void answer(Context ctx, String tag, String id, String url, Html content) {
        if (version(content.toString()).equals(ctx.queryParam("v"))) {
            ctx.status(204);
            return;
        }
        ctx.html(wrap(tag, id, url, content).toString());
    }

    private static String version(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
