package io.mserve.engine.io;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/** Expected kdb+ file bytes for tests, written as hex. */
final class KdbPages {
    private KdbPages() {}

    /** The bytes of hex text; whitespace is ignored. */
    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    /** A 4096-byte page as kdb+ starts enumerations and nested files (fd 20, zeros, a vector header at 4080), then {@code rest}. */
    static byte[] page(String header, String rest) {
        byte[] tail = hex(rest);
        ByteBuffer b = ByteBuffer.allocate(4096 + tail.length);
        b.put(0, (byte) 0xfd).put(1, (byte) 0x20).put(4080, hex(header)).put(4096, tail);
        return b.array();
    }
}
