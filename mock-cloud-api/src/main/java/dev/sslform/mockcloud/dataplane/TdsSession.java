package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.core.SqlLogins;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One client connection, from the first byte to the end: tells TDS 8.0 strict (a TLS
 * ClientHello, 0x16) from TDS 7.x (a PRELOGIN packet, 0x12), sets up TLS as the instance's SSL
 * state allows, checks the LOGIN7, answers the login and then each request. Any protocol error
 * ends the session; a statement it does not know gets an ERROR token.
 */
final class TdsSession {
    static final String ALPN_TDS8 = "tds/8.0";
    private static final int TLS_RECORD = 0x16;
    private static final int MAX_LOGIN_MESSAGE = 64 * 1024;
    private static final int MAX_REQUEST_MESSAGE = 256 * 1024;
    private static final int MAX_HANDSHAKE_BYTES = 64 * 1024;
    static final int TDS_74 = 0x74000004;

    private final String instanceId;
    private final Socket raw;
    private final int spid;
    private final TlsMaterial tls;
    private final SqlLogins logins;
    private final BooleanSupplier open;
    private final Runnable loggedIn;
    private final int idleTimeoutMillis;

    /**
     * @param open      false once the endpoint is restarting or closed: the session stops
     * @param loggedIn  called once the login succeeded (cancels the login deadline)
     */
    TdsSession(String instanceId, Socket raw, int spid, TlsMaterial tls, SqlLogins logins, BooleanSupplier open,
               Runnable loggedIn, int idleTimeoutMillis) {
        this.instanceId = instanceId;
        this.raw = raw;
        this.spid = spid;
        this.tls = tls;
        this.logins = logins;
        this.open = open;
        this.loggedIn = loggedIn;
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    /** Serves the connection until it ends; never throws for a client's fault. */
    void run() throws IOException {
        InputStream rawIn = raw.getInputStream();
        int first = rawIn.read();
        if (first < 0) {
            return;
        }
        Optional<TlsMaterial.Snapshot> state = tls.read(instanceId);
        if (state.isEmpty()) {
            return;
        }
        TlsMaterial.Snapshot ssl = state.get();
        Socket io;
        boolean encrypted;
        if (first == TLS_RECORD) {
            io = strict(ssl);
            encrypted = true;
            TdsPackets.Message pre = TdsPackets.read(io.getInputStream(), MAX_LOGIN_MESSAGE);
            if (pre == null) {
                return;
            }
            if (pre.type() != TdsPackets.PRELOGIN) {
                throw new TdsProtocolException("expected PRELOGIN inside TLS, got type 0x" + Integer.toHexString(pre.type()));
            }
            PreLogin.clientEncryption(pre.payload());
            // Inside strict TLS there is nothing left to negotiate. Deviation: what a real SQL
            // Server 2022 answers here is unverified; the drivers accept any value 0–3.
            TdsPackets.write(io.getOutputStream(), TdsPackets.REPLY, PreLogin.reply(PreLogin.ENCRYPT_NOT_SUP), spid);
        } else if (first == TdsPackets.PRELOGIN) {
            TdsPackets.Message pre = TdsPackets.read(new SequenceInputStream(
                    new ByteArrayInputStream(new byte[] {(byte) first}), rawIn), MAX_LOGIN_MESSAGE);
            if (pre == null || pre.type() != TdsPackets.PRELOGIN) {
                throw new TdsProtocolException("expected a PRELOGIN message");
            }
            int asked = PreLogin.clientEncryption(pre.payload());
            int answer = answer(asked, ssl.sslEnabled());
            TdsPackets.write(raw.getOutputStream(), TdsPackets.REPLY, PreLogin.reply(answer), spid);
            if (answer == PreLogin.ENCRYPT_NOT_SUP) {
                io = raw;
                encrypted = false;
            } else {
                io = tds7Tls(ssl.context());
                encrypted = true;
            }
        } else {
            throw new TdsProtocolException("first byte 0x" + Integer.toHexString(first) + " is neither PRELOGIN nor TLS");
        }
        if (!login(io)) {
            return;
        }
        loggedIn.run();
        raw.setSoTimeout(idleTimeoutMillis);
        serve(io, new Responder(encrypted, spid));
    }

    /**
     * The PRELOGIN ENCRYPTION answer. SSL on: ON to ON/REQ, REQ to OFF or NOT_SUP (the server
     * forces encryption). SSL off: NOT_SUP; a client that requires encryption then gives up.
     * Never OFF (login-only encryption) — the connection is either fully TLS or not at all.
     */
    static int answer(int asked, boolean sslEnabled) {
        // Deviation: a real SQL Server always has at least a self-signed certificate and can
        // encrypt; here "SSL disabled" means no TLS at all, as the spec's mock policy suggests.
        // Deviation: ENCRYPT_OFF (login-only encryption) is never answered.
        if (!sslEnabled) {
            return PreLogin.ENCRYPT_NOT_SUP;
        }
        return asked == PreLogin.ENCRYPT_ON || asked == PreLogin.ENCRYPT_REQ ? PreLogin.ENCRYPT_ON : PreLogin.ENCRYPT_REQ;
    }

    private Socket strict(TlsMaterial.Snapshot ssl) throws IOException {
        SSLContext ctx = ssl.sslEnabled() ? ssl.context() : TlsMaterial.noCertificate();
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(raw, new ByteArrayInputStream(new byte[] {TLS_RECORD}), true);
        s.setUseClientMode(false);
        SSLParameters p = s.getSSLParameters();
        p.setApplicationProtocols(new String[] {ALPN_TDS8});
        p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        s.setSSLParameters(p);
        s.startHandshake();
        return s;
    }

    /** TLS 1.2 inside PRELOGIN packets: TLS 1.3 on this path breaks mssql-jdbc and FreeTDS (spec §1 d). */
    private Socket tds7Tls(SSLContext ctx) throws IOException {
        PreLoginTlsSocket adapter = new PreLoginTlsSocket(raw, MAX_HANDSHAKE_BYTES);
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(adapter, null, raw.getPort(), true);
        s.setUseClientMode(false);
        SSLParameters p = s.getSSLParameters();
        p.setProtocols(new String[] {"TLSv1.2"});
        s.setSSLParameters(p);
        s.startHandshake();
        adapter.handshakeDone();
        return s;
    }

    /** Reads LOGIN7 and answers it; false (after an ERROR reply) when the login is refused. */
    private boolean login(Socket io) throws IOException {
        TdsPackets.Message m = TdsPackets.read(io.getInputStream(), MAX_LOGIN_MESSAGE);
        if (m == null) {
            return false;
        }
        if (m.type() != TdsPackets.LOGIN7) {
            throw new TdsProtocolException("expected LOGIN7, got type 0x" + Integer.toHexString(m.type()));
        }
        OutputStream out = io.getOutputStream();
        Login7 login;
        try {
            login = Login7.parse(m.payload());
        } catch (TdsProtocolException e) {
            TdsPackets.write(out, TdsPackets.REPLY, new TokenWriter().error(4014, 1, 20,
                    "A fatal error occurred while reading the input stream from the network: " + e.getMessage())
                    .done(TokenWriter.DONE, TokenWriter.DONE_ERROR, 0, 0).toByteArray(), spid);
            return false;
        }
        if (login.integratedSecurity() || !logins.accepts(instanceId, login.user(), login.password())) {
            TdsPackets.write(out, TdsPackets.REPLY, new TokenWriter()
                    .error(18456, 1, 14, "Login failed for user '" + login.user() + "'.")
                    .done(TokenWriter.DONE, TokenWriter.DONE_ERROR, 0, 0).toByteArray(), spid);
            return false;
        }
        int version = login.tdsVersion() == 0x08000000 ? 0x08000000 : TDS_74;
        String database = login.database().isEmpty() ? "master" : login.database();
        byte[] reply = new TokenWriter()
                .envChange(1, database, "master")
                .info(5701, 0, "Changed database context to '" + database + "'.")
                .collationChange()
                .envChange(2, "us_english", "")
                .info(5703, 0, "Changed language setting to us_english.")
                .loginAck(version)
                .envChange(4, Integer.toString(TdsPackets.PACKET_SIZE), Integer.toString(TdsPackets.PACKET_SIZE))
                .done(TokenWriter.DONE, TokenWriter.DONE_FINAL, 0, 0)
                .toByteArray();
        TdsPackets.write(out, TdsPackets.REPLY, reply, spid);
        return true;
    }

    private void serve(Socket io, Responder responder) throws IOException {
        InputStream in = io.getInputStream();
        OutputStream out = io.getOutputStream();
        while (open.getAsBoolean()) {
            TdsPackets.Message m = TdsPackets.read(in, MAX_REQUEST_MESSAGE);
            if (m == null || !open.getAsBoolean()) {
                return;
            }
            byte[] reply = switch (m.type()) {
                case TdsPackets.SQL_BATCH -> responder.answer(SqlRequest.batch(m.payload()));
                case TdsPackets.RPC -> responder.answer(SqlRequest.rpc(m.payload()));
                case TdsPackets.ATTENTION -> Responder.attentionAck();
                case TdsPackets.TRANSACTION_MANAGER -> new TokenWriter().done(TokenWriter.DONE, 0, 0, 0).toByteArray();
                default -> throw new TdsProtocolException("unexpected message type 0x" + Integer.toHexString(m.type()));
            };
            TdsPackets.write(out, TdsPackets.REPLY, reply, spid);
        }
    }
}
