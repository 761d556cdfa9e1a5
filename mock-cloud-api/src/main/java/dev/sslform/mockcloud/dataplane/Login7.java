package dev.sslform.mockcloud.dataplane;

import java.nio.charset.StandardCharsets;

/**
 * A parsed LOGIN7 message: the fields the endpoint uses. Little-endian throughout; the
 * variable part is addressed by (offset, length in characters) pairs from byte 36, each checked
 * against the message so a lying length is an error, not an out-of-bounds read.
 *
 * @param tdsVersion  the client's TDS version as sent (little-endian read), e.g. 0x74000004
 * @param hostName    the client's host name
 * @param user        the SQL login
 * @param password    the password, de-obfuscated
 * @param appName     the application name
 * @param serverName  the server name the client typed
 * @param database    the requested database, or empty
 * @param integratedSecurity whether the client asked for Windows authentication
 */
record Login7(int tdsVersion, String hostName, String user, String password, String appName, String serverName,
              String database, boolean integratedSecurity) {
    /** The fixed part up to and including the ChangePassword pair and cbSSPILong (TDS 7.2+). */
    static final int FIXED_LENGTH = 94;
    private static final int MAX_FIELD_CHARS = 256;

    static Login7 parse(byte[] p) throws TdsProtocolException {
        if (p.length < FIXED_LENGTH) {
            throw new TdsProtocolException("LOGIN7 of " + p.length + " bytes is shorter than its fixed part (" + FIXED_LENGTH + ")");
        }
        long declared = u32(p, 0);
        if (declared != p.length) {
            throw new TdsProtocolException("LOGIN7 says it is " + declared + " bytes but the message holds " + p.length);
        }
        int tds = (int) u32(p, 4);
        int optionFlags2 = p[25] & 0xff;
        boolean integrated = (optionFlags2 & 0x80) != 0;
        return new Login7(tds, field(p, 36, "HostName"), field(p, 40, "UserName"), password(p), field(p, 48, "AppName"),
                field(p, 52, "ServerName"), field(p, 68, "Database"), integrated);
    }

    private static String field(byte[] p, int at, String name) throws TdsProtocolException {
        byte[] raw = bytes(p, at, name);
        return new String(raw, StandardCharsets.UTF_16LE);
    }

    private static String password(byte[] p) throws TdsProtocolException {
        byte[] raw = bytes(p, 44, "Password");
        for (int i = 0; i < raw.length; i++) {
            int b = (raw[i] & 0xff) ^ 0xA5;
            raw[i] = (byte) (((b & 0x0F) << 4) | ((b & 0xF0) >>> 4));
        }
        return new String(raw, StandardCharsets.UTF_16LE);
    }

    private static byte[] bytes(byte[] p, int at, String name) throws TdsProtocolException {
        int offset = u16(p, at);
        int chars = u16(p, at + 2);
        if (chars == 0) {
            return new byte[0];
        }
        if (chars > MAX_FIELD_CHARS) {
            throw new TdsProtocolException("LOGIN7 " + name + " of " + chars + " characters is too long");
        }
        if (offset < FIXED_LENGTH - 4 || offset + 2L * chars > p.length) {
            throw new TdsProtocolException("LOGIN7 " + name + " (offset " + offset + ", " + chars
                    + " characters) lies outside the " + p.length + "-byte message");
        }
        byte[] out = new byte[2 * chars];
        System.arraycopy(p, offset, out, 0, out.length);
        return out;
    }

    static int u16(byte[] p, int at) {
        return (p[at] & 0xff) | ((p[at + 1] & 0xff) << 8);
    }

    static long u32(byte[] p, int at) {
        return (p[at] & 0xffL) | ((p[at + 1] & 0xffL) << 8) | ((p[at + 2] & 0xffL) << 16) | ((p[at + 3] & 0xffL) << 24);
    }
}
