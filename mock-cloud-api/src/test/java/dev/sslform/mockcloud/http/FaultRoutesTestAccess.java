package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.core.Account;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A signed call over a bare socket, to see exactly what the server sends (or that it sends nothing). */
final class FaultRoutesTestAccess {
    private FaultRoutesTestAccess() {
    }

    /** Returns everything the server sent before closing. */
    static String rawCall(MockCloud server, String action, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String host = server.endpoint();
        Map<String, String> signed = Tc3Signer.sign(host, "application/json; charset=utf-8", body, Account.DEFAULT_SECRET_ID,
                Account.DEFAULT_SECRET_KEY, "127", System.currentTimeMillis() / 1000);
        StringBuilder req = new StringBuilder("POST / HTTP/1.1\r\n");
        signed.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
        req.append("X-TC-Action: ").append(action).append("\r\nX-TC-Version: 2018-03-28\r\nX-TC-Region: ap-guangzhou\r\n")
                .append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try {
                in.transferTo(got);
            } catch (java.net.SocketException reset) {
                // A reset is also "no answer".
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }
}
