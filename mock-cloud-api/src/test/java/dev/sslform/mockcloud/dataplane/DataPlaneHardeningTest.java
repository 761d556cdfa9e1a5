package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.MockCloudConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input against a live endpoint: each case ends in a TDS error or a closed connection within
 * the login deadline, never a hung session thread; afterwards a real client still logs in.
 */
class DataPlaneHardeningTest {
    static final int LIMIT = 4;
    static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(1);
    static DataPlaneFixture f;
    static String id;
    static int port;

    @BeforeAll
    static void start() {
        f = DataPlaneFixture.start(MockCloudConfig.forTests("dp-hard", Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS))
                .withDataPlane(DataPlaneSettings.DEFAULTS.withLimits(LIMIT, LOGIN_TIMEOUT, Duration.ofMinutes(1))));
        id = f.create("mssql-dphard01");
        port = f.port(id);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(5_000);
        return s;
    }

    /** Reads until the server closes; fails if it neither closes nor errors within the socket timeout. */
    private static byte[] readToClose(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed within 5 s", e);
        } catch (IOException e) {
            // reset by the server: closed
        }
        return got.toByteArray();
    }

    static byte[] packet(int type, int status, byte[] payload) {
        byte[] p = new byte[8 + payload.length];
        p[0] = (byte) type;
        p[1] = (byte) status;
        p[2] = (byte) (p.length >>> 8);
        p[3] = (byte) p.length;
        System.arraycopy(payload, 0, p, 8, payload.length);
        return p;
    }

    /** A plain PRELOGIN (ENCRYPTION = NOT_SUP) and its reply read. */
    private static Socket plainPreLogin() throws IOException {
        Socket s = connect();
        byte[] payload = {0x00, 0, 11, 0, 6, 0x01, 0, 17, 0, 1, (byte) 0xFF, 16, 0, 0, 0, 0, 0, 0x02};
        s.getOutputStream().write(packet(0x12, 1, payload));
        byte[] header = s.getInputStream().readNBytes(8);
        assertEquals(0x04, header[0]);
        int len = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        byte[] reply = s.getInputStream().readNBytes(len - 8);
        assertEquals(PreLogin.ENCRYPT_NOT_SUP, reply[reply.length - 3], "SSL is off: NOT_SUP");
        return s;
    }

    @Test
    void random_bytes_close_the_connection() throws IOException {
        Random r = new Random(42);
        for (int i = 0; i < 5; i++) {
            byte[] junk = new byte[1 + r.nextInt(2000)];
            r.nextBytes(junk);
            try (Socket s = connect()) {
                s.getOutputStream().write(junk);
                readToClose(s);
            }
        }
        try (Socket s = connect()) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(0, readToClose(s).length);
        }
    }

    @Test
    void a_truncated_prelogin_is_closed_by_the_login_deadline() throws IOException {
        try (Socket s = connect()) {
            byte[] p = packet(0x12, 1, new byte[100]);
            s.getOutputStream().write(p, 0, 20);
            long t0 = System.nanoTime();
            assertEquals(0, readToClose(s).length);
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(4)) < 0);
        }
        try (Socket s = connect()) {
            s.getOutputStream().write(packet(0x12, 1, new byte[] {0x01, 0x00, 0x40, 0x00, 0x01})); // no terminator, offset past end
            assertEquals(0, readToClose(s).length);
        }
    }

    @Test
    void a_login7_with_lying_lengths_gets_a_tds_error_then_a_close() throws IOException {
        byte[] login = new byte[Login7.FIXED_LENGTH + 10];
        login[0] = (byte) login.length;
        login[40] = (byte) 200; // UserName offset 200 …
        login[42] = 50;         // … 50 characters: far past the end
        try (Socket s = plainPreLogin()) {
            s.getOutputStream().write(packet(0x10, 1, login));
            byte[] reply = readToClose(s);
            assertTrue(reply.length > 9, "expected an ERROR token");
            assertEquals(0x04, reply[0]);
            assertEquals((byte) 0xAA, reply[8], "ERROR token");
            String text = new String(reply, StandardCharsets.UTF_16LE) + new String(reply, 1, reply.length - 1, StandardCharsets.UTF_16LE);
            assertTrue(text.contains("lies outside"), text);
        }
        login[0] = (byte) 255; // declared length larger than the message
        try (Socket s = plainPreLogin()) {
            s.getOutputStream().write(packet(0x10, 1, login));
            assertEquals((byte) 0xAA, readToClose(s)[8]);
        }
    }

    @Test
    void a_1_mb_message_or_an_oversized_packet_closes_the_connection() throws IOException {
        try (Socket s = plainPreLogin()) {
            OutputStream out = s.getOutputStream();
            byte[] chunk = packet(0x10, 0, new byte[32_000]);
            try {
                for (int i = 0; i < 33; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedWhileWriting) {
                // the server stopped reading and closed: what we want
            }
            readToClose(s);
        }
        try (Socket s = plainPreLogin()) {
            s.getOutputStream().write(new byte[] {0x10, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0});
            assertEquals(0, readToClose(s).length);
        }
    }

    @Test
    void a_slow_client_is_cut_off_at_the_login_deadline() throws Exception {
        try (Socket s = connect()) {
            byte[] p = packet(0x12, 1, new byte[] {0x01, 0, 6, 0, 1, (byte) 0xFF, 0x02});
            long t0 = System.nanoTime();
            boolean closed = false;
            for (int i = 0; i < p.length && !closed; i++) {
                try {
                    s.getOutputStream().write(p[i]);
                    Thread.sleep(400); // the slowness under test, not a wait for the server
                } catch (IOException e) {
                    closed = true;
                }
            }
            readToClose(s);
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(5)) < 0);
        }
    }

    @Test
    void connections_over_the_limit_are_closed_at_once_and_the_server_recovers() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < LIMIT; i++) {
                Socket s = connect();
                s.getOutputStream().write(0x12); // a session starts and waits for the rest
                held.add(s);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (f.dataPlane.busySessions() < LIMIT && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(LIMIT, f.dataPlane.busySessions());
            try (Socket extra = connect()) {
                long t0 = System.nanoTime();
                assertEquals(0, readToClose(extra).length);
                assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(LOGIN_TIMEOUT) < 0,
                        "refused before any login deadline");
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        awaitIdle();
        try (Connection c = Jdbc.connect(Jdbc.url("127.0.0.1", port, "false", null))) {
            assertEquals("FALSE", Jdbc.encryptOption(c));
        }
    }

    /** No session thread outlives its connection. */
    private static void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (f.dataPlane.busySessions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, f.dataPlane.busySessions(), "session threads still busy");
    }

    @Test
    void after_all_that_no_session_is_left_busy_and_a_real_client_logs_in() throws Exception {
        random_bytes_close_the_connection();
        a_login7_with_lying_lengths_gets_a_tds_error_then_a_close();
        awaitIdle();
        try (Connection c = Jdbc.connect(Jdbc.url("127.0.0.1", port, "false", null))) {
            assertEquals("FALSE", Jdbc.encryptOption(c));
        }
    }
}
