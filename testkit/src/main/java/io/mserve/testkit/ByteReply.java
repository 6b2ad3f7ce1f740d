package io.mserve.testkit;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads, as it arrives, the answer to a fake secondary's {@code bytes N} query ({@link QueryScript}):
 * one kdb+ message holding a byte vector whose item i is {@code (byte) i}. Every byte is checked;
 * none is kept, so a test or a benchmark can take a reply far larger than its own heap.
 */
public final class ByteReply {
    private ByteReply() {}

    /**
     * Reads one such message from {@code in} and returns its item count.
     *
     * @throws AssertionError when the header, the length or any byte is not what the fake wrote
     */
    public static long read(InputStream in, int expectedType) {
        try {
            DataInputStream data = new DataInputStream(in);
            byte[] head = new byte[14];
            data.readFully(head);
            long length = Integer.toUnsignedLong(le(head, 4));
            int count = le(head, 10);
            check(head[0] == 1 && head[1] == expectedType && head[2] == 0 && head[3] == 0,
                    "header " + head[0] + " " + head[1] + " " + head[2] + " " + head[3]);
            if (head[8] == (byte) 0x80) {
                byte[] rest = data.readNBytes((int) Math.min(length - 14, 200));
                throw new AssertionError("an error, '" + new String(head, 9, 5, StandardCharsets.ISO_8859_1)
                        + new String(rest, StandardCharsets.ISO_8859_1).replace("\0", ""));
            }
            check(head[8] == 4 && head[9] == 0, "a byte vector, not type " + head[8]);
            check(length == 14L + count, "length " + length + " for " + count + " bytes");
            byte[] buffer = new byte[1 << 16];
            long at = 0;
            while (at < count) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, count - at));
                if (n < 0) {
                    throw new EOFException("the reply ended after " + at + " of " + count + " bytes");
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != (byte) (at + i)) {
                        throw new AssertionError("byte " + (at + i) + " is " + buffer[i]);
                    }
                }
                at += n;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int le(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("not the fake's bytes reply: " + what);
        }
    }
}
