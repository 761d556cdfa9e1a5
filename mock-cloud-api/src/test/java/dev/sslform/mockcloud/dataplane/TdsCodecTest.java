package dev.sslform.mockcloud.dataplane;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TdsCodecTest {
    @Test
    void a_long_reply_is_split_into_4096_byte_packets_with_eom_on_the_last() throws Exception {
        byte[] payload = new byte[10_000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TdsPackets.write(out, TdsPackets.REPLY, payload, 51);
        byte[] wire = out.toByteArray();
        assertEquals(10_000 + 3 * 8, wire.length);
        assertEquals(0x10, wire[2] & 0xff); // 4096 = 0x1000
        assertEquals(0, wire[1]);
        TdsPackets.Message m = TdsPackets.read(new ByteArrayInputStream(wire), 1 << 20);
        assertEquals(TdsPackets.REPLY, m.type());
        assertArrayEquals(payload, m.payload());
    }

    @Test
    void prelogin_reads_the_encryption_option_and_rejects_a_table_pointing_past_the_end() throws Exception {
        byte[] ok = {0x01, 0, 6, 0, 1, (byte) 0xFF, 0x01};
        assertEquals(PreLogin.ENCRYPT_ON, PreLogin.clientEncryption(ok));
        byte[] clientCert = {0x01, 0, 6, 0, 1, (byte) 0xFF, 0x21};
        assertEquals(PreLogin.ENCRYPT_ON, PreLogin.clientEncryption(clientCert));
        assertThrows(TdsProtocolException.class, () -> PreLogin.clientEncryption(new byte[] {0x01, 0, 60, 0, 1, (byte) 0xFF}));
        assertThrows(TdsProtocolException.class, () -> PreLogin.clientEncryption(new byte[] {0x01, 0, 5}));
        assertEquals(PreLogin.ENCRYPT_REQ, PreLogin.clientEncryption(PreLogin.reply(PreLogin.ENCRYPT_REQ)));
    }

    @Test
    void the_encryption_answer_forces_tls_when_ssl_is_on_and_refuses_it_when_off() {
        assertEquals(PreLogin.ENCRYPT_ON, TdsSession.answer(PreLogin.ENCRYPT_ON, true));
        assertEquals(PreLogin.ENCRYPT_REQ, TdsSession.answer(PreLogin.ENCRYPT_OFF, true));
        assertEquals(PreLogin.ENCRYPT_NOT_SUP, TdsSession.answer(PreLogin.ENCRYPT_ON, false));
        assertEquals(PreLogin.ENCRYPT_NOT_SUP, TdsSession.answer(PreLogin.ENCRYPT_OFF, false));
    }

    @Test
    void login7_user_and_obfuscated_password_are_read() throws Exception {
        String user = "sa";
        String password = "MockCloud#1";
        byte[] u = user.getBytes(StandardCharsets.UTF_16LE);
        byte[] p = password.getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < p.length; i++) {
            int b = p[i] & 0xff;
            p[i] = (byte) ((((b & 0x0F) << 4) | ((b & 0xF0) >>> 4)) ^ 0xA5);
        }
        byte[] login = new byte[Login7.FIXED_LENGTH + u.length + p.length];
        login[0] = (byte) login.length;
        login[4] = 0x04;
        login[7] = 0x74;
        login[40] = (byte) Login7.FIXED_LENGTH;
        login[42] = (byte) user.length();
        login[44] = (byte) (Login7.FIXED_LENGTH + u.length);
        login[46] = (byte) password.length();
        System.arraycopy(u, 0, login, Login7.FIXED_LENGTH, u.length);
        System.arraycopy(p, 0, login, Login7.FIXED_LENGTH + u.length, p.length);
        Login7 l = Login7.parse(login);
        assertEquals("sa", l.user());
        assertEquals("MockCloud#1", l.password());
        assertEquals(0x74000004, l.tdsVersion());
        assertEquals("", l.database());
    }
}
