package dev.sslform.mockcloud.dataplane;

import java.io.ByteArrayOutputStream;

/**
 * The PRELOGIN message: the client's option table (big-endian offsets and lengths, ended by
 * 0xFF) and the server's reply. Only ENCRYPTION matters here; the reply carries VERSION,
 * ENCRYPTION, INSTOPT, THREADID and MARS, which is what the three drivers read.
 */
final class PreLogin {
    static final int OPT_VERSION = 0x00;
    static final int OPT_ENCRYPTION = 0x01;
    static final int OPT_INSTOPT = 0x02;
    static final int OPT_THREADID = 0x03;
    static final int OPT_MARS = 0x04;
    static final int TERMINATOR = 0xFF;

    static final int ENCRYPT_OFF = 0x00;
    static final int ENCRYPT_ON = 0x01;
    static final int ENCRYPT_NOT_SUP = 0x02;
    static final int ENCRYPT_REQ = 0x03;

    /** The server version announced: SQL Server 2022 (16.0.4135). */
    static final int MAJOR = 16;
    static final int MINOR = 0;
    static final int BUILD = 4135;

    private PreLogin() {
    }

    /** The client's ENCRYPTION value without the client-certificate bit, or ENCRYPT_NOT_SUP when absent. */
    static int clientEncryption(byte[] payload) throws TdsProtocolException {
        int pos = 0;
        int encryption = ENCRYPT_NOT_SUP;
        boolean terminated = false;
        while (pos < payload.length) {
            int token = payload[pos] & 0xff;
            if (token == TERMINATOR) {
                terminated = true;
                break;
            }
            if (pos + 5 > payload.length) {
                throw new TdsProtocolException("PRELOGIN option table truncated");
            }
            int offset = ((payload[pos + 1] & 0xff) << 8) | (payload[pos + 2] & 0xff);
            int length = ((payload[pos + 3] & 0xff) << 8) | (payload[pos + 4] & 0xff);
            if (offset + length > payload.length) {
                throw new TdsProtocolException("PRELOGIN option 0x" + Integer.toHexString(token) + " points past the message");
            }
            if (token == OPT_ENCRYPTION) {
                if (length != 1) {
                    throw new TdsProtocolException("PRELOGIN ENCRYPTION must be 1 byte, got " + length);
                }
                encryption = payload[offset] & 0x0f;
                if (encryption > ENCRYPT_REQ) {
                    throw new TdsProtocolException("PRELOGIN ENCRYPTION value " + encryption + " unknown");
                }
            }
            pos += 5;
        }
        if (!terminated) {
            throw new TdsProtocolException("PRELOGIN option table has no terminator");
        }
        return encryption;
    }

    /** The server's PRELOGIN reply payload with {@code encryption}. */
    static byte[] reply(int encryption) {
        int[][] options = {{OPT_VERSION, 6}, {OPT_ENCRYPTION, 1}, {OPT_INSTOPT, 1}, {OPT_THREADID, 0}, {OPT_MARS, 1}};
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        int offset = options.length * 5 + 1;
        for (int[] o : options) {
            table.write(o[0]);
            table.write(offset >>> 8);
            table.write(offset);
            table.write(o[1] >>> 8);
            table.write(o[1]);
            offset += o[1];
        }
        table.write(TERMINATOR);
        byte[] data = {(byte) MAJOR, (byte) MINOR, (byte) (BUILD >>> 8), (byte) BUILD, 0, 0, // VERSION
                (byte) encryption, // ENCRYPTION
                0, // INSTOPT: the default instance
                0}; // MARS off
        table.writeBytes(data);
        return table.toByteArray();
    }
}
