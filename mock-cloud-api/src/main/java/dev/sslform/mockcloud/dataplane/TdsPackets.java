package dev.sslform.mockcloud.dataplane;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * TDS packet framing: an 8-byte header (type, status with EOM in bit 0, big-endian length
 * including the header, SPID, packet id, window) before each packet, and messages made of packets
 * up to the one with EOM. Limits keep a lying client from making the server allocate or wait
 * without bound.
 */
final class TdsPackets {
    static final int HEADER = 8;
    static final int STATUS_EOM = 0x01;

    static final int PRELOGIN = 0x12;
    static final int LOGIN7 = 0x10;
    static final int SQL_BATCH = 0x01;
    static final int RPC = 0x03;
    static final int ATTENTION = 0x06;
    static final int TRANSACTION_MANAGER = 0x0E;
    static final int REPLY = 0x04;

    /** The packet size this server announces and writes with. */
    static final int PACKET_SIZE = 4096;
    /** The largest packet accepted from a client (drivers ask for up to 32767). */
    static final int MAX_IN_PACKET = 32767;

    /** One reassembled message. */
    record Message(int type, byte[] payload) {
    }

    private TdsPackets() {
    }

    /**
     * Reads one message; null on a clean end of stream before its first byte. Throws
     * {@link TdsProtocolException} for a bad length, mixed packet types or a message over
     * {@code maxMessage} bytes.
     */
    static Message read(InputStream in, int maxMessage) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        byte[] header = new byte[HEADER];
        int type = -1;
        while (true) {
            int n = in.readNBytes(header, 0, HEADER);
            if (n == 0 && type == -1) {
                return null;
            }
            if (n < HEADER) {
                throw new EOFException("connection closed inside a packet header");
            }
            int t = header[0] & 0xff;
            int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
            if (length < HEADER || length > MAX_IN_PACKET) {
                throw new TdsProtocolException("packet length " + length + " outside " + HEADER + "–" + MAX_IN_PACKET);
            }
            if (type != -1 && t != type) {
                throw new TdsProtocolException("packet type changed from 0x" + Integer.toHexString(type) + " to 0x"
                        + Integer.toHexString(t) + " inside one message");
            }
            type = t;
            if (payload.size() + length - HEADER > maxMessage) {
                throw new TdsProtocolException("message longer than " + maxMessage + " bytes");
            }
            byte[] body = in.readNBytes(length - HEADER);
            if (body.length < length - HEADER) {
                throw new EOFException("connection closed inside a packet");
            }
            payload.write(body);
            if ((header[1] & STATUS_EOM) != 0) {
                return new Message(type, payload.toByteArray());
            }
        }
    }

    /** Writes {@code payload} as one message of packets of at most {@link #PACKET_SIZE} bytes, then flushes. */
    static void write(OutputStream out, int type, byte[] payload, int spid) throws IOException {
        int max = PACKET_SIZE - HEADER;
        int offset = 0;
        int packetId = 1;
        do {
            int chunk = Math.min(max, payload.length - offset);
            boolean last = offset + chunk >= payload.length;
            byte[] packet = new byte[HEADER + chunk];
            packet[0] = (byte) type;
            packet[1] = (byte) (last ? STATUS_EOM : 0);
            packet[2] = (byte) ((HEADER + chunk) >>> 8);
            packet[3] = (byte) (HEADER + chunk);
            packet[4] = (byte) (spid >>> 8);
            packet[5] = (byte) spid;
            packet[6] = (byte) packetId++;
            System.arraycopy(payload, offset, packet, HEADER, chunk);
            out.write(packet);
            offset += chunk;
        } while (offset < payload.length);
        out.flush();
    }
}
