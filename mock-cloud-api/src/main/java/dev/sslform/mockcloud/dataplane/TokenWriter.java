package dev.sslform.mockcloud.dataplane;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds a server token stream (the payload of a type 0x04 reply): login tokens, results,
 * errors and DONE variants, in the TDS 7.2+ layouts (4-byte UserType, 8-byte row counts).
 * Little-endian except LOGINACK's TDS version, which is big-endian.
 */
final class TokenWriter {
    static final int DONE = 0xFD;
    static final int DONEPROC = 0xFE;
    static final int DONEINPROC = 0xFF;

    static final int DONE_FINAL = 0x00;
    static final int DONE_MORE = 0x01;
    static final int DONE_ERROR = 0x02;
    static final int DONE_COUNT = 0x10;
    static final int DONE_ATTN = 0x20;

    static final int CMD_SELECT = 0xC1;

    /** SQL_Latin1_General_CP1_CI_AS. */
    static final byte[] COLLATION = {0x09, 0x04, (byte) 0xD0, 0x00, 0x34};

    static final String SERVER_NAME = "mockcloud";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] toByteArray() {
        return out.toByteArray();
    }

    TokenWriter envChange(int type, String newValue, String oldValue) {
        byte[] n = utf16(newValue);
        byte[] o = utf16(oldValue);
        out.write(0xE3);
        u16(1 + 1 + n.length + 1 + o.length);
        out.write(type);
        out.write(newValue.length());
        out.writeBytes(n);
        out.write(oldValue.length());
        out.writeBytes(o);
        return this;
    }

    TokenWriter collationChange() {
        out.write(0xE3);
        u16(1 + 1 + COLLATION.length + 1);
        out.write(7);
        out.write(COLLATION.length);
        out.writeBytes(COLLATION);
        out.write(0);
        return this;
    }

    TokenWriter info(int number, int severity, String message) {
        return message(0xAB, number, 1, severity, message);
    }

    TokenWriter error(int number, int state, int severity, String message) {
        return message(0xAA, number, state, severity, message);
    }

    private TokenWriter message(int token, int number, int state, int severity, String message) {
        byte[] msg = utf16(message);
        byte[] server = utf16(SERVER_NAME);
        out.write(token);
        u16(4 + 1 + 1 + 2 + msg.length + 1 + server.length + 1 + 4);
        u32(number);
        out.write(state);
        out.write(severity);
        u16(message.length());
        out.writeBytes(msg);
        out.write(SERVER_NAME.length());
        out.writeBytes(server);
        out.write(0); // no procedure name
        u32(1); // line number
        return this;
    }

    /** LOGINACK: interface 1 (T-SQL; FreeTDS insists), the TDS version big-endian, the program name and version. */
    TokenWriter loginAck(int tdsVersion) {
        String prog = "Microsoft SQL Server";
        byte[] name = utf16(prog);
        out.write(0xAD);
        u16(1 + 4 + 1 + name.length + 4);
        out.write(1);
        out.write(tdsVersion >>> 24);
        out.write(tdsVersion >>> 16);
        out.write(tdsVersion >>> 8);
        out.write(tdsVersion);
        out.write(prog.length());
        out.writeBytes(name);
        out.write(PreLogin.MAJOR);
        out.write(PreLogin.MINOR);
        out.write(PreLogin.BUILD >>> 8);
        out.write(PreLogin.BUILD);
        return this;
    }

    TokenWriter done(int token, int status, int curCmd, long rowCount) {
        out.write(token);
        u16(status);
        u16(curCmd);
        u32((int) rowCount);
        u32((int) (rowCount >>> 32));
        return this;
    }

    /** COLMETADATA for one column: NVARCHAR(maxChars) with the collation, or INT when maxChars is 0. */
    TokenWriter columnMetadata(String name, int maxChars, boolean nullable) {
        out.write(0x81);
        u16(1);
        u32(0); // UserType
        u16(nullable ? 0x01 : 0x00);
        if (maxChars > 0) {
            out.write(0xE7);
            u16(maxChars * 2);
            out.writeBytes(COLLATION);
        } else {
            out.write(0x38); // INT4, fixed length
        }
        out.write(name.length());
        out.writeBytes(utf16(name));
        return this;
    }

    TokenWriter rowNVarChar(String value) {
        out.write(0xD1);
        byte[] v = utf16(value);
        u16(v.length);
        out.writeBytes(v);
        return this;
    }

    TokenWriter rowInt(int value) {
        out.write(0xD1);
        u32(value);
        return this;
    }

    TokenWriter returnStatus(int value) {
        out.write(0x79);
        u32(value);
        return this;
    }

    /** RETURNVALUE of an INT output parameter: how sp_prepexec hands back its statement handle. */
    TokenWriter returnValueInt(int ordinal, String paramName, int value) {
        out.write(0xAC);
        u16(ordinal);
        out.write(paramName.length());
        out.writeBytes(utf16(paramName));
        out.write(0x01); // output parameter
        u32(0); // UserType
        u16(0x01); // nullable
        out.write(0x26); // INTN
        out.write(4);
        out.write(4);
        u32(value);
        return this;
    }

    private void u16(int v) {
        out.write(v);
        out.write(v >>> 8);
    }

    private void u32(int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }
}
