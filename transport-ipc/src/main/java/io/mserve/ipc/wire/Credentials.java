package io.mserve.ipc.wire;

import java.nio.charset.StandardCharsets;

/**
 * What a client sends to open a connection: {@code user:password}, a capability byte and a NUL.
 *
 * @param capability the client's protocol level (0..6), 0 when it sent none
 */
public record Credentials(String user, String password, int capability) {

    /** The highest capability byte a client may send (1 TB messages). */
    public static final int MAX_CAPABILITY = 6;

    /**
     * Reads the handshake text (the bytes before the NUL, capability byte included). The byte just
     * before the NUL is the capability when it is a small number; old clients send none.
     */
    public static Credentials parse(byte[] text) {
        int length = text.length;
        int capability = 0;
        if (length > 0 && text[length - 1] >= 0 && text[length - 1] <= MAX_CAPABILITY) {
            capability = text[length - 1];
            length--;
        }
        String login = new String(text, 0, length, StandardCharsets.ISO_8859_1);
        int colon = login.indexOf(':');
        return colon < 0
                ? new Credentials(login, "", capability)
                : new Credentials(login.substring(0, colon), login.substring(colon + 1), capability);
    }

    /** The handshake bytes a client sends for {@code login} ({@code user:password}) at capability 3. */
    public static byte[] handshake(String login) {
        byte[] text = login.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = 3;
        return bytes;
    }
}
