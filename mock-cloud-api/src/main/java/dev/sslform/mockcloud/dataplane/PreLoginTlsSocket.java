package dev.sslform.mockcloud.dataplane;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * The TDS 7.x TLS adapter: a {@link Socket} placed under a server {@code SSLSocket} so that its
 * handshake travels inside PRELOGIN packets. While handshaking, what TLS writes is buffered and
 * sent as one TDS message when TLS next wants to read (one reply per client flight, packets of at
 * most 4096 bytes); what TLS reads comes from the payloads of the client's packets. After
 * {@link #handshakeDone()} both directions pass raw bytes: TLS records straight on TCP.
 * The mirror image of mssql-jdbc's {@code ProxySocket}.
 */
final class PreLoginTlsSocket extends Socket {
    private final Socket raw;
    private final InputStream rawIn;
    private final OutputStream rawOut;
    private final int maxHandshakeBytes;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile boolean handshaking = true;
    private byte[] packet = new byte[0];
    private int packetPos;
    private int handshakeBytesRead;

    PreLoginTlsSocket(Socket raw, int maxHandshakeBytes) throws IOException {
        this.raw = raw;
        this.rawIn = raw.getInputStream();
        this.rawOut = raw.getOutputStream();
        this.maxHandshakeBytes = maxHandshakeBytes;
    }

    /** Sends what TLS wrote last (its final flight) and switches to pass-through. */
    synchronized void handshakeDone() throws IOException {
        handshaking = false;
        flushPending();
    }

    private synchronized void flushPending() throws IOException {
        if (pending.size() > 0) {
            TdsPackets.write(rawOut, TdsPackets.REPLY, pending.toByteArray(), 0);
            pending.reset();
        }
    }

    private final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!handshaking) {
                return rawIn.read(b, off, len);
            }
            if (len == 0) {
                return 0;
            }
            if (packetPos == packet.length) {
                flushPending();
                if (!nextPacket()) {
                    return -1;
                }
            }
            int n = Math.min(len, packet.length - packetPos);
            System.arraycopy(packet, packetPos, b, off, n);
            packetPos += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return handshaking ? packet.length - packetPos : rawIn.available();
        }
    };

    /** Reads the next handshake packet's payload; false at end of stream. */
    private boolean nextPacket() throws IOException {
        byte[] header = rawIn.readNBytes(TdsPackets.HEADER);
        if (header.length == 0) {
            return false;
        }
        if (header.length < TdsPackets.HEADER) {
            throw new EOFException("connection closed inside a handshake packet header");
        }
        int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        if (length <= TdsPackets.HEADER || length > TdsPackets.MAX_IN_PACKET) {
            throw new TdsProtocolException("handshake packet length " + length + " is invalid");
        }
        handshakeBytesRead += length;
        if (handshakeBytesRead > maxHandshakeBytes) {
            throw new TdsProtocolException("TLS handshake over " + maxHandshakeBytes + " bytes");
        }
        byte[] body = rawIn.readNBytes(length - TdsPackets.HEADER);
        if (body.length < length - TdsPackets.HEADER) {
            throw new EOFException("connection closed inside a handshake packet");
        }
        packet = body;
        packetPos = 0;
        return true;
    }

    private final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (PreLoginTlsSocket.this) {
                if (handshaking) {
                    pending.write(b, off, len);
                    return;
                }
            }
            rawOut.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            // While handshaking, the flight goes out when TLS next reads, not when it flushes.
            if (!handshaking) {
                rawOut.flush();
            }
        }
    };

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public boolean isConnected() {
        return raw.isConnected();
    }

    @Override
    public boolean isBound() {
        return raw.isBound();
    }

    @Override
    public boolean isClosed() {
        return raw.isClosed();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    @Override
    public boolean isInputShutdown() {
        return raw.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return raw.isOutputShutdown();
    }

    @Override
    public void shutdownInput() throws IOException {
        raw.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        raw.shutdownOutput();
    }

    @Override
    public InetAddress getInetAddress() {
        return raw.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return raw.getLocalAddress();
    }

    @Override
    public int getPort() {
        return raw.getPort();
    }

    @Override
    public int getLocalPort() {
        return raw.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return raw.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return raw.getLocalSocketAddress();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        raw.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return raw.getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        raw.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return raw.getTcpNoDelay();
    }

    @Override
    public void setSoLinger(boolean on, int linger) throws SocketException {
        raw.setSoLinger(on, linger);
    }

    @Override
    public int getSoLinger() throws SocketException {
        return raw.getSoLinger();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        raw.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return raw.getKeepAlive();
    }
}
