package dev.sslform.mockcloud.dataplane;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A client request after login: a SQL batch's text, or an RPC's procedure and the string
 * parameters the endpoint needs ({@code sp_executesql}'s statement, {@code sp_prepexec}'s
 * statement, {@code sp_execute}'s handle). Parameters of types it does not know end the parse
 * quietly: the statement always comes before user parameters.
 *
 * @param procId     the RPC's procedure id, or 0 for a batch or a procedure called by name
 * @param procName   the procedure name when called by name, else null
 * @param text       the batch text, or null for an RPC
 * @param params     the RPC's parameters, in order: a String, an Integer or null each
 */
record SqlRequest(int procId, String procName, String text, List<Object> params) {
    static final int SP_EXECUTESQL = 10;
    static final int SP_PREPARE = 11;
    static final int SP_EXECUTE = 12;
    static final int SP_PREPEXEC = 13;
    static final int SP_UNPREPARE = 15;

    /** A SQL batch: ALL_HEADERS, then UTF-16LE text. */
    static SqlRequest batch(byte[] p) throws TdsProtocolException {
        int start = skipAllHeaders(p);
        if ((p.length - start) % 2 != 0) {
            throw new TdsProtocolException("SQL batch text has an odd number of bytes");
        }
        return new SqlRequest(0, null, new String(p, start, p.length - start, StandardCharsets.UTF_16LE), List.of());
    }

    /** An RPC request: ALL_HEADERS, the procedure (0xFFFF + id, or a name), option flags, parameters. */
    static SqlRequest rpc(byte[] p) throws TdsProtocolException {
        Cursor c = new Cursor(p, skipAllHeaders(p));
        int nameLength = c.u16();
        int procId = 0;
        String procName = null;
        if (nameLength == 0xFFFF) {
            procId = c.u16();
        } else {
            procName = c.utf16(nameLength);
        }
        c.u16(); // option flags
        List<Object> params = new ArrayList<>();
        while (c.remaining() > 0 && params.size() < 64) {
            int b = c.peek();
            if (b == 0x80 || b == 0xFF || b == 0xFE) {
                break; // batch separators: one RPC per message is all the drivers send here
            }
            c.utf16(c.u8()); // parameter name
            c.u8(); // status flags
            Object value = value(c);
            if (value == Unknown.TYPE) {
                break;
            }
            params.add(value);
        }
        return new SqlRequest(procId, procName, null, params);
    }

    private enum Unknown { TYPE }

    private static Object value(Cursor c) throws TdsProtocolException {
        int type = c.u8();
        switch (type) {
            case 0xE7, 0xEF -> { // NVARCHAR, NCHAR
                int max = c.u16();
                c.skip(5); // collation
                if (max == 0xFFFF) {
                    return plp(c);
                }
                int len = c.u16();
                return len == 0xFFFF ? null : c.utf16(len / 2);
            }
            case 0x26 -> { // INTN
                c.u8();
                int len = c.u8();
                if (len == 0) {
                    return null;
                }
                long v = 0;
                for (int i = 0; i < len; i++) {
                    v |= (long) c.u8() << (8 * i);
                }
                return (int) v;
            }
            default -> {
                return Unknown.TYPE;
            }
        }
    }

    /** A partially length-prefixed value: total length, then chunks of (4-byte length, bytes) until a 0 chunk. */
    private static String plp(Cursor c) throws TdsProtocolException {
        long total = c.u32() | (c.u32() << 32);
        if (total == -1L) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            long chunk = c.u32();
            if (chunk == 0) {
                return sb.toString();
            }
            if (chunk > c.remaining() || chunk % 2 != 0) {
                throw new TdsProtocolException("PLP chunk of " + chunk + " bytes does not fit the message");
            }
            sb.append(c.utf16((int) chunk / 2));
        }
    }

    private static int skipAllHeaders(byte[] p) throws TdsProtocolException {
        if (p.length < 4) {
            return 0;
        }
        long total = Login7.u32(p, 0);
        if (total < 4 || total > p.length) {
            // Older clients (TDS < 7.2) send no ALL_HEADERS; a plausible text starts with a printable UTF-16 char.
            if (p.length >= 2 && p[1] == 0) {
                return 0;
            }
            throw new TdsProtocolException("ALL_HEADERS length " + total + " does not fit the " + p.length + "-byte message");
        }
        return (int) total;
    }

    /** A bounds-checked little-endian reader. */
    private static final class Cursor {
        private final byte[] p;
        private int pos;

        Cursor(byte[] p, int pos) {
            this.p = p;
            this.pos = pos;
        }

        int remaining() {
            return p.length - pos;
        }

        private void need(int n) throws TdsProtocolException {
            if (n < 0 || pos + n > p.length) {
                throw new TdsProtocolException("RPC request truncated at byte " + pos);
            }
        }

        int peek() throws TdsProtocolException {
            need(1);
            return p[pos] & 0xff;
        }

        int u8() throws TdsProtocolException {
            need(1);
            return p[pos++] & 0xff;
        }

        int u16() throws TdsProtocolException {
            need(2);
            int v = Login7.u16(p, pos);
            pos += 2;
            return v;
        }

        long u32() throws TdsProtocolException {
            need(4);
            long v = Login7.u32(p, pos);
            pos += 4;
            return v;
        }

        void skip(int n) throws TdsProtocolException {
            need(n);
            pos += n;
        }

        String utf16(int chars) throws TdsProtocolException {
            need(2 * chars);
            String s = new String(p, pos, 2 * chars, StandardCharsets.UTF_16LE);
            pos += 2 * chars;
            return s;
        }
    }
}
